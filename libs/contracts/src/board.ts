/** The board register: seats by college, terms, officers (issue 7). */
export const BOARD_OFFICES = ['president', 'vice_president', 'secretary', 'treasurer'] as const;
export type BoardOffice = (typeof BOARD_OFFICES)[number];

export const BOARD_ERROR_CODES = [
  'SEAT_NOT_FOUND',
  'TERM_NOT_FOUND',
  'OFFICER_NOT_FOUND',
  'PERSON_NOT_FOUND',
  'PERSON_INACTIVE',
  'SEAT_WITHDRAWN',
  'SEAT_TERM_OVERLAP',
  'PERSON_HOLDS_SEAT',
  'HOLDER_NOT_YOUTH',
  'YOUTH_SEATS_FULL',
  'TERM_ALREADY_ENDED',
  'NOT_BOARD_MEMBER',
  'ALREADY_OFFICER',
  'OFFICER_ALREADY_ENDED',
  'OFFICE_TAKEN',
] as const;
export type BoardErrorCode = (typeof BOARD_ERROR_CODES)[number];

/** A term on a seat: from `startsOn` (inclusive) to `endedOn` when it ended early, else `endsOn` (exclusive). */
export interface BoardTerm {
  id: string;
  personId: string;
  fullName: string;
  startsOn: string;
  endsOn: string;
  endedOn: string | null;
}

/** A seat as the public register shows it. */
export interface BoardSeat {
  id: string;
  number: number;
  youthReserved: boolean;
  /** Above its college's seat count today: kept for its history, never vacant. */
  withdrawn: boolean;
  /** The current term, or null when the seat is vacant. */
  current: BoardTerm | null;
  /** A term starting later (an elected successor), if any. */
  next: BoardTerm | null;
  vacant: boolean;
}

export interface BoardCollege {
  id: string;
  code: string;
  nameFr: string;
  nameEn: string;
  seatCount: number;
  seats: BoardSeat[];
  filled: number;
  vacant: number;
}

export interface BoardOfficer {
  id: string;
  office: BoardOffice;
  personId: string;
  fullName: string;
  startsOn: string;
  /** Still holds a seat today (an officer whose term ran out is flagged for the secretary). */
  holdsSeat: boolean;
}

/** The current board: seats by college, officers, counts (GET /api/board, public). */
export interface BoardRegister {
  colleges: BoardCollege[];
  officers: BoardOfficer[];
  filled: number;
  vacant: number;
  /** Seats marked youth-reserved now, and how many the bylaw settings allow. */
  youthReserved: number;
  youthReservedLimit: number;
  termLengthYears: number;
  /** Today as the register counts days (YYYY-MM-DD). */
  today: string;
}

/** A seat and every term it has had, newest first (GET /api/board/seats/{id}, public). */
export interface BoardSeatHistory {
  seat: BoardSeat & { collegeId: string; collegeNameFr: string; collegeNameEn: string };
  terms: BoardTerm[];
}

/** A person the secretary may name to a seat (GET /api/board/candidates). */
export interface BoardCandidate {
  id: string;
  fullName: string;
  /** Youth this year, by the settings' youth age limit. */
  youth: boolean;
  /** Holds a seat today. */
  holdsSeat: boolean;
}

export interface AssignTermRequest {
  personId: string;
  startsOn: string;
  /** Defaults to startsOn plus the settings' term length. */
  endsOn?: string;
}

export interface EndTermRequest {
  /** Defaults to today. */
  endedOn?: string;
}

export interface CorrectTermRequest {
  endsOn: string;
}

export interface UpdateSeatRequest {
  youthReserved: boolean;
}

export interface NameOfficerRequest {
  office: BoardOffice;
  personId: string;
}

/** A board member's own seat, for the dashboard. */
export interface MyBoardSeat {
  collegeNameFr: string;
  collegeNameEn: string;
  number: number;
  startsOn: string;
  endsOn: string;
  offices: BoardOffice[];
}
