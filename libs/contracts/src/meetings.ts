/** Board meetings: agenda, documents, attendance, quorum, resolutions, conflicts, action items (issue 7). */
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const ATTENDANCE_STATUSES = ['present', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** A board resolution is decided by a recorded vote or by consensus. */
export const DECISION_MODES = ['vote', 'consensus'] as const;
export type DecisionMode = (typeof DECISION_MODES)[number];

export const RESOLUTION_STATUSES = ['proposed', 'adopted', 'rejected'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];

export const BOARD_VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type BoardVoteChoice = (typeof BOARD_VOTE_CHOICES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/** How the board's quorum is set in the bylaws: a majority of the seats filled, a number of members, or a percentage of the seats filled. */
export const BOARD_QUORUM_TYPES = ['majority', 'count', 'percent'] as const;
export type BoardQuorumType = (typeof BOARD_QUORUM_TYPES)[number];

/** The label of an adopted board resolution: CA-2026-014. */
export function boardResolutionLabel(year: number, number: number): string {
  return `CA-${year}-${String(number).padStart(3, '0')}`;
}

/** Office files and PDF accepted as meeting documents (their type is read from their content). */
export const BOARD_DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
export const BOARD_DOCUMENT_KINDS = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'doc', 'xls'] as const;
export type BoardDocumentKind = (typeof BOARD_DOCUMENT_KINDS)[number];

export interface BoardMeetingSummary {
  id: string;
  startsAt: string;
  place: string | null;
  videoUrl: string | null;
  status: MeetingStatus;
  convocationSentAt: string | null;
  agendaItemCount: number;
}

export interface BoardDocument {
  id: string;
  agendaItemId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export interface BoardAgendaItem {
  id: string;
  position: number;
  titleFr: string;
  titleEn: string;
  documents: BoardDocument[];
}

/** A person holding a seat at the meeting's date, and their attendance (null: not recorded). */
export interface BoardAttendanceRow {
  personId: string;
  fullName: string;
  status: AttendanceStatus | null;
}

export interface BoardQuorum {
  seatsFilled: number;
  present: number;
  required: number;
  met: boolean;
  type: BoardQuorumType;
  value: number;
}

export interface BoardConflict {
  id: string;
  agendaItemId: string;
  personId: string;
  fullName: string;
  note: string | null;
  declaredAt: string;
}

export interface BoardResolutionVote {
  personId: string;
  fullName: string;
  choice: BoardVoteChoice;
}

export interface BoardResolution {
  id: string;
  meetingId: string;
  agendaItemId: string | null;
  textFr: string;
  textEn: string;
  moverId: string;
  moverName: string;
  seconderId: string;
  seconderName: string;
  decisionMode: DecisionMode;
  status: ResolutionStatus;
  year: number | null;
  number: number | null;
  /** CA-2026-014 once adopted. */
  label: string | null;
  decidedAt: string | null;
  votes: BoardResolutionVote[];
  counts: Record<BoardVoteChoice, number>;
}

export interface BoardActionItem {
  id: string;
  meetingId: string;
  meetingStartsAt: string;
  description: string;
  ownerId: string;
  ownerName: string;
  dueOn: string | null;
  status: ActionItemStatus;
}

export interface BoardMeeting extends BoardMeetingSummary {
  agenda: BoardAgendaItem[];
  attendance: BoardAttendanceRow[];
  quorum: BoardQuorum;
  resolutions: BoardResolution[];
  conflicts: BoardConflict[];
  actionItems: BoardActionItem[];
}

export interface BoardMeetingRequest {
  /** ISO date-time with offset. */
  startsAt: string;
  place?: string | null;
  videoUrl?: string | null;
}

export interface BoardMeetingUpdateRequest extends Partial<BoardMeetingRequest> {
  status?: MeetingStatus;
}

export interface AgendaItemRequest {
  titleFr: string;
  titleEn: string;
}

export interface AgendaOrderRequest {
  itemIds: string[];
}

export interface AttendanceRequest {
  entries: { personId: string; status: AttendanceStatus }[];
}

export interface ConflictRequest {
  agendaItemId: string;
  personId: string;
  note?: string | null;
}

export interface ResolutionRequest {
  agendaItemId?: string | null;
  textFr: string;
  textEn: string;
  moverId: string;
  seconderId: string;
  decisionMode: DecisionMode;
}

/** By vote: each voting member's choice; by consensus: the outcome. */
export interface ResolutionDecisionRequest {
  votes?: { personId: string; choice: BoardVoteChoice }[];
  outcome?: 'adopted' | 'rejected';
}

export interface ActionItemRequest {
  description: string;
  ownerId: string;
  dueOn?: string | null;
}

export interface ActionItemStatusRequest {
  status: ActionItemStatus;
}
