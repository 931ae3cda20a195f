import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  boardResolutionLabel,
  type BoardActionItem,
  type BoardAgendaItem,
  type BoardConflict,
  type BoardDocument,
  type BoardMeeting,
  type BoardMeetingSummary,
  type BoardResolution,
  type BoardResolutionVote,
} from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { meetingQuorum, seatHolders } from './meeting-queries';
import { meetingsError } from './meetings.errors';

const SUMMARY = `
  SELECT m.id, m.starts_at AS "startsAt", m.place, m.video_url AS "videoUrl", m.status, m.convocation_sent_at AS "convocationSentAt",
         (SELECT count(*) FROM board_agenda_items i WHERE i.meeting_id = m.id)::int AS "agendaItemCount"
    FROM board_meetings m`;

interface SummaryRow extends Omit<BoardMeetingSummary, 'startsAt' | 'convocationSentAt'> {
  startsAt: Date;
  convocationSentAt: Date | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const summary = (r: SummaryRow): BoardMeetingSummary => ({ ...r, startsAt: r.startsAt.toISOString(), convocationSentAt: iso(r.convocationSentAt) });

export const ACTION_ITEM_SELECT = `
  SELECT ai.id, ai.meeting_id AS "meetingId", m.starts_at AS "meetingStartsAt", ai.description, ai.owner_id AS "ownerId", p.full_name AS "ownerName",
         to_char(ai.due_on, 'YYYY-MM-DD') AS "dueOn", ai.status
    FROM board_action_items ai JOIN board_meetings m ON m.id = ai.meeting_id JOIN people p ON p.id = ai.owner_id`;

export type ActionItemRow = Omit<BoardActionItem, 'meetingStartsAt'> & { meetingStartsAt: Date };

export function toActionItem(r: ActionItemRow): BoardActionItem {
  return { ...r, meetingStartsAt: r.meetingStartsAt.toISOString() };
}

/** What the meeting screen shows: the meeting, its agenda and documents, attendance and quorum, resolutions, conflicts, action items. */
@Injectable()
export class MeetingViewService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async list(): Promise<BoardMeetingSummary[]> {
    const rows = await this.ds.query<SummaryRow[]>(`${SUMMARY} ORDER BY m.starts_at DESC, m.id LIMIT 500`);
    return rows.map(summary);
  }

  async get(id: string, em: EntityManager = this.ds.manager): Promise<BoardMeeting> {
    const [row] = await em.query<SummaryRow[]>(`${SUMMARY} WHERE m.id = $1`, [id]);
    if (!row) throw meetingsError('MEETING_NOT_FOUND');
    const attendance = await seatHolders(em, id);
    const actionItems = await em.query<ActionItemRow[]>(`${ACTION_ITEM_SELECT} WHERE ai.meeting_id = $1 ORDER BY ai.created_at, ai.id`, [id]);
    return {
      ...summary(row),
      agenda: await this.agenda(em, id),
      attendance,
      quorum: await meetingQuorum(em, attendance),
      resolutions: await this.resolutions(em, id),
      conflicts: await this.conflicts(em, id),
      actionItems: actionItems.map(toActionItem),
    };
  }

  private async agenda(em: EntityManager, meetingId: string): Promise<BoardAgendaItem[]> {
    const items = await em.query<Omit<BoardAgendaItem, 'documents'>[]>(
      `SELECT id, position, title_fr AS "titleFr", title_en AS "titleEn" FROM board_agenda_items WHERE meeting_id = $1 ORDER BY position`,
      [meetingId],
    );
    const docs = await em.query<(Omit<BoardDocument, 'createdAt'> & { createdAt: Date })[]>(
      `SELECT d.id, d.agenda_item_id AS "agendaItemId", d.file_name AS "fileName", d.media_type AS "mediaType", d.size_bytes AS "sizeBytes", d.sha256, d.created_at AS "createdAt"
         FROM board_documents d JOIN board_agenda_items i ON i.id = d.agenda_item_id WHERE i.meeting_id = $1 ORDER BY d.created_at, d.id`,
      [meetingId],
    );
    return items.map((i) => ({ ...i, documents: docs.filter((d) => d.agendaItemId === i.id).map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })) }));
  }

  private async conflicts(em: EntityManager, meetingId: string): Promise<BoardConflict[]> {
    const rows = await em.query<(Omit<BoardConflict, 'declaredAt'> & { declaredAt: Date })[]>(
      `SELECT c.id, c.agenda_item_id AS "agendaItemId", c.person_id AS "personId", p.full_name AS "fullName", c.note, c.declared_at AS "declaredAt"
         FROM board_conflicts c JOIN board_agenda_items i ON i.id = c.agenda_item_id JOIN people p ON p.id = c.person_id
        WHERE i.meeting_id = $1 ORDER BY i.position, p.full_name`,
      [meetingId],
    );
    return rows.map((r) => ({ ...r, declaredAt: r.declaredAt.toISOString() }));
  }

  private async resolutions(em: EntityManager, meetingId: string): Promise<BoardResolution[]> {
    const rows = await em.query<(Omit<BoardResolution, 'votes' | 'counts' | 'label' | 'decidedAt'> & { decidedAt: Date | null })[]>(
      `SELECT r.id, r.meeting_id AS "meetingId", r.agenda_item_id AS "agendaItemId", r.text_fr AS "textFr", r.text_en AS "textEn",
              r.mover_id AS "moverId", mv.full_name AS "moverName", r.seconder_id AS "seconderId", sc.full_name AS "seconderName",
              r.decision_mode AS "decisionMode", r.status, r.year, r.number, r.decided_at AS "decidedAt"
         FROM board_resolutions r JOIN people mv ON mv.id = r.mover_id JOIN people sc ON sc.id = r.seconder_id
        WHERE r.meeting_id = $1 ORDER BY r.created_at, r.id`,
      [meetingId],
    );
    const votes = await em.query<(BoardResolutionVote & { resolutionId: string })[]>(
      `SELECT v.resolution_id AS "resolutionId", v.person_id AS "personId", p.full_name AS "fullName", v.choice
         FROM board_resolution_votes v JOIN board_resolutions r ON r.id = v.resolution_id JOIN people p ON p.id = v.person_id
        WHERE r.meeting_id = $1 ORDER BY p.full_name, p.id`,
      [meetingId],
    );
    return rows.map((r) => {
      const mine = votes.filter((v) => v.resolutionId === r.id).map(({ personId, fullName, choice }) => ({ personId, fullName, choice }));
      return {
        ...r,
        label: r.year !== null && r.number !== null ? boardResolutionLabel(r.year, r.number) : null,
        decidedAt: iso(r.decidedAt),
        votes: mine,
        counts: { for: mine.filter((v) => v.choice === 'for').length, against: mine.filter((v) => v.choice === 'against').length, abstain: mine.filter((v) => v.choice === 'abstain').length },
      };
    });
  }
}
