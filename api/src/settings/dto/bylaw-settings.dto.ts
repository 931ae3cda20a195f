import { ASSEMBLY_PRESETS, AssemblyPreset, BOARD_QUORUM_TYPES, BoardQuorumType, BylawSettingsRequest, ELECTION_METHODS, ElectionMethod, QUORUM_TYPES, QuorumType, VOTE_WEIGHTINGS, VoteWeighting } from '@concerto/contracts';
import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { OmittableNotNull } from '../../common/validation';

/** A partial change of the bylaw settings; rules spanning fields are checked by the service. */
export class UpdateBylawSettingsDto implements BylawSettingsRequest {
  @OmittableNotNull() @IsInt() @Min(0) @Max(365) noticePeriodDays?: number;
  @OmittableNotNull() @IsIn(QUORUM_TYPES) quorumType?: QuorumType;
  @OmittableNotNull() @IsInt() @Min(0) @Max(100000) quorumValue?: number;
  @OmittableNotNull() @IsBoolean() proxiesAllowed?: boolean;
  @OmittableNotNull() @IsInt() @Min(0) @Max(100) maxProxiesPerDelegate?: number;
  @OmittableNotNull() @IsInt() @Min(1) @Max(100) delegatesPerMember?: number;
  @OmittableNotNull() @IsIn(VOTE_WEIGHTINGS) voteWeighting?: VoteWeighting;
  @OmittableNotNull() @IsInt() @Min(1) @Max(10) termLengthYears?: number;
  @OmittableNotNull() @IsBoolean() staggeredTerms?: boolean;
  @OmittableNotNull() @IsInt() @Min(0) @Max(1000) youthReservedSeats?: number;
  @OmittableNotNull() @IsInt() @Min(1) @Max(120) youthMaxAge?: number;
  @OmittableNotNull() @IsIn(ELECTION_METHODS) electionMethod?: ElectionMethod;
  @OmittableNotNull() @IsIn(BOARD_QUORUM_TYPES) boardQuorumType?: BoardQuorumType;
  @OmittableNotNull() @IsInt() @Min(0) @Max(1000) boardQuorumValue?: number;
  @OmittableNotNull() @IsIn(ASSEMBLY_PRESETS) assemblyPreset?: AssemblyPreset;
  @OmittableNotNull() @IsInt() @Min(15) @Max(3600) speakerSeconds?: number;
}
