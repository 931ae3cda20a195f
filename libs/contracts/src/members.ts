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
