import type { AssembliesErrorCode } from './assemblies';
import type { BoardErrorCode } from './board';
import type { AssemblySessionErrorCode } from './realtime';

/** Body of every error the API returns. `message` is in the caller's language. */
export interface ApiError {
  statusCode: number;
  code: ErrorCode;
  message: string;
  /** For validation errors (400): one entry per offending field. */
  fields?: FieldError[];
}

export interface FieldError {
  field: string;
  message: string;
}

/**
 * The API's error codes, per feature: each feature's `defineErrors<…ErrorCode>` in api/src must
 * define exactly these (the type checker fails otherwise), and the web app can rely on them.
 */
export const COMMON_ERROR_CODES = ['NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'VALIDATION_FAILED', 'CONFLICT', 'INTERNAL', 'ROUTE_NOT_FOUND', 'PAYLOAD_TOO_LARGE', 'BODY_TOO_DEEP', 'UNSUPPORTED_CHARSET', 'UNSUPPORTED_ENCODING', 'MALFORMED_BODY'] as const;
export type CommonErrorCode = (typeof COMMON_ERROR_CODES)[number];
export const AUTH_ERROR_CODES = ['INVALID_CREDENTIALS', 'TOO_MANY_ATTEMPTS', 'INVALID_REFRESH_TOKEN', 'CROSS_SITE_REFUSED', 'WRONG_CURRENT_PASSWORD', 'SAME_PASSWORD'] as const;
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];
export const PASSWORD_RESET_ERROR_CODES = ['LINK_INVALID', 'LINK_EXPIRED', 'LINK_USED', 'LINK_REPLACED', 'TOO_MANY_REQUESTS', 'PERSON_INACTIVE'] as const;
export type PasswordResetErrorCode = (typeof PASSWORD_RESET_ERROR_CODES)[number];
export const AUDIT_ERROR_CODES = ['CHECKPOINT_NOT_FOUND', 'DATE_RANGE_REVERSED'] as const;
export type AuditErrorCode = (typeof AUDIT_ERROR_CODES)[number];
export const MAIL_ERROR_CODES = ['MAIL_NOT_FOUND'] as const;
export type MailErrorCode = (typeof MAIL_ERROR_CODES)[number];
export const MEMBERS_ERROR_CODES = ['MEMBER_NOT_FOUND', 'NEQ_TAKEN', 'ALREADY_SUSPENDED', 'NOT_SUSPENDED', 'DELEGATE_NOT_FOUND', 'ALREADY_DELEGATE', 'DELEGATE_LIMIT', 'REQUEST_NOT_FOUND', 'REQUEST_DECIDED', 'REQUEST_PENDING', 'REPLACED_NOT_DELEGATE', 'PERSON_INACTIVE', 'IMPORT_NOT_CSV', 'IMPORT_EMPTY', 'IMPORT_TOO_MANY_ROWS', 'IMPORT_MISSING_COLUMNS', 'IMPORT_UNKNOWN_COLUMNS', 'IMPORT_MALFORMED', 'IMPORT_DUPLICATE_COLUMNS'] as const;
export type MembersErrorCode = (typeof MEMBERS_ERROR_CODES)[number];
export const COLLEGES_ERROR_CODES = ['COLLEGE_NOT_FOUND', 'COLLEGE_CODE_TAKEN'] as const;
export type CollegesErrorCode = (typeof COLLEGES_ERROR_CODES)[number];
export const PEOPLE_ERROR_CODES = ['PERSON_NOT_FOUND', 'EMAIL_TAKEN', 'DELEGATE_ROLE_BY_DESIGNATION', 'BOARD_MEMBER_ROLE_BY_SEAT', 'LAST_ADMIN'] as const;
export type PeopleErrorCode = (typeof PEOPLE_ERROR_CODES)[number];
export const MINUTES_ERROR_CODES = [
  'MINUTES_NOT_FOUND',
  'MEETING_NOT_FOUND',
  'MEETING_NOT_HELD',
  'MINUTES_EXIST',
  'MINUTES_NOT_DRAFT',
  'MINUTES_PUBLISHED',
  'MINUTES_NOT_SUBMITTED',
  'MINUTES_NOT_ADOPTED',
  'ADOPTION_RESOLUTION_NOT_FOUND',
  'ADOPTION_RESOLUTION_NOT_ADOPTED',
  'ADOPTION_MEETING_NOT_LATER',
  'ADOPTION_NO_QUORUM',
  'ADOPTION_RESOLUTION_USED',
  'NOT_A_SIGNER',
  'ALREADY_SIGNED',
  'SIGNER_PASSWORD_WRONG',
  'SAME_SIGNER',
  'SIGNATURES_MISSING',
  'ERRATUM_OF_UNPUBLISHED',
  'FILE_NOT_FOUND',
] as const;
export type MinutesErrorCode = (typeof MINUTES_ERROR_CODES)[number];
export const MEETINGS_ERROR_CODES = [
  'MEETING_NOT_FOUND', 'MEETING_NOT_PLANNED', 'MEETING_CANCELLED', 'AGENDA_ITEM_NOT_FOUND', 'AGENDA_ITEM_HAS_RESOLUTIONS', 'AGENDA_ORDER_MISMATCH', 'DOCUMENT_NOT_FOUND', 'DOCUMENT_MISSING',
  'DOCUMENT_TOO_LARGE', 'DOCUMENT_TYPE_REFUSED', 'DOCUMENT_EMPTY', 'NOT_A_SEAT_HOLDER', 'CONVOCATION_ALREADY_SENT', 'RESOLUTION_NOT_FOUND', 'RESOLUTION_DECIDED',
  'QUORUM_NOT_MET', 'NOT_PRESENT', 'MOVER_IS_SECONDER', 'CONFLICT_OF_INTEREST', 'CONFLICT_ALREADY_DECLARED', 'DECISION_MODE_MISMATCH', 'NO_VOTES', 'DUPLICATE_VOTE',
  'ACTION_ITEM_NOT_FOUND', 'PERSON_NOT_FOUND',
] as const;
export type MeetingsErrorCode = (typeof MEETINGS_ERROR_CODES)[number];
/** An HTTP error no feature names (a framework refusal): `HTTP_405`… */
export type HttpErrorCode = `HTTP_${number}`;
export type ErrorCode = HttpErrorCode | CommonErrorCode | AuthErrorCode | PasswordResetErrorCode | AuditErrorCode | MailErrorCode | MembersErrorCode | CollegesErrorCode | PeopleErrorCode | MeetingsErrorCode | BoardErrorCode | MinutesErrorCode | AssembliesErrorCode | AssemblySessionErrorCode;
