import { resolutionLabel, type MinutesQuorum, type MinutesRecord } from '@concerto/contracts';
import type { EntityManager } from 'typeorm';
import { MEETING_DATE_SQL, meetingQuorum as boardMeetingQuorum, seatHolders } from '../meetings/meeting-queries';

/** The meeting's calendar date, as SQL, for the seats filled "at its date". */
const MEETING_DATE = MEETING_DATE_SQL;

/** The meeting's quorum as the meeting screen computes it (seats filled at its date, the bylaw rule). */
export async function meetingQuorum(em: EntityManager, meetingId: string): Promise<MinutesQuorum> {
  const q = await boardMeetingQuorum(em, await seatHolders(em, meetingId));
  return { present: q.present, seatsFilled: q.seatsFilled, required: q.required, reached: q.met };
}

interface ResolutionRow {
  id: string;
  year: number | null;
  number: number | null;
  position: number | null;
  text_fr: string;
  text_en: string;
  status: 'proposed' | 'adopted' | 'rejected';
  decision_mode: 'vote' | 'consensus';
  mover: string;
  seconder: string;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
}

/** Everything the portal recorded of a meeting: what the minutes are drafted from, and frozen into. */
export async function gatherRecord(em: EntityManager, meetingId: string): Promise<MinutesRecord> {
  const [meeting] = await em.query<{ id: string; starts_at: Date; place: string | null; video_url: string | null }[]>(
    `SELECT id, starts_at, place, video_url FROM board_meetings WHERE id = $1`,
    [meetingId],
  );
  const agenda = await em.query<{ position: number; title_fr: string; title_en: string }[]>(
    `SELECT position, title_fr, title_en FROM board_agenda_items WHERE meeting_id = $1 ORDER BY position`,
    [meetingId],
  );
  const attendance = await em.query<{ person_id: string; name: string; status: 'present' | 'absent' | 'excused'; seat_holder: boolean }[]>(
    `SELECT a.person_id, p.full_name AS name, a.status,
            EXISTS (SELECT 1 FROM board_terms t WHERE t.person_id = a.person_id
                     AND t.starts_on <= ${MEETING_DATE('m')} AND ${MEETING_DATE('m')} < COALESCE(t.ended_on, t.ends_on)) AS seat_holder
       FROM board_attendance a JOIN people p ON p.id = a.person_id JOIN board_meetings m ON m.id = a.meeting_id
      WHERE a.meeting_id = $1 ORDER BY p.full_name, a.person_id`,
    [meetingId],
  );
  const resolutions = await em.query<ResolutionRow[]>(
    `SELECT r.id, r.year, r.number, i.position, r.text_fr, r.text_en, r.status, r.decision_mode,
            mv.full_name AS mover, sc.full_name AS seconder,
            (SELECT count(*) FROM board_resolution_votes v WHERE v.resolution_id = r.id AND v.choice = 'for')::int AS votes_for,
            (SELECT count(*) FROM board_resolution_votes v WHERE v.resolution_id = r.id AND v.choice = 'against')::int AS votes_against,
            (SELECT count(*) FROM board_resolution_votes v WHERE v.resolution_id = r.id AND v.choice = 'abstain')::int AS votes_abstain
       FROM board_resolutions r
       JOIN people mv ON mv.id = r.mover_id JOIN people sc ON sc.id = r.seconder_id
       LEFT JOIN board_agenda_items i ON i.id = r.agenda_item_id
      WHERE r.meeting_id = $1
      ORDER BY i.position NULLS LAST, r.number NULLS LAST, r.created_at, r.id`,
    [meetingId],
  );
  const conflicts = await em.query<{ name: string; position: number; note: string | null }[]>(
    `SELECT p.full_name AS name, i.position, c.note
       FROM board_conflicts c JOIN board_agenda_items i ON i.id = c.agenda_item_id JOIN people p ON p.id = c.person_id
      WHERE i.meeting_id = $1 ORDER BY i.position, p.full_name`,
    [meetingId],
  );
  return {
    meeting: { id: meeting.id, startsAt: meeting.starts_at.toISOString(), place: meeting.place, videoUrl: meeting.video_url },
    agenda: agenda.map((a) => ({ position: a.position, titleFr: a.title_fr, titleEn: a.title_en })),
    attendance: attendance.map((a) => ({ personId: a.person_id, name: a.name, status: a.status, seatHolder: a.seat_holder })),
    quorum: await meetingQuorum(em, meetingId),
    resolutions: resolutions.map((r) => ({
      id: r.id,
      label: r.year !== null && r.number !== null ? resolutionLabel(r.year, r.number) : null,
      agendaPosition: r.position,
      textFr: r.text_fr,
      textEn: r.text_en,
      status: r.status,
      decisionMode: r.decision_mode,
      mover: r.mover,
      seconder: r.seconder,
      votes: { for: r.votes_for, against: r.votes_against, abstain: r.votes_abstain },
    })),
    conflicts: conflicts.map((c) => ({ name: c.name, agendaPosition: c.position, note: c.note })),
  };
}
