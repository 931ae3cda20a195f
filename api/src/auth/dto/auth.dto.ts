import type { ChangePasswordRequest, LoginRequest } from '@concerto/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @IsString() @MinLength(1) @MaxLength(254) email: string;
  @IsString() @MinLength(1) @MaxLength(200) password: string;
}

/** Refresh and logout take their token from the cookie: a body may be empty and accepts no field. */
export class EmptyBodyDto {}

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString() @MinLength(1) @MaxLength(200) currentPassword: string;
  @IsString() @MinLength(10) @MaxLength(200) newPassword: string;
}
