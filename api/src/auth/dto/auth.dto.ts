import type { ChangePasswordRequest, LoginRequest } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** An e-mail is compared lower-cased, and its lower-case form can be longer ("İ" → "i̇"): that form is checked. */
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class LoginDto implements LoginRequest {
  @Transform(lower) @IsString() @MinLength(1) @MaxLength(254) email: string;
  @IsString() @MinLength(1) @MaxLength(200) password: string;
}

/** Refresh and logout take their token from the cookie: a body may be empty and accepts no field. */
export class EmptyBodyDto {}

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString() @MinLength(1) @MaxLength(200) currentPassword: string;
  @IsString() @MinLength(10) @MaxLength(200) newPassword: string;
}
