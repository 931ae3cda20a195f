import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BoardMeeting, Language } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/actor';
import { reorder } from '../common/ordering';
import { commonError } from '../common/app-error';
import { fieldMessages } from '../common/field-labels';
import { MailService } from '../mail/mail.service';
import { AgendaItemDto, AgendaOrderDto, AttendanceDto, CreateMeetingDto, UpdateAgendaItemDto, UpdateMeetingDto } from './dto/meeting.dto';
import { LockedMeeting, lockMeeting, MEETINGS_STREAM, requireNotCancelled, requirePlanned, seatHolders } from './meeting-queries';
import { MeetingViewService } from './meeting-view.service';
import { meetingsError } from './meetings.errors';

const STREAM = MEETINGS_STREAM;

const meetingFields = (m: Pick<LockedMeeting, 'startsAt' | 'place' | 'videoUrl' | 'status'>) => ({
  startsAt: new Date(m.startsAt).toISOString(),
  place: m.place,
  videoUrl: m.videoUrl,
  status: m.status,
});

/** A meeting needs a place or a video link (or both). */
function requireWhere(place: string | null | undefined, videoUrl: string | null | undefined): void {
  if (place || videoUrl) return;
  const messages = { fr: 'Indiquez un lieu ou un lien de visioconférence (ou les deux).', en: 'Give a place or a video link (or both).' };
  throw commonError('VALIDATION_FAILED', {}, [{ field: 'place', messages: fieldMessages('place', messages) }]);
}

