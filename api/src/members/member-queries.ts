import type { Member, MemberQuery, MemberSort, Page, SortDirection, Standing } from '@concerto/contracts';
import type { EntityManager } from 'typeorm';
import { containsPattern, searchName } from './search-name';

/**
 * A member's standing, derived in SQL exactly as libs/domain `memberStanding` does: suspended by
 * the administrator; lapsed (échu) when dues are not paid up to today; else in good standing.
 */
export const STANDING_SQL = `CASE WHEN m.suspended THEN 'suspended'
  WHEN m.dues_paid_until IS NULL OR m.dues_paid_until < current_date THEN 'lapsed'
  ELSE 'good_standing' END`;

const STANDING_FILTER: Record<Standing, string> = {
  suspended: 'm.suspended',
  lapsed: 'NOT m.suspended AND (m.dues_paid_until IS NULL OR m.dues_paid_until < current_date)',
  good_standing: 'NOT m.suspended AND m.dues_paid_until >= current_date',
};

/** The columns of the Member contract, from `members m` joined to `colleges c`. */
const MEMBER_COLUMNS = `m.id, m.legal_name AS "legalName", m.neq, m.kind, m.sector, m.region,
  m.college_id AS "collegeId", c.code AS "collegeCode", ${STANDING_SQL} AS standing, m.suspended,
  to_char(m.dues_paid_until, 'YYYY-MM-DD') AS "duesPaidUntil", m.city,
  m.address, m.postal_code AS "postalCode", m.phone, m.email, m.website,
  (SELECT count(*) FROM delegates d WHERE d.member_id = m.id AND d.ended_at IS NULL)::int AS "delegateCount",
  m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

interface MemberRow extends Omit<Member, 'createdAt' | 'updatedAt'> {
  createdAt: Date;
  updatedAt: Date;
}

function toMember(row: MemberRow): Member {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

export async function findMember(em: EntityManager, id: string): Promise<Member | null> {
  const [row] = await em.query<MemberRow[]>(`SELECT ${MEMBER_COLUMNS} FROM members m JOIN colleges c ON c.id = m.college_id WHERE m.id = $1`, [id]);
  return row ? toMember(row) : null;
}

/** The directory's filters and sort; paging aside (the CSV export takes every row). */
export type MemberFilter = Omit<MemberQuery, 'page' | 'pageSize'>;

/** Standings in the order a sort shows them: in good standing, lapsed, suspended. */
const STANDING_RANK = `CASE WHEN m.suspended THEN 2 WHEN m.dues_paid_until IS NULL OR m.dues_paid_until < current_date THEN 1 ELSE 0 END`;

const SORT_KEYS: Record<MemberSort, string> = {
  name: 'm.search_name',
  college: 'c.sort_order, c.code',
  region: 'm.region',
  standing: STANDING_RANK,
  dues: 'm.dues_paid_until',
};

/**
 * ORDER BY for a sort: the column (each of its keys in the direction asked; never-paid dues count
 * as the oldest), then name and id so that pages never overlap. The default, name ascending, is
 * read from `members_directory_order_idx` without sorting.
 */
function orderBy(sort: MemberSort = 'name', dir: SortDirection = 'asc'): string {
  const d = dir === 'desc' ? 'DESC' : 'ASC';
  const nulls = sort === 'dues' ? (dir === 'desc' ? ' NULLS LAST' : ' NULLS FIRST') : '';
  const keys = SORT_KEYS[sort].split(', ').map((k) => `${k} ${d}${nulls}`);
  const tie = sort === 'name' ? [`m.id ${d}`] : ['m.search_name ASC', 'm.id ASC'];
  return [...keys, ...tie].join(', ');
}

function filters(query: MemberFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const q = searchName(query.q ?? '');
  if (q) {
    const digits = q.replace(/\s+/g, '');
    const byNeq = /^\d+$/.test(digits) ? ` OR m.neq LIKE ${param(digits + '%')}` : '';
    const pattern = param(containsPattern(q));
    clauses.push(`(m.search_name LIKE ${pattern} OR m.search_city LIKE ${pattern}${byNeq})`);
  }
  if (query.collegeId) clauses.push(`m.college_id = ${param(query.collegeId)}`);
  if (query.region) clauses.push(`m.region = ${param(query.region)}`);
  if (query.sector) clauses.push(`m.sector = ${param(query.sector)}`);
  if (query.standing) clauses.push(STANDING_FILTER[query.standing]);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Every member matching the filters, in the sort asked: what the CSV export writes. */
export async function allMembers(em: EntityManager, query: MemberFilter): Promise<Member[]> {
  const { where, params } = filters(query);
  const rows = await em.query<MemberRow[]>(`SELECT ${MEMBER_COLUMNS} FROM members m JOIN colleges c ON c.id = m.college_id ${where} ORDER BY ${orderBy(query.sort, query.dir)}`, params);
  return rows.map(toMember);
}

/**
 * One page of the directory, in the sort asked (by name unless told otherwise). Two queries, run side by side:
 * the page (its ids read in index order, then joined to their columns) and the total.
 */
export async function listMembers(em: EntityManager, query: MemberQuery): Promise<Page<Member>> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  const { where, params } = filters(query);
  const order = orderBy(query.sort, query.dir);
  // Only the college sort needs the colleges in the page query; the others read members alone.
  const join = query.sort === 'college' ? 'JOIN colleges c ON c.id = m.college_id' : '';
  const [rows, [{ total }]] = (await Promise.all([
    em.query(
      `WITH page AS (
         SELECT m.id FROM members m ${join} ${where}
          ORDER BY ${order} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
       )
       SELECT ${MEMBER_COLUMNS} FROM page p JOIN members m ON m.id = p.id JOIN colleges c ON c.id = m.college_id
        ORDER BY ${order}`,
      params,
    ),
    em.query(`SELECT count(*)::int AS total FROM members m ${where}`, params),
  ])) as [MemberRow[], { total: number }[]];
  return { items: rows.map(toMember), total, page, pageSize };
}
