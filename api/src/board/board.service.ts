import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BoardOffice } from '@concerto/contracts';
import { isYouth } from '@concerto/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { isBoardMember } from '../common/access';
import type { Actor } from '../common/actor';
import { commonError, type Messages } from '../common/app-error';
import { fieldMessages } from '../common/field-labels';
import { SEAT_CONFIGURATION_LOCK } from '../settings/settings.service';
import { boardError, boardFieldMessages, mapBoardConstraint } from './board.errors';
import { day, ensureSeats } from './board-register.service';
import { AssignTermDto, CorrectTermDto, EndTermDto, NameOfficerDto, UpdateSeatDto } from './dto/board.dto';

/** The audit stream of the board register. */
export const BOARD_STREAM = 'board';

interface SeatRow {
  id: string;
  number: number;
  youthReserved: boolean;
  seatCount: number;
}

interface TermRow {
  id: string;
  seatId: string;
  personId: string;
  startsOn: string;
  endsOn: string;
  endedOn: string | null;
}

const TERM = `SELECT t.id, t.seat_id AS "seatId", t.person_id AS "personId", ${day('t.starts_on')} AS "startsOn", ${day('t.ends_on')} AS "endsOn", ${day('t.ended_on')} AS "endedOn" FROM board_terms t`;

function invalid(field: string, template: Messages, params: Record<string, string | number>) {
  return commonError('VALIDATION_FAILED', {}, [{ field, messages: fieldMessages(field, template, params) }]);
}

/**
 * Changes to the board register: terms on seats, youth reservations, officers. Each change is
 * one transaction with its audit entry; the database's exclusion constraints decide overlaps
 * (409, never 500), and a refusal changes nothing.
 */
