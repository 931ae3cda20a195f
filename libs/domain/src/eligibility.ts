import type { Standing } from '@concerto/contracts';

export type IneligibilityReason = 'NOT_A_DELEGATE' | 'MEMBER_SUSPENDED' | 'MEMBER_LAPSED' | 'ACCOUNT_INACTIVE';

/**
 * Only a delegate of a member in good standing may vote or stand for election (DOMAIN.md).
 * Returns null when eligible, or the first reason why not.
 */
export function votingIneligibility(person: { active: boolean; delegateOfStanding: Standing | null }): IneligibilityReason | null {
  if (!person.active) return 'ACCOUNT_INACTIVE';
  if (person.delegateOfStanding === null) return 'NOT_A_DELEGATE';
  if (person.delegateOfStanding === 'suspended') return 'MEMBER_SUSPENDED';
  if (person.delegateOfStanding === 'lapsed') return 'MEMBER_LAPSED';
  return null;
}
