import { FLOOR_REQUEST_KINDS, type AgendaItemTextRequest, type FloorRequest, type FloorRequestKind } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LabelledAs } from '../../common/validation';

const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/** The text under debate: a motion with its whereas clauses fits well within it. */
export const ITEM_TEXT_MAX = 20_000;

export class AgendaItemTextDto implements AgendaItemTextRequest {
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(ITEM_TEXT_MAX) bodyFr?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(ITEM_TEXT_MAX) bodyEn?: string | null;
}

export class FloorDto implements FloorRequest {
  @LabelledAs('floorKind') @IsIn(FLOOR_REQUEST_KINDS) kind!: FloorRequestKind;
}

export class EventsQueryDto {
  /** Resume after this seq (as `Last-Event-ID` does; the header wins when both are sent). */
  @IsOptional() @Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value)) @IsInt() @Min(0) @Max(1e15) after?: number;
}
