import {
  ACTION_ITEM_STATUSES,
  ATTENDANCE_STATUSES,
  BOARD_VOTE_CHOICES,
  DECISION_MODES,
  MEETING_STATUSES,
  type ActionItemRequest,
  type ActionItemStatus,
  type AgendaItemRequest,
  type AgendaOrderRequest,
  type AttendanceRequest,
  type AttendanceStatus,
  type BoardMeetingRequest,
  type BoardMeetingUpdateRequest,
  type BoardVoteChoice,
  type ConflictRequest,
  type DecisionMode,
  type MeetingStatus,
  type ResolutionDecisionRequest,
  type ResolutionRequest,
} from '@concerto/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength, ValidateBy, ValidateNested, type ValidationOptions } from 'class-validator';
import { IsCalendarDate, MAX_YEAR, MIN_YEAR } from '../../common/calendar-date';
import { OmittableNotNull } from '../../common/validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/** Video links: http or https only (no javascript:, no data:). */
const VIDEO_URL = { protocols: ['http', 'https'], require_protocol: true };
/** A board meets with a few dozen members at most; lists are bounded well above that. */
const MAX_MEMBERS = 200;

/** An ISO 8601 date and time with its offset (2026-12-03T18:30:00-05:00 or …Z), years 1900–2999. */
export function isDateTime(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return false;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return false;
  const [y, m, day] = value.slice(0, 10).split('-').map(Number);
  const check = new Date(Date.UTC(y, m - 1, day));
  return y >= MIN_YEAR && y <= MAX_YEAR && check.getUTCMonth() === m - 1 && check.getUTCDate() === day;
}

export function IsDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isDateTime', validator: { validate: isDateTime, defaultMessage: () => '$property must be a date and time' } }, options);
}

export class CreateMeetingDto implements BoardMeetingRequest {
  @IsDateTime() startsAt: string;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(300) place?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(500) @IsUrl(VIDEO_URL) videoUrl?: string | null;
}

export class UpdateMeetingDto implements BoardMeetingUpdateRequest {
  @OmittableNotNull() @IsDateTime() startsAt?: string;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(300) place?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(500) @IsUrl(VIDEO_URL) videoUrl?: string | null;
  @OmittableNotNull() @IsIn(MEETING_STATUSES) status?: MeetingStatus;
}

export class AgendaItemDto implements AgendaItemRequest {
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleFr: string;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleEn: string;
}

export class UpdateAgendaItemDto implements Partial<AgendaItemRequest> {
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleFr?: string;
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleEn?: string;
}

export class AgendaOrderDto implements AgendaOrderRequest {
  @IsArray() @ArrayMaxSize(200) @ArrayUnique() @IsUUID('all', { each: true }) itemIds: string[];
}

export class AttendanceEntryDto {
  @IsUUID() personId: string;
  @IsIn(ATTENDANCE_STATUSES) status: AttendanceStatus;
}

export class AttendanceDto implements AttendanceRequest {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_MEMBERS) @ValidateNested({ each: true }) @Type(() => AttendanceEntryDto) entries: AttendanceEntryDto[];
}

export class ConflictDto implements ConflictRequest {
  @IsUUID() agendaItemId: string;
  @IsUUID() personId: string;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(1000) note?: string | null;
}

export class ResolutionDto implements ResolutionRequest {
  @IsOptional() @IsUUID() agendaItemId?: string | null;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(10000) textFr: string;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(10000) textEn: string;
  @IsUUID() moverId: string;
  @IsUUID() seconderId: string;
  @IsIn(DECISION_MODES) decisionMode: DecisionMode;
}

export class VoteDto {
  @IsUUID() personId: string;
  @IsIn(BOARD_VOTE_CHOICES) choice: BoardVoteChoice;
}

export class DecisionDto implements ResolutionDecisionRequest {
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_MEMBERS) @ValidateNested({ each: true }) @Type(() => VoteDto) votes?: VoteDto[];
  @IsOptional() @IsIn(['adopted', 'rejected']) outcome?: 'adopted' | 'rejected';
}

export class ActionItemDto implements ActionItemRequest {
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(1000) description: string;
  @IsUUID() ownerId: string;
  @IsOptional() @IsCalendarDate() dueOn?: string | null;
}

export class UpdateActionItemDto implements Partial<ActionItemRequest> {
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(1000) description?: string;
  @OmittableNotNull() @IsUUID() ownerId?: string;
  @IsOptional() @IsCalendarDate() dueOn?: string | null;
  @OmittableNotNull() @IsIn(ACTION_ITEM_STATUSES) status?: ActionItemStatus;
}
