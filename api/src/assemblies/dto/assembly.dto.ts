import {
  AGENDA_ITEM_KINDS,
  ASSEMBLY_KINDS,
  type AgendaItemKind,
  type AssemblyKind,
  type AssemblyRequest,
} from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUrl, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { LabelledAs, OmittableNotNull } from '../../common/validation';
import { IsDateTime } from '../../meetings/dto/meeting.dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
/** Video links: http or https only (no javascript:, no data:). */
const VIDEO_URL = { protocols: ['http', 'https'], require_protocol: true };

export class CreateAssemblyDto implements AssemblyRequest {
  @LabelledAs('assemblyKind') @IsIn(ASSEMBLY_KINDS) kind: AssemblyKind;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleFr: string;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleEn: string;
  @IsDateTime() startsAt: string;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(300) place?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(500) @IsUrl(VIDEO_URL) videoUrl?: string | null;
}

export class UpdateAssemblyDto implements Partial<AssemblyRequest> {
  @LabelledAs('assemblyKind') @OmittableNotNull() @IsIn(ASSEMBLY_KINDS) kind?: AssemblyKind;
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleFr?: string;
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleEn?: string;
  @OmittableNotNull() @IsDateTime() startsAt?: string;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(300) place?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(500) @IsUrl(VIDEO_URL) videoUrl?: string | null;
}

export class AssemblyAgendaItemDto {
  @LabelledAs('agendaItemKind') @IsIn(AGENDA_ITEM_KINDS) kind: AgendaItemKind;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleFr: string;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleEn: string;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(20000) bodyFr?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(20000) bodyEn?: string | null;
}

export class UpdateAssemblyAgendaItemDto {
  @LabelledAs('agendaItemKind') @OmittableNotNull() @IsIn(AGENDA_ITEM_KINDS) kind?: AgendaItemKind;
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleFr?: string;
  @OmittableNotNull() @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleEn?: string;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(20000) bodyFr?: string | null;
  @IsOptional() @Transform(trimOrNull) @IsString() @MaxLength(20000) bodyEn?: string | null;
}

export class AssemblyAgendaOrderDto {
  @IsArray() @ArrayMaxSize(200) @ArrayUnique() @IsUUID('all', { each: true }) itemIds: string[];
}

/** The titles that come with a document upload (multipart fields). */
export class AssemblyDocumentFieldsDto {
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleFr: string;
  @Transform(trim) @IsString() @MinLength(2) @MaxLength(300) titleEn: string;
}

export class AssemblyStaffDto {
  @ValidateIf((_o, v) => v !== null) @IsUUID() chairId: string | null;
  @IsArray() @ArrayMaxSize(50) @ArrayUnique() @IsUUID('all', { each: true }) credentialsIds: string[];
}
