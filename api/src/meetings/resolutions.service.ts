import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { boardResolutionLabel, FEDERATION_TIME_ZONE, type BoardAttendanceRow, type BoardMeeting, type BoardVoteChoice, type ResolutionStatus } from '@concerto/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { requireSelfOrStaff } from '../common/access';
import type { Actor } from '../common/actor';
import { isUniqueViolation } from '../common/db-errors';
import { ConflictDto, DecisionDto, ResolutionDto } from './dto/meeting.dto';
import { lockMeeting, meetingQuorum, MEETINGS_STREAM, personName, requireNotCancelled, seatHolders } from './meeting-queries';
import { MeetingViewService } from './meeting-view.service';
import { meetingsError } from './meetings.errors';

/** Takes the next number of the year: one statement, serialized on the year's counter row. */
const NEXT_NUMBER = `INSERT INTO board_resolution_counters (year, last_number) VALUES ($1, 1)
  ON CONFLICT (year) DO UPDATE SET last_number = board_resolution_counters.last_number + 1 RETURNING last_number AS "number"`;

/**
 * Board resolutions (proposed by a present member, seconded by another, decided by a recorded
 * vote or by consensus while quorum holds, numbered per year when adopted) and declared conflicts
 * of interest (a conflicted member neither moves, seconds nor votes on the item's resolutions).
 */