/** Board meetings: details and status, agenda, convocation, attendance. Each change audited in its transaction. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly view: MeetingViewService,
  ) {}

  async create(actor: Actor, dto: CreateMeetingDto): Promise<BoardMeeting> {
    requireWhere(dto.place, dto.videoUrl);
    const id = await this.ds.transaction(async (em) => {
      const [row] = await em.query<{ id: string }[]>(`INSERT INTO board_meetings (starts_at, place, video_url) VALUES ($1, $2, $3) RETURNING id`, [
        dto.startsAt,
        dto.place ?? null,
        dto.videoUrl ?? null,
      ]);
      const after = meetingFields({ startsAt: new Date(dto.startsAt), place: dto.place ?? null, videoUrl: dto.videoUrl ?? null, status: 'planned' });
      await this.audit.append(em, STREAM, actor, { action: 'board_meeting.created', targetType: 'board_meeting', targetId: row.id, after });
      return row.id;
    });
    return this.view.get(id);
  }

  /** Details change while the meeting is planned; its status goes from planned to held or cancelled. */
  async update(actor: Actor, id: string, dto: UpdateMeetingDto): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      const m = await lockMeeting(em, id);
      const before = meetingFields(m);
      const next = { ...before };
      if (dto.startsAt !== undefined) next.startsAt = new Date(dto.startsAt).toISOString();
      if (dto.place !== undefined) next.place = dto.place;
      if (dto.videoUrl !== undefined) next.videoUrl = dto.videoUrl;
      if (dto.status !== undefined) next.status = dto.status;
      if (JSON.stringify(next) === JSON.stringify(before)) return;
      requirePlanned(m);
      requireWhere(next.place, next.videoUrl);
      await em.query(`UPDATE board_meetings SET starts_at = $2, place = $3, video_url = $4, status = $5, updated_at = now() WHERE id = $1`, [
        id,
        next.startsAt,
        next.place,
        next.videoUrl,
        next.status,
      ]);
      await this.audit.append(em, STREAM, actor, { action: 'board_meeting.updated', targetType: 'board_meeting', targetId: id, before, after: next });
    });
    return this.view.get(id);
  }

  async addAgendaItem(actor: Actor, meetingId: string, dto: AgendaItemDto): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      requirePlanned(await lockMeeting(em, meetingId));
      const [row] = await em.query<{ id: string; position: number }[]>(
        `INSERT INTO board_agenda_items (meeting_id, position, title_fr, title_en)
         SELECT $1, coalesce(max(position), 0) + 1, $2, $3 FROM board_agenda_items WHERE meeting_id = $1 RETURNING id, position`,
        [meetingId, dto.titleFr, dto.titleEn],
      );
      await this.audit.append(em, STREAM, actor, {
        action: 'board_meeting.agenda_item_added',
        targetType: 'board_agenda_item',
        targetId: row.id,
        after: { meetingId, position: row.position, titleFr: dto.titleFr, titleEn: dto.titleEn },
      });
    });
    return this.view.get(meetingId);
  }

  async updateAgendaItem(actor: Actor, meetingId: string, itemId: string, dto: UpdateAgendaItemDto): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      requirePlanned(await lockMeeting(em, meetingId));
      const item = await this.item(em, meetingId, itemId);
      const after = { titleFr: dto.titleFr ?? item.titleFr, titleEn: dto.titleEn ?? item.titleEn };
      const before = { titleFr: item.titleFr, titleEn: item.titleEn };
      if (JSON.stringify(after) === JSON.stringify(before)) return;
      await em.query(`UPDATE board_agenda_items SET title_fr = $2, title_en = $3 WHERE id = $1`, [itemId, after.titleFr, after.titleEn]);
      await this.audit.append(em, STREAM, actor, { action: 'board_meeting.agenda_item_updated', targetType: 'board_agenda_item', targetId: itemId, before, after });
    });
    return this.view.get(meetingId);
  }

  /** Removes an item while the meeting is planned, with its documents and declared conflicts; not one carrying resolutions. */
  async removeAgendaItem(actor: Actor, meetingId: string, itemId: string): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      requirePlanned(await lockMeeting(em, meetingId));
      const item = await this.item(em, meetingId, itemId);
      const [{ n }] = await em.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM board_resolutions WHERE agenda_item_id = $1`, [itemId]);
      if (n > 0) throw meetingsError('AGENDA_ITEM_HAS_RESOLUTIONS');
      const docs = await em.query<{ id: string; fileName: string }[]>(`DELETE FROM board_documents WHERE agenda_item_id = $1 RETURNING id, file_name AS "fileName"`, [itemId]);
      await em.query(`DELETE FROM board_conflicts WHERE agenda_item_id = $1`, [itemId]);
      await em.query(`DELETE FROM board_agenda_items WHERE id = $1`, [itemId]);
      // Close the gap, keeping the order: positions above the removed one move down by one.
      await em.query(`UPDATE board_agenda_items SET position = -position WHERE meeting_id = $1 AND position > $2`, [meetingId, item.position]);
      await em.query(`UPDATE board_agenda_items SET position = -position - 1 WHERE meeting_id = $1 AND position < 0`, [meetingId]);
      await this.audit.append(em, STREAM, actor, {
        action: 'board_meeting.agenda_item_removed',
        targetType: 'board_agenda_item',
        targetId: itemId,
        before: { meetingId, position: item.position, titleFr: item.titleFr, titleEn: item.titleEn, documents: docs.map((d) => d.fileName) },
      });
    });
    return this.view.get(meetingId);
  }

  /** The agenda in a new order: every item named once. */
  async reorderAgenda(actor: Actor, meetingId: string, dto: AgendaOrderDto): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      requirePlanned(await lockMeeting(em, meetingId));
      const r = await reorder(em, 'board_agenda_items', meetingId, dto.itemIds);
      if (r === 'mismatch') throw meetingsError('AGENDA_ORDER_MISMATCH');
      if (r === 'unchanged') return;
      const { before } = r;
      await this.audit.append(em, STREAM, actor, { action: 'board_meeting.agenda_reordered', targetType: 'board_meeting', targetId: meetingId, before, after: dto.itemIds });
    });
    return this.view.get(meetingId);
  }

  /**
   * Sends the convocation: records when, and queues one message to each person holding a seat at
   * the meeting's date, in their language, in the same transaction (the outbox delivers them).
   */
  async sendConvocation(actor: Actor, meetingId: string): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      const m = await lockMeeting(em, meetingId);
      requirePlanned(m);
      if (m.convocationSentAt) throw meetingsError('CONVOCATION_ALREADY_SENT');
      const agenda = await em.query<{ titleFr: string; titleEn: string }[]>(
        `SELECT title_fr AS "titleFr", title_en AS "titleEn" FROM board_agenda_items WHERE meeting_id = $1 ORDER BY position`,
        [meetingId],
      );
      const recipients = await em.query<{ id: string; email: string; fullName: string; language: Language }[]>(
        `SELECT p.id, p.email, p.full_name AS "fullName", p.preferred_language AS language
           FROM people p WHERE p.active AND p.id = ANY($1::uuid[]) ORDER BY p.full_name`,
        [(await seatHolders(em, meetingId)).map((h) => h.personId)],
      );
      for (const r of recipients) {
        await this.mail.queue(em, {
          to: r.email,
          personId: r.id,
          template: 'board_convocation',
          language: r.language,
          params: {
            fullName: r.fullName,
            startsAt: new Date(m.startsAt).toISOString(),
            place: m.place,
            videoUrl: m.videoUrl,
            agendaFr: agenda.map((a) => a.titleFr),
            agendaEn: agenda.map((a) => a.titleEn),
            link: this.mail.link(`/board/meetings/${meetingId}`),
          },
        });
      }
      await em.query(`UPDATE board_meetings SET convocation_sent_at = now(), updated_at = now() WHERE id = $1`, [meetingId]);
      await this.audit.append(em, STREAM, actor, {
        action: 'board_meeting.convocation_sent',
        targetType: 'board_meeting',
        targetId: meetingId,
        after: { recipients: recipients.map((r) => r.id) },
      });
    });
    return this.view.get(meetingId);
  }

  /** Records attendance of seat holders (at the meeting's date); anyone else is refused. */
  async recordAttendance(actor: Actor, meetingId: string, dto: AttendanceDto): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      requireNotCancelled(await lockMeeting(em, meetingId));
      const holders = await seatHolders(em, meetingId);
      const byId = new Map(holders.map((h) => [h.personId, h]));
      const seen = new Set<string>();
      const changes: { personId: string; before: string | null; after: string }[] = [];
      for (const e of dto.entries) {
        const holder = byId.get(e.personId);
        if (!holder) {
          const [p] = await em.query<{ fullName: string }[]>(`SELECT full_name AS "fullName" FROM people WHERE id = $1`, [e.personId]);
          if (!p) throw meetingsError('PERSON_NOT_FOUND');
          throw meetingsError('NOT_A_SEAT_HOLDER', { name: p.fullName });
        }
        if (seen.has(e.personId)) throw commonError('VALIDATION_FAILED', {}, [{ field: 'entries', messages: fieldMessages('entries', { fr: 'Chaque personne une seule fois dans {field}.', en: 'Each person only once in {field}.' }) }]);
        seen.add(e.personId);
        if (holder.status !== e.status) changes.push({ personId: e.personId, before: holder.status, after: e.status });
      }
      if (changes.length === 0) return;
      await em.query(
        `INSERT INTO board_attendance (meeting_id, person_id, status)
         SELECT $1, x.person_id, x.status FROM unnest($2::uuid[], $3::varchar[]) AS x(person_id, status)
         ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = EXCLUDED.status, recorded_at = now()`,
        [meetingId, changes.map((c) => c.personId), changes.map((c) => c.after)],
      );
      await this.audit.append(em, STREAM, actor, { action: 'board_meeting.attendance_recorded', targetType: 'board_meeting', targetId: meetingId, after: { changes } });
    });
    return this.view.get(meetingId);
  }

  private async item(em: EntityManager, meetingId: string, itemId: string): Promise<{ position: number; titleFr: string; titleEn: string }> {
    const [item] = await em.query<{ position: number; titleFr: string; titleEn: string }[]>(
      `SELECT position, title_fr AS "titleFr", title_en AS "titleEn" FROM board_agenda_items WHERE id = $1 AND meeting_id = $2 FOR UPDATE`,
      [itemId, meetingId],
    );
    if (!item) throw meetingsError('AGENDA_ITEM_NOT_FOUND');
    return item;
  }
}
