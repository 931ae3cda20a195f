import type { AssemblyPreset } from './assemblies';
import type { BoardQuorumType } from './meetings';
import type { ElectionMethod, QuorumType, VoteWeighting } from './reference';

export interface BylawSettings {
  noticePeriodDays: number;
  quorumType: QuorumType;
  quorumValue: number;
  proxiesAllowed: boolean;
  maxProxiesPerDelegate: number;
  delegatesPerMember: number;
  voteWeighting: VoteWeighting;
  termLengthYears: number;
  staggeredTerms: boolean;
  youthReservedSeats: number;
  youthMaxAge: number;
  electionMethod: ElectionMethod;
  /** The board's quorum (majority of the seats filled by default). */
  boardQuorumType: BoardQuorumType;
  boardQuorumValue: number;
  /** General assemblies: non-profit (Companies Act, Part III) or cooperative (Cooperatives Act: no proxies, one member one vote). */
  assemblyPreset: AssemblyPreset;
  /** Time given to each speaker at a general assembly, in seconds. */
  speakerSeconds: number;
  updatedAt: string;
}

export type BylawSettingsRequest = Partial<Omit<BylawSettings, 'updatedAt'>>;
