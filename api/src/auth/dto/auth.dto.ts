import type { ChangePasswordRequest, LoginRequest, RefreshRequest } from '@concerto/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @IsString() @MinLength(1) @MaxLength(254) email: string;
  @IsString() @MinLength(1) @MaxLength(200) password: string;
}

export class RefreshDto implements RefreshRequest {
  @IsString() @MinLength(20) @MaxLength(200) refreshToken: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString() @MinLength(1) @MaxLength(200) currentPassword: string;
  @IsString() @MinLength(10) @MaxLength(200) newPassword: string;
}
