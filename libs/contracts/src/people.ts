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

/** A new account: the person receives an invitation by e-mail to choose their password. */
export interface PersonRequest {
  email: string;
  fullName: string;
  preferredLanguage: Language;
  birthYear?: number | null;
  /** Staff roles only; `delegate` comes from a designation. */
  roles: Role[];
}

export interface PersonUpdateRequest {
  fullName?: string;
  preferredLanguage?: Language;
  birthYear?: number | null;
  roles?: Role[];
  active?: boolean;
}
