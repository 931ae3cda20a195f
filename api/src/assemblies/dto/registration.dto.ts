import { ATTENDANCE_MODES, type AttendanceMode } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CredentialsQueryDto {
  @IsOptional() @IsString() @MaxLength(100) q?: string;
}

/** `?present=true|false` as a boolean; anything else is left as is for the validator to refuse. */
const booleanQuery = ({ value }: { value: unknown }): unknown => (value === 'true' ? true : value === 'false' ? false : value);

export class RegistrationsQueryDto {
  @IsOptional() @IsString() @MaxLength(100) q?: string;
  @IsOptional() @Transform(booleanQuery) @IsBoolean() present?: boolean;
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
