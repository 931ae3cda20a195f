import type { Language } from './reference';
import type { Role } from './roles';

export interface Person {
  id: string;
  email: string;
  fullName: string;
  preferredLanguage: Language;
  birthYear: number | null;
  roles: Role[];
  active: boolean;
  delegateOf: { memberId: string; legalName: string } | null;
}

export interface PersonRequest {
  email: string;
  fullName: string;
  preferredLanguage: Language;
  birthYear?: number | null;
  /** Staff roles only; `delegate` comes from a designation. */
  roles: Role[];
  /** Initial password (at least 10 characters); the person changes it later. */
  password: string;
}

export interface PersonUpdateRequest {
  fullName?: string;
  preferredLanguage?: Language;
  birthYear?: number | null;
  roles?: Role[];
  active?: boolean;
}
