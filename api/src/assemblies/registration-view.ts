import type { AssemblyProxy, AssemblyRegistration } from '@concerto/contracts';
import type { EntityManager } from 'typeorm';
import { containsPattern, searchName } from '../members/search-name';
import { FOLD_SQL } from './assembly-queries';

/** The registrations of an assembly by name, with the proxies each holds; filtered by name or member (accent-insensitive), presence, or one id. */
export async function readRegistrations(em: EntityManager, id: string, filter: { q?: string; present?: boolean; registrationId?: string }): Promise<AssemblyRegistration[]> {
  const params: unknown[] = [id];
  const where = ['r.assembly_id = $1'];
  if (filter.registrationId) where.push(`r.id = $${params.push(filter.registrationId)}`);
  if (filter.present !== undefined) where.push(`r.present = $${params.push(filter.present)}`);
  const q = searchName(filter.q ?? '');
  if (q) {
    const p = `$${params.push(containsPattern(q))}`;
    where.push(`(${FOLD_SQL('p.full_name')} LIKE ${p} OR m.search_name LIKE ${p})`);
  }
  const rows = await em.query<(Omit<AssemblyRegistration, 'registeredAt' | 'checkedInAt' | 'proxies'> & { registeredAt: Date; checkedInAt: Date | null })[]>(
    `SELECT r.id, r.person_id AS "personId", p.full_name AS "fullName", r.member_id AS "memberId", m.legal_name AS "memberName", r.channel,
            r.registered_at AS "registeredAt", r.present, r.mode, r.checked_in_at AS "checkedInAt"
       FROM assembly_registrations r JOIN people p ON p.id = r.person_id JOIN members m ON m.id = r.member_id
      WHERE ${where.join(' AND ')}
      ORDER BY p.full_name, r.id`,
    params,
  );
  const proxies = rows.length ? await readProxies(em, id, rows.map((r) => r.id)) : [];
  return rows.map((r) => ({
    ...r,
    registeredAt: r.registeredAt.toISOString(),
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    proxies: proxies.filter((p) => p.holderRegistrationId === r.id),
  }));
}

/** The proxies of an assembly: those held by these registrations, or one proxy. */
export async function readProxies(em: EntityManager, id: string, holderIds: string[] | null, proxyId: string | null = null): Promise<AssemblyProxy[]> {
  const rows = await em.query<(Omit<AssemblyProxy, 'createdAt'> & { createdAt: Date })[]>(
    `SELECT x.id, x.giver_person_id AS "giverPersonId", p.full_name AS "giverName", m.legal_name AS "giverMemberName",
            x.holder_registration_id AS "holderRegistrationId", x.created_at AS "createdAt"
       FROM assembly_proxies x JOIN people p ON p.id = x.giver_person_id JOIN members m ON m.id = x.giver_member_id
      WHERE x.assembly_id = $1 AND ($2::uuid[] IS NULL OR x.holder_registration_id = ANY($2::uuid[])) AND ($3::uuid IS NULL OR x.id = $3)
      ORDER BY p.full_name, x.id`,
    [id, holderIds, proxyId],
  );
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
