import { can, Permission, STAFF_ROLES, type AssemblyDuty, type AssemblyStatus, type BoardOffice, type Role } from '@concerto/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from './actor';
import { commonError } from './app-error';

/**
 * The one access check: every guard and service asks here whether an actor may do something,
 * with the same permission list the web app uses to show its buttons.
 */
export function requirePermission(actor: Actor | null | undefined, permission: Permission): void {
  if (can(actor?.roles ?? [], permission)) return;
  throw actor ? commonError('FORBIDDEN') : commonError('UNAUTHENTICATED');
}

/**
 * The permission, on this member organization: a staff role holding it acts on every member; a
 * delegate only on the organization they are the delegate of now (an active designation).
 * Anyone else is refused (403), whether or not the member exists, so nothing leaks.
 */
export async function requireMemberAccess(em: EntityManager, actor: Actor, permission: Permission, memberId: string): Promise<void> {
  requirePermission(actor, permission);
  const staff = actor.roles.filter((r) => STAFF_ROLES.includes(r));
  if (can(staff, permission)) return;
  if (actor.roles.includes('delegate') && (await isDelegateOf(em, actor.id, memberId))) return;
  throw commonError('FORBIDDEN');
}

/** Whether the person holds an active designation as delegate of this member. */
export async function isDelegateOf(em: EntityManager, personId: string, memberId: string): Promise<boolean> {
  const rows = await em.query<unknown[]>(`SELECT 1 FROM delegates WHERE person_id = $1 AND member_id = $2 AND ended_at IS NULL`, [personId, memberId]);
  return rows.length > 0;
}

/**
 * Whether the person in `personColumn` holds a board seat today: the one definition (a term
 * started, not yet at its end or early end). Also what makes a person a `board_member`.
 */
export const HOLDS_BOARD_SEAT_SQL = (personColumn: string): string =>
  `EXISTS (SELECT 1 FROM board_terms bt WHERE bt.person_id = ${personColumn} AND bt.starts_on <= current_date AND current_date < COALESCE(bt.ended_on, bt.ends_on))`;

/** Whether the person holds a board seat today. */
export async function isBoardMember(em: EntityManager, personId: string): Promise<boolean> {
  const rows = await em.query<{ held: boolean }[]>(`SELECT ${HOLDS_BOARD_SEAT_SQL('$1::uuid')} AS held`, [personId]);
  return rows[0]?.held === true;
}

/** The person holding a board office today (présidence, secrétariat, …), or null when it is vacant. */
export async function currentOfficer(em: EntityManager, office: BoardOffice): Promise<string | null> {
  const rows = await em.query<{ person_id: string }[]>(`SELECT person_id FROM board_officers WHERE office = $1 AND ended_on IS NULL`, [office]);
  return rows[0]?.person_id ?? null;
}

/** A board member acting for themselves, or a staff role holding the permission acting for anyone. */
export async function requireSelfOrStaff(em: EntityManager, actor: Actor, permission: Permission, personId: string): Promise<void> {
  requirePermission(actor, permission);
  const staff = actor.roles.filter((r) => STAFF_ROLES.includes(r));
  if (can(staff, permission)) return;
  if (actor.id === personId && (await isBoardMember(em, actor.id))) return;
  throw commonError('FORBIDDEN');
}

/**
 * Whether an assembly shows to a reader: any one past its draft; a draft only to those who edit
 * assemblies (assemblies.write) and the staff named on it (its `duties` for the reader). The one
 * rule of the list, the page, its documents, its live state and its stream.
 */
export function assemblyVisible(status: AssemblyStatus, roles: readonly Role[], duties: readonly AssemblyDuty[]): boolean {
  return status !== 'draft' || can(roles, 'assemblies.write') || duties.length > 0;
}

/** The duties the person holds on this assembly (its chair, its credentials desk). */
export async function assemblyDuties(em: EntityManager, assemblyId: string, personId: string): Promise<AssemblyDuty[]> {
  const rows = await em.query<{ duty: AssemblyDuty }[]>(`SELECT duty FROM assembly_staff WHERE assembly_id = $1 AND person_id = $2 ORDER BY duty`, [assemblyId, personId]);
  return rows.map((r) => r.duty);
}

/**
 * The permission, on this assembly: the chair's console only for the chair named on it; the
 * credentials desk for those named on its desk and for its chair. Checked on the assembly itself,
 * not only by role (403 otherwise).
 */
export async function requireAssemblyDuty(em: EntityManager, actor: Actor, assemblyId: string, duty: AssemblyDuty): Promise<void> {
  requirePermission(actor, duty === 'chair' ? 'assemblies.chair' : 'assemblies.credentials');
  const held = await assemblyDuties(em, assemblyId, actor.id);
  if (held.includes(duty) || (duty === 'credentials' && held.includes('chair'))) return;
  throw commonError('FORBIDDEN');
}

/** The person's registration in this assembly and whether they are present, or null. */
export async function assemblyRegistration(em: EntityManager, assemblyId: string, personId: string): Promise<{ id: string; memberId: string; present: boolean } | null> {
  const rows = await em.query<{ id: string; member_id: string; present: boolean }[]>(
    `SELECT id, member_id, present FROM assembly_registrations WHERE assembly_id = $1 AND person_id = $2`,
    [assemblyId, personId],
  );
  return rows[0] ? { id: rows[0].id, memberId: rows[0].member_id, present: rows[0].present } : null;
}
