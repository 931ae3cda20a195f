import { SIGNATURE_ROLES, type AdoptMinutesRequest, type ArchiveQuery, type CreateMinutesRequest, type SignatureRole, type SignMinutesRequest, type UpdateMinutesRequest } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_YEAR, MIN_YEAR } from '../../common/calendar-date';
import { OmittableNotNull } from '../../common/validation';

const int = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value);
/** Minutes of a long meeting stay well under the 100 kB body cap in both languages. */
const BODY_MAX = 40_000;

export class CreateMinutesDto implements CreateMinutesRequest {
  @IsUUID() meetingId: string;
}

export class UpdateMinutesDto implements UpdateMinutesRequest {
  @OmittableNotNull() @IsString() @MinLength(1) @MaxLength(BODY_MAX) bodyFr?: string;
  @OmittableNotNull() @IsString() @MinLength(1) @MaxLength(BODY_MAX) bodyEn?: string;
}

export class AdoptMinutesDto implements AdoptMinutesRequest {
  @IsUUID() resolutionId: string;
}

export class SignMinutesDto implements SignMinutesRequest {
  @IsString() @MinLength(1) @MaxLength(200) password: string;
  @OmittableNotNull() @IsIn(SIGNATURE_ROLES) role?: SignatureRole;
}

export class ArchiveQueryDto implements ArchiveQuery {
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @Transform(int) @IsInt() @Min(MIN_YEAR) @Max(MAX_YEAR) year?: number;
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(9999) number?: number;
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(10000) page?: number;
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

export class MinutesPdfParamsDto {
  @IsUUID() id: string;
  @IsIn(['fr', 'en']) language: 'fr' | 'en';
}
