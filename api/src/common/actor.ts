import type { Role } from '@concerto/contracts';

/** Who is acting: the authenticated person (from the access token, checked against the database). */
export interface Actor {
  id: string;
  email: string;
  fullName: string;
  roles: Role[];
}

/** The actor recorded for changes made by the system itself (start-up seed, migrations). */
export const SYSTEM_ACTOR: Actor = { id: '', email: 'system', fullName: 'Concerto', roles: [] };
