import { ATTENDANCE_MODES, type AttendanceMode } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CredentialsQueryDto {
  @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class RegistrationsQueryDto {
  @IsOptional() @IsString() @MaxLength(100) q?: string;
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() present?: boolean;
}

export class RegisterPersonDto {
  @IsUUID() personId: string;
}

export class DeskCheckInDto {
  @IsIn(ATTENDANCE_MODES) mode: AttendanceMode;
}

/** A delegate checks in online only (the hall is the desk's). */
export class SelfCheckInDto {
  @IsIn(['online']) mode: 'online';
}

export class SelfProxyDto {
  @IsUUID() holderPersonId: string;
}

export class DeskProxyDto {
  @IsUUID() giverPersonId: string;
  @IsUUID() holderRegistrationId: string;
}
