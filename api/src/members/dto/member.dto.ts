import {
  DELEGATE_REQUEST_STATUSES,
  DelegateRequestCreate,
  DelegateRequestStatus,
  DesignateDelegateRequest,
  MEMBER_SORTS,
  MemberContactRequest,
  MemberSort,
  RejectDelegateRequest,
  SORT_DIRECTIONS,
  SortDirection,
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
import { IsEmail, IsIn, IsInt, IsOptional, IsPhoneNumber, IsPostalCode, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength, ValidateBy, ValidationOptions } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';
import { OmittableNotNull } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/** A NEQ is often written with spaces ("1143 2567 89"); it is stored as its 10 digits. */
const neqDigits = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '') || null : value);
const lowerOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value);
/** "h2x1y4", "H2X-1Y4" → "H2X 1Y4" (a Canadian postal code as Canada Post writes it). */
export const postalCode = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const compact = value.replace(/[\s-]+/g, '').toUpperCase();
  if (!compact) return null;
  return compact.length === 6 ? `${compact.slice(0, 3)} ${compact.slice(3)}` : compact;
};
/** A web address given without its scheme ("coop.example.org") is read as https. */
export const website = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim();
  if (!v) return null;
  return /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
};
/** Web addresses accepted: http or https only (no javascript:, no data:). */
export const WEBSITE = { protocols: ['http', 'https'], require_protocol: true };
const THIS_YEAR = new Date().getFullYear();
const int = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export const NEQ = /^\d{10}$/;

/** Québec enterprise number (numéro d'entreprise du Québec): 10 digits. */
function IsNeq(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isNeq', validator: { validate: (v: unknown) => typeof v === 'string' && NEQ.test(v), defaultMessage: () => '$property must be a NEQ of 10 digits' } }, options);
}

/** Contact details: each may be left out, or sent as null (or blank) to clear it. */
export class MemberContactDto implements MemberContactRequest {
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(300) address?: string | null;
  @IsOptional() @Transform(postalCode) @IsString() @IsPostalCode('CA') postalCode?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(30) @IsPhoneNumber('CA') phone?: string | null;
  @IsOptional() @Transform(lowerOrNull) @IsEmail() @MaxLength(254) email?: string | null;
  @IsOptional() @Transform(website) @IsString() @MaxLength(300) @IsUrl(WEBSITE) website?: string | null;
}

export class CreateMemberDto extends MemberContactDto implements MemberRequest {
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) legalName: string;
  @IsOptional() @Transform(neqDigits) @IsNeq() neq?: string | null;
  @IsIn(MEMBER_KINDS) kind: MemberKind;
  @IsIn(SECTORS) sector: Sector;
  @IsIn(REGIONS) region: Region;
  @IsUUID() collegeId: string;
  @IsOptional() @Transform(trimOrNull) @IsCalendarDate() duesPaidUntil?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(120) city?: string | null;
}

export class UpdateMemberDto extends MemberContactDto implements Partial<MemberRequest> {
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
  @IsOptional() @IsIn(MEMBER_SORTS) sort?: MemberSort;
  @IsOptional() @IsIn(SORT_DIRECTIONS) dir?: SortDirection;
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(100000) page?: number;
  @IsOptional() @Transform(int) @IsInt() @Min(1) @Max(100) pageSize?: number;
}

export class SuspendMemberDto implements SuspendMemberRequest {
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(500) reason: string;
}

export class DesignateDelegateDto implements DesignateDelegateRequest {
  @IsUUID() personId: string;
}

/** The directory's filters and sort, without paging: the CSV export has every matching row. */
export class MemberExportQueryDto {
  @IsOptional() @IsString() @MaxLength(200) q?: string;
  @IsOptional() @IsUUID() collegeId?: string;
  @IsOptional() @IsIn(REGIONS) region?: Region;
  @IsOptional() @IsIn(SECTORS) sector?: Sector;
  @IsOptional() @IsIn(STANDINGS) standing?: Standing;
  @IsOptional() @IsIn(MEMBER_SORTS) sort?: MemberSort;
  @IsOptional() @IsIn(SORT_DIRECTIONS) dir?: SortDirection;
}

export class CreateDelegateRequestDto implements DelegateRequestCreate {
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(200) fullName: string;
  @Transform(lowerOrNull) @IsEmail() @MaxLength(254) email: string;
  @IsOptional() @IsInt() @Min(1900) @Max(THIS_YEAR) birthYear?: number | null;
  @IsOptional() @IsUUID() replacesDelegateId?: string | null;
}

export class DelegateRequestQueryDto {
  @IsOptional() @IsIn(DELEGATE_REQUEST_STATUSES) status?: DelegateRequestStatus;
}

export class RejectDelegateRequestDto implements RejectDelegateRequest {
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(500) reason: string;
}
