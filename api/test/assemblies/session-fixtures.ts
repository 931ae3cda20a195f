import type { AssemblyStatus } from '@concerto/contracts';
import { DataSource } from 'typeorm';
import { createMember, designate } from '../support/factories';
import type { TestApp } from '../support/test-app';
import { insertAssembly, type AgendaRow } from './assembly-fixtures';

/** Assemblies for the console, speakers and display tests, written straight to the tables. */
export interface AssemblyFixture {
  id: string;
  itemIds: string[];
}

const ITEMS: AgendaRow[] = [
  ['opening', 'Ouverture et quorum', 'Opening and quorum'],
  ['agenda_adoption', "Adoption de l'ordre du jour", 'Adoption of the agenda'],
  ['motions', 'Propositions', 'Motions'],
  ['closing', 'Levée', 'Closing'],
];

/** An assembly starting in an hour (quorum of 2 votes, 3 minutes per speaker) with `items` agenda items. */
export function createAssembly(ds: DataSource, o: { status?: AssemblyStatus; items?: number; quorumValue?: number } = {}): Promise<AssemblyFixture> {
  const items = Array.from({ length: o.items ?? 3 }, (_, i) => ITEMS[i % ITEMS.length]);
  return insertAssembly(ds, {
    status: o.status,
    hoursAhead: 1,
    rules: { quorumValue: o.quorumValue ?? 2, speakerSeconds: 180 },
    titles: ['Assemblée générale annuelle', 'Annual general assembly'],
    items,
  });
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
