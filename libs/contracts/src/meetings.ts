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
