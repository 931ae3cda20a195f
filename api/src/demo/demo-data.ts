import type { Role } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor';
import { PersonEntity } from '../people/person.entity';

/** Shown in the README and printed at start: demo installs only. */
export const DEMO_PASSWORD = 'Concerto-demo-2026';

export const DEMO_ACCOUNTS: { email: string; fullName: string; roles: Role[]; birthYear: number | null }[] = [
  { email: 'admin@concerto.demo', fullName: 'Hélène Tremblay', roles: ['admin'], birthYear: 1971 },
  { email: 'secretaire@concerto.demo', fullName: 'Marc-André Gagnon', roles: ['secretary'], birthYear: 1980 },
  { email: 'election@concerto.demo', fullName: 'Sophie Bouchard', roles: ['election_officer'], birthYear: 1976 },
  { email: 'presidence@concerto.demo', fullName: 'Jean-François Roy', roles: ['assembly_chair'], birthYear: 1965 },
  { email: 'jeunesse@concerto.demo', fullName: 'Amélie Côté', roles: ['youth_coordinator'], birthYear: 1998 },
  { email: 'delegue@concerto.demo', fullName: 'Kevin Nguyen', roles: [], birthYear: 1994 },
];

/**
 * Loads the demo federation into an empty database; does nothing when people already exist.
 * Runs under the start-up lock, so two replicas never seed twice.
 */
export async function seedDemoData(ds: DataSource): Promise<boolean> {
  if ((await ds.getRepository(PersonEntity).count()) > 0) return false;
  const audit = new AuditService(ds);
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  await ds.transaction(async (em) => {
    const people = await em.getRepository(PersonEntity).save(
      DEMO_ACCOUNTS.map((a) => em.getRepository(PersonEntity).create({ ...a, preferredLanguage: 'fr', passwordHash })),
    );
    await audit.appendMany(
      em,
      'people',
      SYSTEM_ACTOR,
      people.map((p) => ({ action: 'person.created', targetType: 'person', targetId: p.id, after: { email: p.email, fullName: p.fullName, roles: p.roles } })),
    );
  });
  return true;
}
