/**
 * Roles of DOMAIN.md. `delegate` is held by a person designated by a member organization;
 * `board_member` by a person holding a board seat now (a current term of the board register).
 */
export const ROLES = [
  'admin',
  'secretary',
  'election_officer',
  'assembly_chair',
  'youth_coordinator',
  'delegate',
  'board_member',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that come from a record (a designation, a seat), never granted by hand. */
export const DERIVED_ROLES: readonly Role[] = ['delegate', 'board_member'];

/** Roles an administrator grants directly. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => !DERIVED_ROLES.includes(r));

/**
 * Permissions: one list shared by the API guards and the buttons the web shows.
 * `public` permissions need no account.
 */
export const PERMISSIONS = {
  'colleges.read': ['public'],
  'colleges.write': ['admin'],
  'members.read': ['admin', 'secretary', 'election_officer', 'assembly_chair', 'youth_coordinator', 'delegate'],
  'members.write': ['admin'],
  'members.import': ['admin'],
  'people.read': ['admin'],
  'people.write': ['admin'],
  'delegates.write': ['admin'],
  /** Delegates: only of their own organization (api/src/common/access.ts `requireMemberAccess`). */
  'delegates.read': ['admin', 'delegate'],
  'members.contact.write': ['admin', 'delegate'],
  'delegateRequests.read': ['admin', 'delegate'],
  'delegateRequests.create': ['delegate'],
  'delegateRequests.review': ['admin'],
  'settings.read': ['admin', 'secretary', 'election_officer', 'assembly_chair', 'youth_coordinator', 'delegate'],
  'settings.write': ['admin'],
  'audit.read': ['admin'],
  'mail.read': ['admin'],
  /** The board register: public to read (current board, officers, vacancies). */
  'board.read': ['public'],
  'board.write': ['admin', 'secretary'],
  /** Board meetings, their documents, attendance, resolutions, conflicts, action items. */
  'meetings.read': ['admin', 'secretary', 'board_member'],
  'meetings.write': ['admin', 'secretary'],
  /** A board member declares their own conflict of interest; the secretary records anyone's. */
  'meetings.conflicts.declare': ['admin', 'secretary', 'board_member'],
  /** Action items: the owner updates the status of their own (api/src/common/access.ts). */
  'actionItems.update': ['admin', 'secretary', 'board_member'],
  /** Minutes (procès-verbaux): drafts are the board's; publishing is the secretary's. */
  'minutes.read': ['admin', 'secretary', 'board_member'],
  'minutes.write': ['admin', 'secretary'],
  /** Signing: the président·e, and the secretary (checked on the minutes, see access.ts). */
  'minutes.sign': ['secretary', 'board_member'],
  'minutes.publish': ['admin', 'secretary'],
  /** The public archive of published minutes and adopted resolutions. */
  'archive.read': ['public'],
  /** General assemblies: convened ones to every account; drafts to the administrator. */
  'assemblies.read': ['admin', 'secretary', 'election_officer', 'assembly_chair', 'youth_coordinator', 'delegate', 'board_member'],
  /** Create, edit, agenda, documents, convocation, duties, display link. */
  'assemblies.write': ['admin'],
  /** A delegate registers ahead and gives their proxy. */
  'assemblies.register': ['delegate'],
  /** The credentials desk: those named on this assembly's desk, and its chair (api/src/common/access.ts). */
  'assemblies.credentials': ['admin', 'secretary', 'election_officer', 'assembly_chair', 'youth_coordinator'],
  /** The chair's console: only the chair named on this assembly. */
  'assemblies.chair': ['assembly_chair'],
  /** Asking for the floor: a delegate registered and present in this assembly. */
  'assemblies.floor': ['delegate'],
} as const satisfies Record<string, readonly (Role | 'public')[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[] | undefined, permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  if (allowed.includes('public')) return true;
  return (roles ?? []).some((r) => allowed.includes(r));
}
