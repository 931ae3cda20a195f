import type { Language, Role } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditRecord, AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { seedDemoAssemblies } from './demo-assemblies';
import { seedDemoMeetings } from './demo-meetings';
import { searchName } from '../members/search-name';
import { PersonEntity } from '../people/person.entity';
import { DEMO_BOARD_CHAIR, DEMO_SEAT_HOLDERS, seedDemoBoard } from './demo-board';
import { seedDemoMinutes } from './demo-minutes';
import { DEMO_COLLEGES, DEMO_MEMBERS, DemoStanding, FIRST_NAMES, LAST_NAMES, PIVOT, SUSPENSION_REASON } from './demo-federation';

/** Shown in the README and printed at start: demo installs only. */
export const DEMO_PASSWORD = 'Concerto-demo-2026';

export const DEMO_ACCOUNTS: { email: string; fullName: string; roles: Role[]; birthYear: number | null }[] = [
  { email: 'admin@concerto.demo', fullName: 'Hélène Tremblay', roles: ['admin'], birthYear: 1971 },
  { email: 'secretaire@concerto.demo', fullName: 'Marc-André Gagnon', roles: ['secretary'], birthYear: 1980 },
  { email: 'election@concerto.demo', fullName: 'Sophie Bouchard', roles: ['election_officer'], birthYear: 1976 },
  { email: 'presidence@concerto.demo', fullName: 'Jean-François Roy', roles: ['assembly_chair'], birthYear: 1965 },
  { email: 'jeunesse@concerto.demo', fullName: 'Amélie Côté', roles: ['youth_coordinator'], birthYear: 1998 },
  { email: 'delegue@concerto.demo', fullName: 'Kevin Nguyen', roles: [], birthYear: 1994 },
  { ...DEMO_BOARD_CHAIR, roles: [] },
];

/** The demo accounts as the start message names them: with the board seat the demo gives some (a derived role). */
export const DEMO_ACCOUNTS_SHOWN: { email: string; roles: Role[] }[] = DEMO_ACCOUNTS.map((a) => ({
  email: a.email,
  roles: DEMO_SEAT_HOLDERS.includes(a.email) ? [...a.roles, 'board_member'] : a.roles,
}));

/** The demo account designated as delegate of the member the browser test looks for. */
const DEMO_DELEGATE_EMAIL = 'delegue@concerto.demo';

interface PersonRow {
  id: string;
  email: string;
  fullName: string;
  preferredLanguage: Language;
  birthYear: number | null;
  roles: Role[];
}

/**
 * Loads the demo federation into an empty database: the staff accounts, the eight colleges,
 * about sixty member organizations across the 17 regions, and one or two delegates each.
 * Does nothing when people already exist. Runs under the start-up lock, so two replicas never
 * seed twice; everything is audited like any other change, in one transaction.
 */
export async function seedDemoData(ds: DataSource): Promise<boolean> {
  if ((await ds.getRepository(PersonEntity).count()) > 0) return false;
  const audit = new AuditService(ds);
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  await ds.transaction(async (em) => {
    const membership: AuditRecord[] = [];
    const collegeIds = await insertColleges(em, membership);
    const memberIds = await insertMembers(em, collegeIds, membership);
    const { people, designations } = demoPeople(memberIds);
    await em
      .createQueryBuilder()
      .insert()
      .into(PersonEntity)
      .values(people.map((p) => ({ ...p, passwordHash })))
      .execute();
    await em.query(`INSERT INTO delegates (id, member_id, person_id) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[])`, [
      designations.map((d) => d.id),
      designations.map((d) => d.memberId),
      designations.map((d) => d.personId),
    ]);
    for (const d of designations) {
      membership.push({ action: 'delegate.designated', targetType: 'delegate', targetId: d.id, after: { memberId: d.memberId, personId: d.personId } });
    }
    await audit.appendMany(
      em,
      'people',
      SYSTEM_ACTOR,
      people.map((p) => ({ action: 'person.created', targetType: 'person', targetId: p.id, after: { email: p.email, fullName: p.fullName, roles: p.roles } })),
    );
    await audit.appendMany(em, 'membership', SYSTEM_ACTOR, membership);
    await seedDemoBoard(em, audit);
    await seedDemoMinutes(em, audit);
    // Last: the board register (seats and terms) must exist first, so the meeting convenes its holders.
    await seedDemoMeetings(em, audit);
    await seedDemoAssemblies(em, audit);
  });
  return true;
}

