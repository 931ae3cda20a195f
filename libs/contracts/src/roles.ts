/** Roles of DOMAIN.md. `delegate` is held by a person designated by a member organization. */
export const ROLES = [
  'admin',
  'secretary',
  'election_officer',
  'assembly_chair',
  'youth_coordinator',
  'delegate',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles an administrator grants directly; `delegate` comes from a designation. */
export const STAFF_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'delegate');

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
} as const satisfies Record<string, readonly (Role | 'public')[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly Role[] | undefined, permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  if (allowed.includes('public')) return true;
  return (roles ?? []).some((r) => allowed.includes(r));
}
