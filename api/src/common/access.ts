import { can, Permission, STAFF_ROLES } from '@concerto/contracts';
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
