import type { MemberKind, Region, Sector } from '@concerto/contracts';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { CollegeEntity } from '../../src/colleges/college.entity';
import { DelegateEntity } from '../../src/members/delegate.entity';
import { MemberEntity } from '../../src/members/member.entity';
import { searchName } from '../../src/members/search-name';

/** Test data written straight to the database: fast, and independent of the endpoints tested. */
const unique = () => randomBytes(4).toString('hex');

/** YYYY-MM-DD, `days` from today as the database counts days (standing is derived there). */
export async function daysFromToday(ds: DataSource, days: number): Promise<string> {
  const [{ d }] = await ds.query<{ d: string }[]>(`SELECT to_char(current_date + $1::int, 'YYYY-MM-DD') AS d`, [days]);
  return d;
}

export async function createCollege(ds: DataSource, overrides: Partial<CollegeEntity> = {}): Promise<CollegeEntity> {
  const repo = ds.getRepository(CollegeEntity);
  const code = overrides.code ?? `college-${unique()}`;
  return repo.save(repo.create({ code, nameFr: `Collège ${code}`, nameEn: `College ${code}`, seatCount: 0, sortOrder: 0, ...overrides }));
}

export interface MemberOverrides {
  legalName?: string;
  neq?: string | null;
  kind?: MemberKind;
  sector?: Sector;
  region?: Region;
  collegeId?: string;
  suspended?: boolean;
  duesPaidUntil?: string | null;
  city?: string | null;
}

/** A member in good standing (dues paid for a year) unless told otherwise. */
export async function createMember(ds: DataSource, overrides: MemberOverrides = {}): Promise<MemberEntity> {
  const collegeId = overrides.collegeId ?? (await createCollege(ds)).id;
  const legalName = overrides.legalName ?? `Coopérative ${unique()}`;
  const repo = ds.getRepository(MemberEntity);
  return repo.save(
    repo.create({
      kind: 'cooperative',
      sector: 'food',
      region: '06',
      duesPaidUntil: await daysFromToday(ds, 365),
      neq: null,
      city: null,
      suspended: false,
      ...overrides,
      legalName,
      searchName: searchName(legalName),
      searchCity: overrides.city ? searchName(overrides.city) : null,
      collegeId,
    }),
  );
}

export async function designate(ds: DataSource, memberId: string, personId: string): Promise<DelegateEntity> {
  const repo = ds.getRepository(DelegateEntity);
  return repo.save(repo.create({ memberId, personId }));
}

export async function count(ds: DataSource, table: 'members' | 'colleges' | 'delegates' | 'audit_log' | 'people' | 'mail_outbox', where = 'true', params: unknown[] = []): Promise<number> {
  const [{ n }] = await ds.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
  return n;
}
