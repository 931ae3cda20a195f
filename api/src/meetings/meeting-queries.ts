import { FEDERATION_TIME_ZONE, type BoardAttendanceRow, type BoardQuorum, type MeetingStatus } from '@concerto/contracts';
import { boardQuorum } from '@concerto/domain';
import type { EntityManager } from 'typeorm';
import { meetingsError } from './meetings.errors';

/** The audit stream of board meetings, their resolutions and action items. */
export const MEETINGS_STREAM = 'board-meetings';

/** The meeting's local date, as SQL over a `board_meetings` alias. */
export const MEETING_DATE_SQL = (alias: string) => `(${alias}.starts_at AT TIME ZONE '${FEDERATION_TIME_ZONE}')::date`;

export interface LockedMeeting {
  id: string;
  status: MeetingStatus;
  startsAt: Date;
  place: string | null;
  videoUrl: string | null;
  convocationSentAt: Date | null;
}

/**
 * The meeting row, locked for the rest of the transaction: `update` for changes to the meeting
 * and what depends on who is present (attendance, conflicts); `share` for decisions, which may
 * run side by side but never while attendance or conflicts change.
 */
export async function lockMeeting(em: EntityManager, id: string, mode: 'update' | 'share' = 'update'): Promise<LockedMeeting> {
  const [row] = await em.query<LockedMeeting[]>(
    `SELECT id, status, starts_at AS "startsAt", place, video_url AS "videoUrl", convocation_sent_at AS "convocationSentAt"
       FROM board_meetings WHERE id = $1 FOR ${mode === 'update' ? 'UPDATE' : 'SHARE'}`,
    [id],
  );
  if (!row) throw meetingsError('MEETING_NOT_FOUND');
  return row;
}

export function requireNotCancelled(m: LockedMeeting): void {
  if (m.status === 'cancelled') throw meetingsError('MEETING_CANCELLED');
}

export function requirePlanned(m: LockedMeeting): void {
  if (m.status !== 'planned') throw meetingsError('MEETING_NOT_PLANNED');
}

/**
 * The people holding a seat at the meeting's date (a term started on or before it, not ended
 * at it: vacancies and ended terms are left out), with their attendance if recorded.
 */
export async function seatHolders(em: EntityManager, meetingId: string): Promise<BoardAttendanceRow[]> {
  return em.query<BoardAttendanceRow[]>(
    `SELECT p.id AS "personId", p.full_name AS "fullName", a.status
       FROM board_meetings m
       JOIN board_terms bt ON bt.starts_on <= ${MEETING_DATE_SQL('m')} AND ${MEETING_DATE_SQL('m')} < COALESCE(bt.ended_on, bt.ends_on)
       JOIN people p ON p.id = bt.person_id
       LEFT JOIN board_attendance a ON a.meeting_id = m.id AND a.person_id = p.id
      WHERE m.id = $1
      ORDER BY p.full_name, p.id`,
    [meetingId],
  );
}

/** The quorum of the meeting from its seat holders and the bylaw settings. */
export async function meetingQuorum(em: EntityManager, holders: BoardAttendanceRow[]): Promise<BoardQuorum> {
  const [s] = await em.query<{ type: BoardQuorum['type']; value: number }[]>(`SELECT board_quorum_type AS type, board_quorum_value AS value FROM bylaw_settings WHERE id = 1`);
  const present = holders.filter((h) => h.status === 'present').length;
  const { required, met } = boardQuorum(holders.length, present, s);
  return { seatsFilled: holders.length, present, required, met, type: s.type, value: s.value };
}

/** The person's name, for messages; 404 when there is no such person. */
export async function personName(em: EntityManager, personId: string): Promise<string> {
  const [p] = await em.query<{ fullName: string }[]>(`SELECT full_name AS "fullName" FROM people WHERE id = $1`, [personId]);
  if (!p) throw meetingsError('PERSON_NOT_FOUND');
  return p.fullName;
}
