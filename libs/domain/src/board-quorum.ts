import type { BoardQuorumType } from '@concerto/contracts';

export interface BoardQuorumRule {
  type: BoardQuorumType;
  /** A number of members (`count`) or a percentage of the seats filled (`percent`); unused for `majority`. */
  value: number;
}

export interface BoardQuorumResult {
  required: number;
  met: boolean;
}

/**
 * The board's quorum at a meeting, from the seats filled at its date (vacancies and ended terms
 * do not count) and the members present: a majority of the seats filled (more than half) unless
 * the bylaws set a number or a percentage. A board with no seat filled never has quorum; nor does
 * one where the rule asks for nobody: at least one member must be present.
 */
export function boardQuorum(seatsFilled: number, present: number, rule: BoardQuorumRule): BoardQuorumResult {
  let required: number;
  if (rule.type === 'count') required = rule.value;
  else if (rule.type === 'percent') required = Math.ceil((seatsFilled * rule.value) / 100);
  else required = Math.floor(seatsFilled / 2) + 1;
  required = Math.max(1, required);
  return { required, met: seatsFilled > 0 && present >= required };
}
