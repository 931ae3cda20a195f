import {
  DesignateDelegateRequest,
  MEMBER_KINDS,
  MemberKind,
  MemberQuery,
  MemberRequest,
  Region,
  REGIONS,
  Sector,
  SECTORS,
  Standing,
  STANDINGS,
  SuspendMemberRequest,
} from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateBy, ValidationOptions } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';
import { OmittableNotNull } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/** A NEQ is often written with spaces ("1143 2567 89"); it is stored as its 10 digits. */
const neqDigits = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '') || null : value);
const int = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export const NEQ = /^\d{10}$/;

/** Québec enterprise number (numéro d'entreprise du Québec): 10 digits. */
function IsNeq(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isNeq', validator: { validate: (v: unknown) => typeof v === 'string' && NEQ.test(v), defaultMessage: () => '$property must be a NEQ of 10 digits' } }, options);
}

export class CreateMemberDto implements MemberRequest {
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) legalName: string;
  @IsOptional() @Transform(neqDigits) @IsNeq() neq?: string | null;
  @IsIn(MEMBER_KINDS) kind: MemberKind;
  @IsIn(SECTORS) sector: Sector;
  @IsIn(REGIONS) region: Region;
  @IsUUID() collegeId: string;
  @IsOptional() @Transform(trimOrNull) @IsCalendarDate() duesPaidUntil?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(120) city?: string | null;
}

export class UpdateMemberDto implements Partial<MemberRequest> {
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) legalName?: string;
  @IsOptional() @Transform(neqDigits) @IsNeq() neq?: string | null;
  @OmittableNotNull() @IsIn(MEMBER_KINDS) kind?: MemberKind;
  @OmittableNotNull() @IsIn(SECTORS) sector?: Sector;
  @OmittableNotNull() @IsIn(REGIONS) region?: Region;
  @OmittableNotNull() @IsUUID() collegeId?: string;
  @IsOptional() @Transform(trimOrNull) @IsCalendarDate() duesPaidUntil?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(120) city?: string | null;
}

export class MemberQueryDto implements MemberQuery {
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IsUUID() collegeId?: string;
  @IsOptional() @IsIn(REGIONS) region?: Region;
  @IsOptional() @IsIn(SECTORS) sector?: Sector;
  @IsOptional() @IsIn(STANDINGS) standing?: Standing;
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(100000) page?: number;
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

export class SuspendMemberDto implements SuspendMemberRequest {
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(500) reason: string;
}

export class DesignateDelegateDto implements DesignateDelegateRequest {
  @IsUUID() personId: string;
}
