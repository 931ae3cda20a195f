import type { AssemblyPreset, FloorRequestKind, QuorumType, Standing } from '@concerto/contracts';
import { PRIORITY_FLOOR_KINDS } from '@concerto/contracts';

export interface AssemblyQuorumRule {
  type: QuorumType;
  /** A number of votes (`count`) or a percentage of the votes registered (`percent`). */
  value: number;
}

/**
 * The quorum of a general assembly: votes present (delegates checked in plus the proxies they
 * hold) against a number, or a percentage (rounded up) of the votes registered. At least one vote
 * is always required: an empty hall never has quorum.
 */
export function assemblyQuorum(votesPresent: number, votesRegistered: number, rule: AssemblyQuorumRule): { required: number; met: boolean } {
  const required = Math.max(1, rule.type === 'count' ? rule.value : Math.ceil((votesRegistered * rule.value) / 100));
  return { required, met: votesPresent >= required };
}

/**
 * The earliest date an assembly convened today may be held: `noticeDays` full days after today
 * (a notice of 10 days sent on the 1st allows the 11th). Dates are YYYY-MM-DD in the federation's
 * time zone.
 */
export function earliestAssemblyDate(today: string, noticeDays: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + noticeDays);
  return d.toISOString().slice(0, 10);
}

/** Whether a convocation sent on `today` respects the notice period for an assembly held on `assemblyDate`. */
export function noticeRespected(today: string, assemblyDate: string, noticeDays: number): boolean {
  return assemblyDate >= earliestAssemblyDate(today, noticeDays);
}

/** What the law allows under each preset: the Cooperatives Act forbids proxies (one member, one vote). */
export function presetAllowsProxies(preset: AssemblyPreset): boolean {
  return preset !== 'cooperative';
}

export type CredentialRefusal =
  | 'NOT_A_DELEGATE'
  | 'MEMBER_SUSPENDED'
  | 'MEMBER_LAPSED'
  | 'ACCOUNT_INACTIVE'
  | 'DELEGATE_LIMIT_REACHED';

/**
 * Credentials for an assembly: a delegate (active account, current designation) of a member in
 * good standing on the assembly's date, within the member's delegate limit. `standingOnDate` is the
 * member's standing computed for the assembly's date (see `memberStanding`); `registeredForMember`
 * counts the member's registrations other than this person's.
 */
export function credentialRefusal(c: {
  active: boolean;
  standingOnDate: Standing | null;
  registeredForMember: number;
  delegatesPerMember: number;
}): CredentialRefusal | null {
  if (!c.active) return 'ACCOUNT_INACTIVE';
  if (c.standingOnDate === null) return 'NOT_A_DELEGATE';
  if (c.standingOnDate === 'suspended') return 'MEMBER_SUSPENDED';
  if (c.standingOnDate === 'lapsed') return 'MEMBER_LAPSED';
  if (c.registeredForMember >= c.delegatesPerMember) return 'DELEGATE_LIMIT_REACHED';
  return null;
}

export type ProxyRefusal = 'PROXIES_NOT_ALLOWED' | 'PROXY_LIMIT_REACHED';

/** Whether one more proxy may go to a holder who already holds `held`. */
export function proxyRefusal(rules: { preset: AssemblyPreset; proxiesAllowed: boolean; maxProxiesPerDelegate: number }, held: number): ProxyRefusal | null {
  if (!presetAllowsProxies(rules.preset) || !rules.proxiesAllowed || rules.maxProxiesPerDelegate <= 0) return 'PROXIES_NOT_ALLOWED';
  if (held >= rules.maxProxiesPerDelegate) return 'PROXY_LIMIT_REACHED';
  return null;
}

/**
 * The order of the speakers list: questions of privilege and points of order first, then everyone
 * in the order they asked (ties on time by id, so every screen shows the same order).
 */
export function speakingOrder<T extends { id: string; kind: FloorRequestKind; requestedAt: string }>(waiting: readonly T[]): T[] {
  const rank = (k: FloorRequestKind) => (PRIORITY_FLOOR_KINDS.includes(k) ? 0 : 1);
  return [...waiting].sort((a, b) => rank(a.kind) - rank(b.kind) || a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id));
}
