import type { AssemblyRules, AssemblyStatus } from '@concerto/contracts';
import { createMember, designate, type MemberOverrides } from '../support/factories';
import type { DataSource } from 'typeorm';
import type { TestApp } from '../support/test-app';

/** The rules of a test assembly unless told otherwise: non-profit, proxies allowed (2 each), 2 delegates per member, quorum of 3 votes. */
export const TEST_RULES: AssemblyRules = {
  preset: 'nonprofit',
  noticePeriodDays: 10,
  quorumType: 'count',
  quorumValue: 3,
  proxiesAllowed: true,
  maxProxiesPerDelegate: 2,
  delegatesPerMember: 2,
  speakerSeconds: 120,
};

/** An agenda item of a test assembly: kind, French and English titles. */
export type AgendaRow = [kind: string, titleFr: string, titleEn: string];

/**
 * An assembly written straight to the database with its agenda items in order: convened unless
 * told otherwise, at 19:00 (federation's time zone) in `days` days, or in `hoursAhead` hours.
 */
export async function insertAssembly(
  ds: DataSource,
  o: { status?: AssemblyStatus; days?: number; hoursAhead?: number; rules?: Partial<AssemblyRules>; titles?: [fr: string, en: string]; items: readonly AgendaRow[] },
): Promise<{ id: string; itemIds: string[] }> {
  const r = { ...TEST_RULES, ...o.rules };
  const [a] = await ds.query<{ id: string }[]>(
    `INSERT INTO assemblies (kind, title_fr, title_en, starts_at, place, status, convened_at, preset, notice_period_days, quorum_type, quorum_value,
                             proxies_allowed, max_proxies_per_delegate, delegates_per_member, speaker_seconds)
     VALUES ('annual', $12, $13,
             CASE WHEN $11::int IS NULL THEN ((now() AT TIME ZONE 'America/Toronto')::date + $1::int + time '19:00') AT TIME ZONE 'America/Toronto'
                  ELSE now() + make_interval(hours => $11::int) END,
             'Montréal', $2::varchar, CASE WHEN $2::varchar <> 'draft' THEN now() END, $3, $4, $5, $6, $7, $8, $9, $10)
     RETURNING id`,
    [o.days ?? 20, o.status ?? 'convened', r.preset, r.noticePeriodDays, r.quorumType, r.quorumValue, r.proxiesAllowed, r.maxProxiesPerDelegate, r.delegatesPerMember, r.speakerSeconds, o.hoursAhead ?? null, ...(o.titles ?? ['AGA', 'AGM'])],
  );
  const itemIds: string[] = [];
  for (const [i, [kind, fr, en]] of o.items.entries()) {
    const [row] = await ds.query<{ id: string }[]>(
      `INSERT INTO assembly_agenda_items (assembly_id, position, kind, title_fr, title_en) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [a.id, i + 1, kind, fr, en],
    );
    itemIds.push(row.id);
  }
  return { id: a.id, itemIds };
}

/** An assembly (default: convened, in 20 days) with the standard annual agenda's first item. */
export async function createAssembly(t: TestApp, o: { status?: AssemblyStatus; days?: number; rules?: Partial<AssemblyRules> } = {}): Promise<string> {
  return (await insertAssembly(t.ds, { ...o, items: [['opening', 'Ouverture', 'Opening']] })).id;
}

/** A delegate (with a token) of a new member, or of `memberId`. */
export async function delegateOf(t: TestApp, memberId?: string, o: { member?: MemberOverrides; fullName?: string; preferredLanguage?: 'fr' | 'en'; active?: boolean } = {}) {
  const id = memberId ?? (await createMember(t.ds, o.member ?? {})).id;
  const { person, token } = await t.personWith([], { ...(o.fullName ? { fullName: o.fullName } : {}), preferredLanguage: o.preferredLanguage ?? 'fr' });
  await designate(t.ds, id, person.id);
  // Roles are read back on each request: the person is a delegate from now on.
  if (o.active === false) await t.ds.query(`UPDATE people SET active = false WHERE id = $1`, [person.id]);
  return { person, memberId: id, token };
}

/** Names this person on the assembly's credentials desk (or as its chair). */
export async function nameOnDesk(t: TestApp, assemblyId: string, personId: string, duty: 'credentials' | 'chair' = 'credentials'): Promise<void> {
  await t.ds.query(`INSERT INTO assembly_staff (assembly_id, person_id, duty) VALUES ($1, $2, $3)`, [assemblyId, personId, duty]);
}

/** A registration written straight to the database. */
export async function registerDirect(t: TestApp, assemblyId: string, personId: string, memberId: string, present = false): Promise<string> {
  const [r] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO assembly_registrations (assembly_id, person_id, member_id, channel, registered_by, present, mode, checked_in_at)
     VALUES ($1, $2, $3, 'desk', $2, $4, CASE WHEN $4 THEN 'hall' END, CASE WHEN $4 THEN now() END) RETURNING id`,
    [assemblyId, personId, memberId, present],
  );
  return r.id;
}
