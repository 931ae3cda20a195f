import type { Language } from './reference';
import type { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface TokenResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /* The refresh token is never in a body: it travels in an httpOnly cookie scoped to /api/auth. */
  user: CurrentUser;
}

export interface CurrentUser {
  id: string;
  email: string;
  fullName: string;
  preferredLanguage: Language;
  birthYear: number | null;
  roles: Role[];
  /** The member organization this person is a delegate of, if any. */
  delegateOf: { memberId: string; legalName: string } | null;
}

export interface UpdateMyAccountRequest {
  fullName?: string;
  preferredLanguage?: Language;
  birthYear?: number | null;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