@Injectable()
export class ResolutionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly view: MeetingViewService,
  ) {}

  async propose(actor: Actor, meetingId: string, dto: ResolutionDto): Promise<BoardMeeting> {
    if (dto.moverId === dto.seconderId) throw meetingsError('MOVER_IS_SECONDER');
    await this.ds.transaction(async (em) => {
      requireNotCancelled(await lockMeeting(em, meetingId, 'share'));
      const itemId = dto.agendaItemId ?? null;
      if (itemId) await this.requireItem(em, meetingId, itemId);
      const holders = await seatHolders(em, meetingId);
      const conflicted = itemId ? await this.conflicted(em, itemId) : new Set<string>();
      for (const personId of [dto.moverId, dto.seconderId]) await this.requirePresent(em, holders, conflicted, personId);
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO board_resolutions (meeting_id, agenda_item_id, text_fr, text_en, mover_id, seconder_id, decision_mode) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [meetingId, itemId, dto.textFr, dto.textEn, dto.moverId, dto.seconderId, dto.decisionMode],
      );
      await this.audit.append(em, MEETINGS_STREAM, actor, {
        action: 'board_resolution.proposed',
        targetType: 'board_resolution',
        targetId: row.id,
        after: { meetingId, agendaItemId: itemId, textFr: dto.textFr, textEn: dto.textEn, moverId: dto.moverId, seconderId: dto.seconderId, decisionMode: dto.decisionMode },
      });
    });
    return this.view.get(meetingId);
  }

  /**
   * Decides a proposed resolution while quorum holds: by vote (each present member without a
   * conflict on the item votes at most once; adopted when more for than against) or by consensus.
   * Adopted, it takes the year's next number; status, year, number and date are set in one
   * update (the database refuses any later change of a decided resolution).
   */
  async decide(actor: Actor, meetingId: string, resolutionId: string, dto: DecisionDto): Promise<BoardMeeting> {
    await this.decisionRace(() =>
      this.ds.transaction(async (em) => {
        const meeting = await lockMeeting(em, meetingId, 'share');
        requireNotCancelled(meeting);
        const [r] = await em.query<{ status: ResolutionStatus; decisionMode: string; agendaItemId: string | null }[]>(
          `SELECT status, decision_mode AS "decisionMode", agenda_item_id AS "agendaItemId" FROM board_resolutions WHERE id = $1 AND meeting_id = $2 FOR UPDATE`,
          [resolutionId, meetingId],
        );
        if (!r) throw meetingsError('RESOLUTION_NOT_FOUND');
        if (r.status !== 'proposed') throw meetingsError('RESOLUTION_DECIDED');
        const byVote = r.decisionMode === 'vote';
        if (byVote ? dto.outcome !== undefined || dto.votes === undefined : dto.votes !== undefined || dto.outcome === undefined) throw meetingsError('DECISION_MODE_MISMATCH');
        const holders = await seatHolders(em, meetingId);
        const quorum = await meetingQuorum(em, holders);
        if (!quorum.met) throw meetingsError('QUORUM_NOT_MET', { present: quorum.present, required: quorum.required });

        let status: 'adopted' | 'rejected';
        const counts: Record<BoardVoteChoice, number> = { for: 0, against: 0, abstain: 0 };
        if (byVote) {
          const votes = dto.votes ?? [];
          if (votes.length === 0) throw meetingsError('NO_VOTES');
          if (new Set(votes.map((v) => v.personId)).size !== votes.length) throw meetingsError('DUPLICATE_VOTE');
          const conflicted = r.agendaItemId ? await this.conflicted(em, r.agendaItemId) : new Set<string>();
          for (const v of votes) {
            await this.requirePresent(em, holders, conflicted, v.personId);
            counts[v.choice] += 1;
          }
          await em.query(
            `INSERT INTO board_resolution_votes (resolution_id, person_id, choice) SELECT $1, x.person_id, x.choice FROM unnest($2::uuid[], $3::varchar[]) AS x(person_id, choice)`,
            [resolutionId, votes.map((v) => v.personId), votes.map((v) => v.choice)],
          );
          status = counts.for > counts.against ? 'adopted' : 'rejected';
        } else {
          status = dto.outcome!;
        }

        // The year of the meeting (its local date), so that a meeting's resolutions share a year.
        const year = Number(new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: FEDERATION_TIME_ZONE }).format(new Date(meeting.startsAt)));
        const number = status === 'adopted' ? (await em.query<{ number: number }[]>(NEXT_NUMBER, [year]))[0].number : null;
        await em.query(`UPDATE board_resolutions SET status = $2, year = $3, number = $4, decided_at = now() WHERE id = $1`, [
          resolutionId,
          status,
          number === null ? null : year,
          number,
        ]);
        await this.audit.append(em, MEETINGS_STREAM, actor, {
          action: status === 'adopted' ? 'board_resolution.adopted' : 'board_resolution.rejected',
          targetType: 'board_resolution',
          targetId: resolutionId,
          after: { meetingId, status, label: number === null ? null : boardResolutionLabel(year, number), decisionMode: r.decisionMode, counts: byVote ? counts : null, votes: dto.votes ?? null },
        });
      }),
    );
    return this.view.get(meetingId);
  }

  /** A board member declares their own conflict on an item; the secretary or an administrator records anyone's. */
  async declareConflict(actor: Actor, meetingId: string, dto: ConflictDto): Promise<BoardMeeting> {
    await this.ds.transaction(async (em) => {
      await requireSelfOrStaff(em, actor, 'meetings.conflicts.declare', dto.personId);
      requireNotCancelled(await lockMeeting(em, meetingId));
      await this.requireItem(em, meetingId, dto.agendaItemId);
      const name = await personName(em, dto.personId);
      // Only a member of the board at the meeting's date has a vote to withhold.
      if (!(await seatHolders(em, meetingId)).some((h) => h.personId === dto.personId)) throw meetingsError('NOT_A_SEAT_HOLDER', { name });
      const [row] = await em.query<{ id: string }[]>(
        `INSERT INTO board_conflicts (agenda_item_id, person_id, note) VALUES ($1, $2, $3) ON CONFLICT (agenda_item_id, person_id) DO NOTHING RETURNING id`,
        [dto.agendaItemId, dto.personId, dto.note ?? null],
      );
      if (!row) throw meetingsError('CONFLICT_ALREADY_DECLARED');
      await this.audit.append(em, MEETINGS_STREAM, actor, {
        action: 'board_meeting.conflict_declared',
        targetType: 'board_conflict',
        targetId: row.id,
        after: { meetingId, agendaItemId: dto.agendaItemId, personId: dto.personId, note: dto.note ?? null },
      });
    });
    return this.view.get(meetingId);
  }

  private async requireItem(em: EntityManager, meetingId: string, itemId: string): Promise<void> {
    const [item] = await em.query<unknown[]>(`SELECT 1 FROM board_agenda_items WHERE id = $1 AND meeting_id = $2`, [itemId, meetingId]);
    if (!item) throw meetingsError('AGENDA_ITEM_NOT_FOUND');
  }

  private async conflicted(em: EntityManager, itemId: string): Promise<Set<string>> {
    const rows = await em.query<{ personId: string }[]>(`SELECT person_id AS "personId" FROM board_conflicts WHERE agenda_item_id = $1`, [itemId]);
    return new Set(rows.map((r) => r.personId));
  }

  /** A seat holder recorded present, without a conflict on the item. */
  private async requirePresent(em: EntityManager, holders: BoardAttendanceRow[], conflicted: Set<string>, personId: string): Promise<void> {
    const holder = holders.find((h) => h.personId === personId);
    if (!holder) throw meetingsError('NOT_A_SEAT_HOLDER', { name: await personName(em, personId) });
    if (holder.status !== 'present') throw meetingsError('NOT_PRESENT', { name: holder.fullName });
    if (conflicted.has(personId)) throw meetingsError('CONFLICT_OF_INTEREST', { name: holder.fullName });
  }

  /** Two decisions of one resolution at once: the second waits on the row lock, then finds it decided; a unique index settles the rest (409, never 500). */
  private async decisionRace<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      const code = ((e instanceof QueryFailedError ? e.driverError : e) as { code?: string } | null)?.code;
      if (code === '23505' || isUniqueViolation(e, 'board_resolutions_year_number_key')) throw meetingsError('RESOLUTION_DECIDED');
      throw e;
    }
  }
}
