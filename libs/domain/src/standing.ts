import type { Standing } from '@concerto/contracts';

/** A calendar date as YYYY-MM-DD, compared as text (ISO dates sort correctly). */
export type IsoDate = string;

export function isoDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/**
 * A member's standing: suspended when the administrator suspended it; lapsed (échu) when its
 * dues are not paid up to `today`; otherwise in good standing (en règle).
 */
export function memberStanding(member: { suspended: boolean; duesPaidUntil: IsoDate | null }, today: IsoDate): Standing {
  if (member.suspended) return 'suspended';
  if (!member.duesPaidUntil || member.duesPaidUntil < today) return 'lapsed';
  return 'good_standing';
}
