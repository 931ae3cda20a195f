import type { MemberKind, Region, Sector, Standing } from './reference';

export interface Member {
  id: string;
  legalName: string;
  /** Québec enterprise number (NEQ), 10 digits, when known. */
  neq: string | null;
  kind: MemberKind;
  sector: Sector;
  region: Region;
  collegeId: string;
  collegeCode: string;
  /** Derived: suspended by the administrator, lapsed when dues are not paid up to today. */
  standing: Standing;
  suspended: boolean;
  duesPaidUntil: string | null; // YYYY-MM-DD
  city: string | null;
  address: string | null;
  /** Canadian postal code, normalised "H2X 1Y4". */
  postalCode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  delegateCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface MemberRequest {
  legalName: string;
  neq?: string | null;
  kind: MemberKind;
  sector: Sector;
  region: Region;
  collegeId: string;
  duesPaidUntil?: string | null;
  city?: string | null;
  address?: string | null;
  postalCode?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}

/** The fields a member's own delegates may keep up to date (and nothing else). */
export const MEMBER_CONTACT_FIELDS = ['address', 'postalCode', 'phone', 'email', 'website'] as const;
export type MemberContactField = (typeof MEMBER_CONTACT_FIELDS)[number];
export type MemberContactRequest = Partial<Record<MemberContactField, string | null>>;

export interface SuspendMemberRequest {
  reason: string;
}

/** Columns the directory sorts by. */
export const MEMBER_SORTS = ['name', 'college', 'region', 'standing', 'dues'] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export interface MemberQuery {
  q?: string;
  collegeId?: string;
  region?: Region;
  sector?: Sector;
  standing?: Standing;
  sort?: MemberSort;
  dir?: SortDirection;
  page?: number;
  pageSize?: number;
}

export interface Delegate {
  id: string;
  memberId: string;
  personId: string;
  fullName: string;
  email: string;
  isYouth: boolean;
  designatedAt: string;
}

export interface DesignateDelegateRequest {
  personId: string;
}

export interface ImportRejectedRow {
  /** 1-based line number in the file, header being line 1. */
  line: number;
  errors: string[];
}

export interface ImportReport {
  /** True when every row was valid and all were created; nothing is created otherwise. */
  imported: boolean;
  totalRows: number;
  createdCount: number;
  rejected: ImportRejectedRow[];
}

export const DELEGATE_REQUEST_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type DelegateRequestStatus = (typeof DELEGATE_REQUEST_STATUSES)[number];

/** A delegate asks to add a delegate to their organization, or to replace one of its delegates. */
export interface DelegateRequestCreate {
  fullName: string;
  email: string;
  birthYear?: number | null;
  /** The current designation to end on approval; absent to add a delegate. */
  replacesDelegateId?: string | null;
}

export interface DelegateRequest {
  id: string;
  memberId: string;
  memberLegalName: string;
  fullName: string;
  email: string;
  birthYear: number | null;
  replacesDelegateId: string | null;
  replacesFullName: string | null;
  status: DelegateRequestStatus;
  rejectionReason: string | null;
  requestedByName: string;
  createdAt: string;
  decidedAt: string | null;
}

export interface RejectDelegateRequest {
  reason: string;
}