@Injectable()
export class BoardService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Names a person to a seat from `startsOn`, to `endsOn` or the settings' term length. */
  async assign(actor: Actor, seatId: string, dto: AssignTermDto): Promise<string> {
    return this.run(async (em) => {
      await ensureSeats(em);
      const seat = await this.lockSeat(em, seatId);
      if (seat.number > seat.seatCount) throw boardError('SEAT_WITHDRAWN', { seats: seat.seatCount });
      const person = await this.person(em, dto.personId);
      const [settings] = await em.query<{ termLengthYears: number; youthMaxAge: number }[]>(
        `SELECT term_length_years AS "termLengthYears", youth_max_age AS "youthMaxAge" FROM bylaw_settings WHERE id = 1`,
      );
      const [{ endsOn }] = await em.query<{ endsOn: string }[]>(`SELECT ${day(`($1::date + make_interval(years => $2))::date`)} AS "endsOn"`, [dto.startsOn, settings.termLengthYears]);
      const ends = dto.endsOn ?? endsOn;
      if (ends <= dto.startsOn) throw invalid('endsOn', boardFieldMessages.endBeforeStart, { startsOn: dto.startsOn });
      if (seat.youthReserved && !isYouth(person.birthYear, Number(dto.startsOn.slice(0, 4)), settings.youthMaxAge)) {
        throw boardError('HOLDER_NOT_YOUTH', { name: person.fullName, maxAge: settings.youthMaxAge });
      }
      const [{ id }] = await em.query<{ id: string }[]>(`INSERT INTO board_terms (seat_id, person_id, starts_on, ends_on) VALUES ($1, $2, $3, $4) RETURNING id`, [
        seatId,
        person.id,
        dto.startsOn,
        ends,
      ]);
      await this.audit.append(em, BOARD_STREAM, actor, {
        action: 'board.term_assigned',
        targetType: 'board_term',
        targetId: id,
        after: { seatId, personId: person.id, fullName: person.fullName, startsOn: dto.startsOn, endsOn: ends },
      });
      return id;
    });
  }

  /**
   * Ends a term early (resignation, removal) on `endedOn`, today by default. A person whose
   * term ends by today also leaves their offices on that day: an officer is a board member.
   */
  async endTerm(actor: Actor, termId: string, dto: EndTermDto): Promise<string> {
    return this.run(async (em) => {
      const term = await this.lockTerm(em, termId);
      if (term.endedOn) throw boardError('TERM_ALREADY_ENDED', { endedOn: term.endedOn });
      const [{ today }] = await em.query<{ today: string }[]>(`SELECT ${day('current_date')} AS today`);
      const endedOn = dto.endedOn ?? today;
      if (endedOn < term.startsOn || endedOn > term.endsOn) {
        throw invalid('endedOn', boardFieldMessages.endedOutsideTerm, { startsOn: term.startsOn, endsOn: term.endsOn });
      }
      await em.query(`UPDATE board_terms SET ended_on = $2 WHERE id = $1`, [termId, endedOn]);
      await this.audit.append(em, BOARD_STREAM, actor, {
        action: 'board.term_ended',
        targetType: 'board_term',
        targetId: termId,
        before: { endedOn: null },
        after: { seatId: term.seatId, personId: term.personId, endedOn },
      });
      if (endedOn <= today) await this.endOfficesOf(em, actor, term.personId, endedOn);
      return term.seatId;
    });
  }

  /** Corrects the planned end of a term (a typing slip, a bylaw change). */
  async correctTerm(actor: Actor, termId: string, dto: CorrectTermDto): Promise<string> {
    return this.run(async (em) => {
      const term = await this.lockTerm(em, termId);
      if (dto.endsOn <= term.startsOn) throw invalid('endsOn', boardFieldMessages.endBeforeStart, { startsOn: term.startsOn });
      if (term.endedOn && dto.endsOn < term.endedOn) throw invalid('endsOn', boardFieldMessages.endBeforeEnded, { endedOn: term.endedOn });
      if (dto.endsOn === term.endsOn) return term.seatId;
      await em.query(`UPDATE board_terms SET ends_on = $2 WHERE id = $1`, [termId, dto.endsOn]);
      await this.audit.append(em, BOARD_STREAM, actor, {
        action: 'board.term_corrected',
        targetType: 'board_term',
        targetId: termId,
        before: { endsOn: term.endsOn },
        after: { endsOn: dto.endsOn },
      });
      return term.seatId;
    });
  }

  /** Marks a seat reserved for the youth wing, or not; no more than the settings allow. */
  async updateSeat(actor: Actor, seatId: string, dto: UpdateSeatDto): Promise<void> {
    await this.run(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [SEAT_CONFIGURATION_LOCK]);
      await ensureSeats(em);
      const seat = await this.lockSeat(em, seatId);
      if (seat.youthReserved === dto.youthReserved) return;
      if (dto.youthReserved) {
        if (seat.number > seat.seatCount) throw boardError('SEAT_WITHDRAWN', { seats: seat.seatCount });
        const [row] = await em.query<{ reserved: number; limit: number }[]>(
          `SELECT (SELECT count(*) FROM board_seats s JOIN colleges c ON c.id = s.college_id WHERE s.youth_reserved AND s.number <= c.seat_count)::int AS reserved,
                  (SELECT youth_reserved_seats FROM bylaw_settings WHERE id = 1) AS "limit"`,
        );
        if (row.reserved >= row.limit) throw boardError('YOUTH_SEATS_FULL', { limit: row.limit });
        await this.refuseAdultHolders(em, seatId);
      }
      await em.query(`UPDATE board_seats SET youth_reserved = $2 WHERE id = $1`, [seatId, dto.youthReserved]);
      await this.audit.append(em, BOARD_STREAM, actor, {
        action: 'board.seat_updated',
        targetType: 'board_seat',
        targetId: seatId,
        before: { youthReserved: seat.youthReserved },
        after: { youthReserved: dto.youthReserved },
      });
    });
  }

  /** Names a board member to an office; the office's previous holder leaves it today, in the same transaction. */
  async nameOfficer(actor: Actor, dto: NameOfficerDto): Promise<string> {
    return this.run(async (em) => {
      const person = await this.person(em, dto.personId);
      // One naming at a time per office: the second waits, then sees the first.
      await em.query(`SELECT pg_advisory_xact_lock(727004, hashtext($1))`, [dto.office]);
      if (!(await isBoardMember(em, person.id))) throw boardError('NOT_BOARD_MEMBER', { name: person.fullName });
      const held = await em.query<{ office: BoardOffice }[]>(`SELECT office FROM board_officers WHERE person_id = $1 AND ended_on IS NULL`, [person.id]);
      if (held.length) throw boardError('ALREADY_OFFICER', { name: person.fullName });
      const previous = await em.query<{ id: string; personId: string }[]>(
        `SELECT id, person_id AS "personId" FROM board_officers WHERE office = $1 AND ended_on IS NULL FOR UPDATE`,
        [dto.office],
      );
      for (const p of previous) await this.endOfficer(em, actor, p.id, null);
      const [{ id }] = await em.query<{ id: string }[]>(`INSERT INTO board_officers (office, person_id, starts_on) VALUES ($1, $2, current_date) RETURNING id`, [
        dto.office,
        person.id,
      ]);
      await this.audit.append(em, BOARD_STREAM, actor, {
        action: 'board.officer_named',
        targetType: 'board_officer',
        targetId: id,
        before: previous[0] ? { personId: previous[0].personId } : undefined,
        after: { office: dto.office, personId: person.id, fullName: person.fullName },
      });
      return id;
    });
  }

  /** Ends an officer's mandate today. */
  async endOfficerMandate(actor: Actor, officerId: string): Promise<void> {
    await this.run(async (em) => {
      const [row] = await em.query<{ endedOn: string | null }[]>(`SELECT ${day('ended_on')} AS "endedOn" FROM board_officers WHERE id = $1 FOR UPDATE`, [officerId]);
      if (!row) throw boardError('OFFICER_NOT_FOUND');
      if (row.endedOn) throw boardError('OFFICER_ALREADY_ENDED');
      await this.endOfficer(em, actor, officerId, null);
    });
  }

  private async endOfficesOf(em: EntityManager, actor: Actor, personId: string, endedOn: string): Promise<void> {
    const held = await em.query<{ id: string }[]>(`SELECT id FROM board_officers WHERE person_id = $1 AND ended_on IS NULL FOR UPDATE`, [personId]);
    for (const o of held) await this.endOfficer(em, actor, o.id, endedOn);
  }

  /** Ends an officer's mandate `on` that day (today when null), never before it began. */
  private async endOfficer(em: EntityManager, actor: Actor, officerId: string, on: string | null): Promise<void> {
    const [row] = await em.query<{ office: BoardOffice; personId: string; endedOn: string }[]>(
      `UPDATE board_officers SET ended_on = GREATEST(starts_on, COALESCE($2::date, current_date)) WHERE id = $1
       RETURNING office, person_id AS "personId", ${day('ended_on')} AS "endedOn"`,
      [officerId, on],
    );
    await this.audit.append(em, BOARD_STREAM, actor, {
      action: 'board.officer_ended',
      targetType: 'board_officer',
      targetId: officerId,
      before: { endedOn: null },
      after: { office: row.office, personId: row.personId, endedOn: row.endedOn },
    });
  }

  private async lockSeat(em: EntityManager, seatId: string): Promise<SeatRow> {
    const [seat] = await em.query<SeatRow[]>(
      `SELECT s.id, s.number, s.youth_reserved AS "youthReserved", c.seat_count AS "seatCount"
         FROM board_seats s JOIN colleges c ON c.id = s.college_id WHERE s.id = $1 FOR UPDATE OF s`,
      [seatId],
    );
    if (!seat) throw boardError('SEAT_NOT_FOUND');
    return seat;
  }

  private async lockTerm(em: EntityManager, termId: string): Promise<TermRow> {
    const [term] = await em.query<TermRow[]>(`${TERM} WHERE t.id = $1 FOR UPDATE`, [termId]);
    if (!term) throw boardError('TERM_NOT_FOUND');
    return term;
  }

  private async person(em: EntityManager, personId: string): Promise<{ id: string; fullName: string; birthYear: number | null }> {
    const [person] = await em.query<{ id: string; fullName: string; birthYear: number | null; active: boolean }[]>(
      `SELECT id, full_name AS "fullName", birth_year AS "birthYear", active FROM people WHERE id = $1`,
      [personId],
    );
    if (!person) throw boardError('PERSON_NOT_FOUND');
    if (!person.active) throw boardError('PERSON_INACTIVE', { name: person.fullName });
    return person;
  }

  /** A seat becoming youth-reserved may not keep a current or future holder who is not youth. */
  private async refuseAdultHolders(em: EntityManager, seatId: string): Promise<void> {
    const holders = await em.query<{ fullName: string; birthYear: number | null; startsOn: string; maxAge: number }[]>(
      `SELECT p.full_name AS "fullName", p.birth_year AS "birthYear", ${day('t.starts_on')} AS "startsOn", (SELECT youth_max_age FROM bylaw_settings WHERE id = 1) AS "maxAge"
         FROM board_terms t JOIN people p ON p.id = t.person_id
        WHERE t.seat_id = $1 AND current_date < COALESCE(t.ended_on, t.ends_on)`,
      [seatId],
    );
    const adult = holders.find((h) => !isYouth(h.birthYear, Number(h.startsOn.slice(0, 4)), h.maxAge));
    if (adult) throw boardError('HOLDER_NOT_YOUTH', { name: adult.fullName, maxAge: adult.maxAge });
  }

  private async run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.ds.transaction(work);
    } catch (e) {
      return mapBoardConstraint(e);
    }
  }
}
