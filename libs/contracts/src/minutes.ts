/** Minutes (procès-verbaux) and errata: drafted, submitted, adopted, signed, published (issue 7). */
export const MINUTES_KINDS = ['minutes', 'erratum'] as const;
export type MinutesKind = (typeof MINUTES_KINDS)[number];

export const MINUTES_STATUSES = ['draft', 'submitted', 'adopted', 'published'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** Who signs adopted minutes: the président·e and the secretary. */
export const SIGNATURE_ROLES = ['president', 'secretary'] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];

/** "CA-2026-014": a board resolution's public label (board, year, number on three digits). */
export function resolutionLabel(year: number, number: number): string {
  return `CA-${year}-${String(number).padStart(3, '0')}`;
}

/** What the portal recorded of a meeting, as the minutes freeze it at submission. */
export interface MinutesRecord {
  meeting: { id: string; startsAt: string; place: string | null; videoUrl: string | null };
  agenda: { position: number; titleFr: string; titleEn: string }[];
  attendance: { personId: string; name: string; status: 'present' | 'absent' | 'excused'; seatHolder: boolean }[];
  /** Present seat holders against the seats filled on the meeting's date (majority of seats filled). */
  quorum: MinutesQuorum;
  resolutions: {
    id: string;
    label: string | null;
    agendaPosition: number | null;
    textFr: string;
    textEn: string;
    status: 'proposed' | 'adopted' | 'rejected';
    decisionMode: 'vote' | 'consensus';
    mover: string;
    seconder: string;
    votes: { for: number; against: number; abstain: number };
  }[];
  conflicts: { name: string; agendaPosition: number; note: string | null }[];
}

export interface MinutesQuorum {
  present: number;
  seatsFilled: number;
  required: number;
  reached: boolean;
}

export interface MinutesSignature {
  role: SignatureRole;
  personId: string;
  signerName: string;
  signedAt: string;
}

export interface MinutesAdoption {
  resolutionId: string;
  label: string;
  meetingId: string;
  meetingStartsAt: string;
  adoptedAt: string;
}

export interface MinutesFileInfo {
  language: 'fr' | 'en';
  sha256: string;
  sizeBytes: number;
}

/** One line of the board's list of minutes. */
export interface MinutesSummary {
  id: string;
  kind: MinutesKind;
  status: MinutesStatus;
  meetingId: string;
  meetingStartsAt: string;
  meetingPlace: string | null;
  correctsId: string | null;
  signatures: number;
  publishedAt: string | null;
  updatedAt: string;
}

export interface MinutesDetail extends MinutesSummary {
  bodyFr: string;
  bodyEn: string;
  /** Frozen at submission; for a draft, what the portal records now (a preview). */
  record: MinutesRecord;
  submittedAt: string | null;
  adoption: MinutesAdoption | null;
  signatureList: MinutesSignature[];
  contentSha256: string | null;
  auditHeads: { stream: string; seq: number; hash: string }[] | null;
  files: MinutesFileInfo[];
  errata: { id: string; status: MinutesStatus; publishedAt: string | null }[];
  /** Who may sign: the current président·e and secretary (null when the office is vacant). */
  signers: { president: string | null; secretary: string | null };
  /** The roles the caller may still sign for. */
  canSignAs: SignatureRole[];
}

/** A meeting that may get minutes: held (in the past), not cancelled, without minutes yet. */
export interface MinutesMeetingOption {
  id: string;
  startsAt: string;
  place: string | null;
}

/** An adopted resolution of a later meeting that could record the adoption. */
export interface AdoptionCandidate {
  id: string;
  label: string;
  textFr: string;
  textEn: string;
  meetingId: string;
  meetingStartsAt: string;
  quorumReached: boolean;
}

export interface CreateMinutesRequest {
  meetingId: string;
}
export interface UpdateMinutesRequest {
  bodyFr?: string;
  bodyEn?: string;
}
export interface AdoptMinutesRequest {
  resolutionId: string;
}
export interface SignMinutesRequest {
  password: string;
  role?: SignatureRole;
}

/** The public archive: published minutes and adopted resolutions of published meetings. */
export type ArchiveHitKind = 'minutes' | 'resolution';
export interface ArchiveHit {
  kind: ArchiveHitKind;
  minutesId: string;
  minutesKind: MinutesKind;
  resolutionId: string | null;
  label: string | null;
  meetingStartsAt: string;
  textFr: string;
  textEn: string;
}
export interface ArchiveQuery {
  q?: string;
  year?: number;
  number?: number;
  page?: number;
  pageSize?: number;
}

/** A published minutes page, as the public reads it. */
export interface PublicMinutes {
  id: string;
  kind: MinutesKind;
  meetingStartsAt: string;
  meetingPlace: string | null;
  bodyFr: string;
  bodyEn: string;
  record: MinutesRecord;
  adoption: MinutesAdoption;
  signatures: MinutesSignature[];
  publishedAt: string;
  contentSha256: string;
  files: MinutesFileInfo[];
  corrects: { id: string; meetingStartsAt: string } | null;
  errata: { id: string; publishedAt: string }[];
}

/** The digest recomputed from what the database holds now. */
export interface MinutesVerification {
  ok: boolean;
  storedSha256: string;
  computedSha256: string;
  /** The digest the audit log recorded at publication (its hash chain protects it). */
  auditedSha256: string | null;
  contentMatches: boolean;
  auditMatches: boolean;
  files: { language: 'fr' | 'en'; storedSha256: string; computedSha256: string; matches: boolean }[];
}
