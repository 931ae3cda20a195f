import type { ElectionMethod, Language, MemberKind, QuorumType, Region, Sector, Standing, VoteWeighting } from './reference';
import type { Role } from './roles';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface College {
  id: string;
  code: string;
  nameFr: string;
  nameEn: string;
  seatCount: number;
  sortOrder: number;
  memberCount: number;
}

export interface CollegeRequest {
  code: string;
  nameFr: string;
  nameEn: string;
  seatCount: number;
  sortOrder?: number;
}

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
}

export interface SuspendMemberRequest {
  reason: string;
}

export interface MemberQuery {
  q?: string;
  collegeId?: string;
  region?: Region;
  sector?: Sector;
  standing?: Standing;
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

export interface BylawSettings {
  noticePeriodDays: number;
  quorumType: QuorumType;
  quorumValue: number;
  proxiesAllowed: boolean;
  maxProxiesPerDelegate: number;
  delegatesPerMember: number;
  voteWeighting: VoteWeighting;
  termLengthYears: number;
  staggeredTerms: boolean;
  youthReservedSeats: number;
  youthMaxAge: number;
  electionMethod: ElectionMethod;
  updatedAt: string;
}

export type BylawSettingsRequest = Partial<Omit<BylawSettings, 'updatedAt'>>;

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

export interface DashboardSummary {
  memberCount: number;
  byStanding: Record<Standing, number>;
  collegeCount: number;
  seatCount: number;
  delegateCount: number;
  youthDelegateCount: number;
}
