import type { AssemblyStatus } from '@concerto/contracts';
import { DataSource } from 'typeorm';
import { createMember, designate } from '../support/factories';
import type { TestApp } from '../support/test-app';

/** Assemblies for the console, speakers and display tests, written straight to the tables. */
export interface AssemblyFixture {
  id: string;
  itemIds: string[];
}

const ITEMS: [string, string, string][] = [
  ['opening', 'Ouverture et quorum', 'Opening and quorum'],
  ['agenda_adoption', "Adoption de l'ordre du jour", 'Adoption of the agenda'],
  ['motions', 'Propositions', 'Motions'],
  ['closing', 'Levée', 'Closing'],
];

export async function createAssembly(ds: DataSource, o: { status?: AssemblyStatus; items?: number; quorumValue?: number } = {}): Promise<AssemblyFixture> {
  const [{ id }] = await ds.query<{ id: string }[]>(
    `INSERT INTO assemblies (kind, title_fr, title_en, starts_at, place, status, preset, notice_period_days, quorum_type, quorum_value, proxies_allowed,
                             max_proxies_per_delegate, delegates_per_member, speaker_seconds, convened_at)
     VALUES ('annual', 'Assemblée générale annuelle', 'Annual general assembly', now() + interval '1 hour', 'Montréal', $1, 'nonprofit', 10, 'count', $2, true, 2, 2, 180,
             CASE WHEN $1::varchar = 'draft' THEN NULL ELSE now() END)
     RETURNING id`,
    [o.status ?? 'convened', o.quorumValue ?? 2],
  );
  const itemIds: string[] = [];
  for (let i = 0; i < (o.items ?? 3); i++) {
    const [kind, fr, en] = ITEMS[i % ITEMS.length];
    const [row] = await ds.query<{ id: string }[]>(
      `INSERT INTO assembly_agenda_items (assembly_id, position, kind, title_fr, title_en) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [id, i + 1, kind, fr, en],
    );
    itemIds.push(row.id);
  }
  return { id, itemIds };
}

/** A person with the assembly_chair role named chair of this assembly. */
export async function chairOf(t: TestApp, assemblyId: string): Promise<{ id: string; token: string }> {
  const { person, token } = await t.personWith(['assembly_chair']);
  await t.ds.query(`INSERT INTO assembly_staff (assembly_id, person_id, duty) VALUES ($1, $2, 'chair')`, [assemblyId, person.id]);
  return { id: person.id, token };
}

export interface DelegateFixture {
  id: string;
  fullName: string;
  token: string;
  registrationId: string;
  memberId: string;
}

/** A delegate of a fresh member, registered in the assembly, present in the hall unless told otherwise. */
export async function registeredDelegate(t: TestApp, assemblyId: string, o: { present?: boolean; fullName?: string } = {}): Promise<DelegateFixture> {
  const member = await createMember(t.ds);
  const { person, token } = await t.personWith([], o.fullName ? { fullName: o.fullName } : {});
  await designate(t.ds, member.id, person.id);
  const present = o.present ?? true;
  const [row] = await t.ds.query<{ id: string }[]>(
    `INSERT INTO assembly_registrations (assembly_id, person_id, member_id, channel, registered_by, present, mode, checked_in_at)
     VALUES ($1, $2, $3, 'ahead', $2, $4, $5, $6) RETURNING id`,
    [assemblyId, person.id, member.id, present, present ? 'hall' : null, present ? new Date() : null],
  );
  return { id: person.id, fullName: person.fullName, token, registrationId: row.id, memberId: member.id };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
