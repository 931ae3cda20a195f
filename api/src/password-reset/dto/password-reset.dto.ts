import type { PasswordResetConfirmRequest, PasswordResetRequest } from '@concerto/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Matches, MaxLength, MinLength } from 'class-validator';

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class PasswordResetRequestDto implements PasswordResetRequest {
  @Transform(lower) @IsEmail() @MaxLength(254) email: string;
}

export class PasswordResetConfirmDto implements PasswordResetConfirmRequest {
  @IsString() @MinLength(20) @MaxLength(200) @Matches(/^[A-Za-z0-9_-]+$/) token: string;
  @IsString() @MinLength(10) @MaxLength(200) password: string;
}