async function insertColleges(em: EntityManager, audit: AuditRecord[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [i, c] of DEMO_COLLEGES.entries()) {
    const id = randomUUID();
    ids.set(c.code, id);
    await em.query(`INSERT INTO colleges (id, code, name_fr, name_en, seat_count, sort_order) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      c.code,
      c.nameFr,
      c.nameEn,
      c.seatCount,
      i + 1,
    ]);
    audit.push({ action: 'college.created', targetType: 'college', targetId: id, after: { ...c, sortOrder: i + 1 } });
  }
  return ids;
}

/** Dues paid to the end of next March when in good standing; lapsed since last March otherwise. */
function duesFor(standing: DemoStanding, year: number): string | null {
  if (standing === 'never_paid') return null;
  return standing === 'lapsed' ? `${year - 1}-03-31` : `${year + 1}-03-31`;
}

async function insertMembers(em: EntityManager, collegeIds: Map<string, string>, audit: AuditRecord[]): Promise<Map<string, string>> {
  const year = new Date().getFullYear();
  const rows = DEMO_MEMBERS.map((m, i) => ({
    id: randomUUID(),
    legalName: m.legalName,
    // Nearly every member has a (fictitious) Québec enterprise number.
    neq: i % 9 === 8 ? null : String(1140000000 + i * 7919),
    kind: m.kind,
    sector: m.sector,
    region: m.region,
    collegeId: collegeIds.get(m.college)!,
    suspended: m.standing === 'suspended',
    suspensionReason: m.standing === 'suspended' ? SUSPENSION_REASON : null,
    duesPaidUntil: duesFor(m.standing ?? 'good', year),
    city: m.city,
  }));
  await em.query(
    `INSERT INTO members (id, legal_name, search_name, neq, kind, sector, region, college_id, suspended, suspension_reason, dues_paid_until, city, search_city)
     SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::char(10)[], $5::varchar[], $6::varchar[], $7::char(2)[], $8::uuid[],
                          $9::boolean[], $10::varchar[], $11::date[], $12::varchar[], $13::varchar[])`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.legalName),
      rows.map((r) => searchName(r.legalName)),
      rows.map((r) => r.neq),
      rows.map((r) => r.kind),
      rows.map((r) => r.sector),
      rows.map((r) => r.region),
      rows.map((r) => r.collegeId),
      rows.map((r) => r.suspended),
      rows.map((r) => r.suspensionReason),
      rows.map((r) => r.duesPaidUntil),
      rows.map((r) => r.city),
      rows.map((r) => searchName(r.city)),
    ],
  );
  for (const { id, ...after } of rows) audit.push({ action: 'member.created', targetType: 'member', targetId: id, after });
  return new Map(rows.map((r) => [r.legalName, r.id]));
}

/** firstname.lastname@concerto.demo, without accents or spaces. */
function emailOf(fullName: string, taken: Set<string>): string {
  const base = searchName(fullName).replace(/[^a-z ]/g, '').trim().replace(/ +/g, '.');
  let email = `${base}@concerto.demo`;
  for (let n = 2; taken.has(email); n++) email = `${base}${n}@concerto.demo`;
  taken.add(email);
  return email;
}

/**
 * The staff accounts, and one or two delegates per member (the demo delegate account for
 * Le Pivot). About one delegate in four is born 1991 or later: the youth wing.
 */
function demoPeople(memberIds: Map<string, string>): { people: PersonRow[]; designations: { id: string; memberId: string; personId: string }[] } {
  const taken = new Set(DEMO_ACCOUNTS.map((a) => a.email));
  const people: PersonRow[] = DEMO_ACCOUNTS.map((a) => ({ ...a, id: randomUUID(), preferredLanguage: 'fr' }));
  const designations: { id: string; memberId: string; personId: string }[] = [];
  const demoDelegate = people.find((p) => p.email === DEMO_DELEGATE_EMAIL)!;
  designations.push({ id: randomUUID(), memberId: memberIds.get(PIVOT)!, personId: demoDelegate.id });
  let n = 0;
  for (const [i, m] of DEMO_MEMBERS.entries()) {
    const count = i % 3 === 2 ? 1 : 2;
    const already = m.legalName === PIVOT ? 1 : 0;
    for (let k = already; k < count; k++, n++) {
      const fullName = `${FIRST_NAMES[(n * 7) % FIRST_NAMES.length]} ${LAST_NAMES[(n * 11 + 3) % LAST_NAMES.length]}`;
      const youth = n % 4 === 1;
      const person: PersonRow = {
        id: randomUUID(),
        email: emailOf(fullName, taken),
        fullName,
        preferredLanguage: n % 6 === 5 ? 'en' : 'fr',
        birthYear: youth ? 1991 + ((n * 3) % 14) : n % 10 === 0 ? null : 1955 + ((n * 5) % 36),
        roles: [],
      };
      people.push(person);
      designations.push({ id: randomUUID(), memberId: memberIds.get(m.legalName)!, personId: person.id });
    }
  }
  return { people, designations };
}
