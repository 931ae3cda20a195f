import type { AssemblyStatus } from '@concerto/contracts';
import type { EntityManager } from 'typeorm';
import { assemblySessionError } from './assembly-session.errors';

/** The audit stream of general assemblies. */
export const ASSEMBLIES_STREAM = 'assemblies';

export interface LockedAssembly {
  id: string;
  status: AssemblyStatus;
  currentItemId: string | null;
}

/**
 * Locks the assembly's row for the change (first, before any other row of it: the event publisher
 * takes the same row, so every change of one assembly runs one after the other) and checks that it
 * is in session unless told otherwise.
 */
export async function lockAssembly(em: EntityManager, assemblyId: string, inSession = true): Promise<LockedAssembly> {
  const [a] = await em.query<{ id: string; status: AssemblyStatus; current_item_id: string | null }[]>(
    `SELECT id, status, current_item_id FROM assemblies WHERE id = $1 FOR UPDATE`,
    [assemblyId],
  );
  if (!a) throw assemblySessionError('ASSEMBLY_NOT_FOUND');
  if (inSession && a.status !== 'in_session') throw assemblySessionError('SESSION_NOT_IN_SESSION');
  return { id: a.id, status: a.status, currentItemId: a.current_item_id };
}
