import { can, Permission } from '@concerto/contracts';
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
