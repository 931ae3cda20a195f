import type { AssemblyPreset, BoardQuorumType, ElectionMethod, QuorumType, VoteWeighting } from '@concerto/contracts';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The bylaw settings (règlements généraux): a single row, id 1. */
@Entity('bylaw_settings')
@Check('bylaw_settings_single_row', '"id" = 1')
@Check('bylaw_settings_assembly_preset_check', `"assembly_preset" IN ('nonprofit', 'cooperative') AND ("assembly_preset" <> 'cooperative' OR NOT "proxies_allowed") AND "speaker_seconds" > 0`)
@Check('bylaw_settings_board_quorum_check', `"board_quorum_type" IN ('majority', 'count', 'percent') AND "board_quorum_value" >= 0`)
export class BylawSettingsEntity {
  @PrimaryColumn({ type: 'int', default: 1 })
  id: number;

  @Column({ name: 'notice_period_days', type: 'int', default: 30 })
  noticePeriodDays: number;

  @Column({ name: 'quorum_type', type: 'varchar', length: 10, default: 'count' })
  quorumType: QuorumType;

  @Column({ name: 'quorum_value', type: 'int', default: 25 })
  quorumValue: number;

  @Column({ name: 'proxies_allowed', type: 'boolean', default: false })
  proxiesAllowed: boolean;

  @Column({ name: 'max_proxies_per_delegate', type: 'int', default: 0 })
  maxProxiesPerDelegate: number;

  @Column({ name: 'delegates_per_member', type: 'int', default: 2 })
  delegatesPerMember: number;

  @Column({ name: 'vote_weighting', type: 'varchar', length: 20, default: 'per_delegate' })
  voteWeighting: VoteWeighting;

  @Column({ name: 'term_length_years', type: 'int', default: 2 })
  termLengthYears: number;

  @Column({ name: 'staggered_terms', type: 'boolean', default: true })
  staggeredTerms: boolean;

  @Column({ name: 'youth_reserved_seats', type: 'int', default: 2 })
  youthReservedSeats: number;

  @Column({ name: 'youth_max_age', type: 'int', default: 35 })
  youthMaxAge: number;

  @Column({ name: 'election_method', type: 'varchar', length: 20, default: 'plurality' })
  electionMethod: ElectionMethod;

  /** The board's quorum: a majority of the seats filled unless the bylaws set a number or a percentage. */
  @Column({ name: 'board_quorum_type', type: 'varchar', length: 10, default: 'majority' })
  boardQuorumType: BoardQuorumType;

  @Column({ name: 'board_quorum_value', type: 'int', default: 0 })
  boardQuorumValue: number;

  /** The bylaw preset of general assemblies: non-profit, or cooperative (no proxies, one member one vote). */
  @Column({ name: 'assembly_preset', type: 'varchar', length: 12, default: 'nonprofit' })
  assemblyPreset: AssemblyPreset;

  /** The time given to each speaker at a general assembly, in seconds. */
  @Column({ name: 'speaker_seconds', type: 'int', default: 180 })
  speakerSeconds: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
