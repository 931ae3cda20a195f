import { BOARD_OFFICES, type AssignTermRequest, type BoardOffice, type CorrectTermRequest, type EndTermRequest, type NameOfficerRequest, type UpdateSeatRequest } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date';
import { OmittableNotNull } from '../../common/validation';

export class AssignTermDto implements AssignTermRequest {
  @IsUUID() personId: string;
  @IsCalendarDate() startsOn: string;
  @OmittableNotNull() @IsCalendarDate() endsOn?: string;
}

export class EndTermDto implements EndTermRequest {
  @OmittableNotNull() @IsCalendarDate() endedOn?: string;
}

export class CorrectTermDto implements CorrectTermRequest {
  @IsCalendarDate() endsOn: string;
}

export class UpdateSeatDto implements UpdateSeatRequest {
  @IsBoolean() youthReserved: boolean;
}

export class NameOfficerDto implements NameOfficerRequest {
  @IsIn(BOARD_OFFICES) office: BoardOffice;
  @IsUUID() personId: string;
}

export class CandidatesQueryDto {
  @IsOptional() @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)) @IsString() @MaxLength(100) q?: string;
}
