import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BoardCandidate, BoardCollege, BoardOfficer, BoardRegister, BoardSeat, BoardSeatHistory, BoardTerm, MyBoardSeat } from '@concerto/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { HOLDS_BOARD_SEAT_SQL } from '../common/access';
import { boardError } from './board.errors';

/** A date column as YYYY-MM-DD (the driver would make a local-time Date of it). */
export const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** The term of `alias` as a JSON object shaped like BoardTerm. */
const termJson = (alias: string, person: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'personId', ${alias}.person_id, 'fullName', ${person}.full_name,
     'startsOn', ${day(`${alias}.starts_on`)}, 'endsOn', ${day(`${alias}.ends_on`)}, 'endedOn', ${day(`${alias}.ended_on`)}) END`;

/** Lower case without the accents of French, so that « helene » finds « Hélène ». */
const folded = (expr: string) => `translate(lower(${expr}), 'àâäáãéèêëíìîïóòôöõúùûüçñÿ', 'aaaaaeeeeiiiiooooouuuucny')`;

/** Every seat with its college, its current term and the next one (`WHERE` added by callers). */
const SEATS = `
  SELECT s.id, s.number, s.youth_reserved AS "youthReserved", s.number > c.seat_count AS withdrawn,
         c.id AS "collegeId", c.code AS "collegeCode", c.name_fr AS "collegeNameFr", c.name_en AS "collegeNameEn", c.seat_count AS "seatCount",
         ${termJson('cur', 'cp')} AS current, ${termJson('nxt', 'np')} AS next
    FROM board_seats s
    JOIN colleges c ON c.id = s.college_id
    LEFT JOIN LATERAL (SELECT t.* FROM board_terms t WHERE t.seat_id = s.id AND t.starts_on <= current_date AND current_date < COALESCE(t.ended_on, t.ends_on) LIMIT 1) cur ON true
    LEFT JOIN people cp ON cp.id = cur.person_id
    LEFT JOIN LATERAL (SELECT t.* FROM board_terms t WHERE t.seat_id = s.id AND t.starts_on > current_date ORDER BY t.starts_on LIMIT 1) nxt ON true
    LEFT JOIN people np ON np.id = nxt.person_id`;

interface SeatRow {
  id: string;
  number: number;
  youthReserved: boolean;
  withdrawn: boolean;
  collegeId: string;
  collegeCode: string;
  collegeNameFr: string;
  collegeNameEn: string;
  seatCount: number;
  current: BoardTerm | null;
  next: BoardTerm | null;
}

function toSeat(r: SeatRow): BoardSeat {
  return { id: r.id, number: r.number, youthReserved: r.youthReserved, withdrawn: r.withdrawn, current: r.current, next: r.next, vacant: !r.withdrawn && !r.current };
}

/**
 * Creates the seats the colleges' seat counts call for and that do not exist yet (1..seat_count
 * of each college). Seats above a lowered count stay: they are withdrawn, kept for history.
 */
export async function ensureSeats(em: EntityManager): Promise<void> {
  await em.query(`
    INSERT INTO board_seats (college_id, number)
    SELECT c.id, g FROM colleges c CROSS JOIN LATERAL generate_series(1, c.seat_count) g
     WHERE NOT EXISTS (SELECT 1 FROM board_seats s WHERE s.college_id = c.id AND s.number = g)
    ON CONFLICT (college_id, number) DO NOTHING`);
}

/** The board register as the public reads it: seats by college, officers, vacancies. */
@Injectable()
export class BoardRegisterService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async register(): Promise<BoardRegister> {
    await ensureSeats(this.ds.manager);
    // Withdrawn seats appear only while someone still holds them (a count lowered mid-term).
    const rows = await this.ds.query<SeatRow[]>(`${SEATS} WHERE s.number <= c.seat_count OR cur.id IS NOT NULL ORDER BY c.sort_order, c.code, s.number`);
    const colleges = await this.ds.query<{ id: string; code: string; nameFr: string; nameEn: string; seatCount: number }[]>(
      `SELECT id, code, name_fr AS "nameFr", name_en AS "nameEn", seat_count AS "seatCount" FROM colleges ORDER BY sort_order, code`,
    );
    const byCollege = new Map<string, BoardCollege>(colleges.map((c) => [c.id, { ...c, seats: [], filled: 0, vacant: 0 }]));
    for (const r of rows) {
      const college = byCollege.get(r.collegeId);
      if (!college) continue;
      const seat = toSeat(r);
      college.seats.push(seat);
      if (seat.current) college.filled++;
      if (seat.vacant) college.vacant++;
    }
    const [settings] = await this.ds.query<{ termLengthYears: number; youthReservedSeats: number; today: string }[]>(
      `SELECT term_length_years AS "termLengthYears", youth_reserved_seats AS "youthReservedSeats", ${day('current_date')} AS today FROM bylaw_settings WHERE id = 1`,
    );
    const list = [...byCollege.values()];
    return {
      colleges: list,
      officers: await this.officers(),
      filled: list.reduce((n, c) => n + c.filled, 0),
      vacant: list.reduce((n, c) => n + c.vacant, 0),
      youthReserved: rows.filter((r) => r.youthReserved && !r.withdrawn).length,
      youthReservedLimit: settings.youthReservedSeats,
      termLengthYears: settings.termLengthYears,
      today: settings.today,
    };
  }

  /** The current officers, in the order of the offices. */
  async officers(): Promise<BoardOfficer[]> {
    return this.ds.query<BoardOfficer[]>(
      `SELECT o.id, o.office, o.person_id AS "personId", p.full_name AS "fullName", ${day('o.starts_on')} AS "startsOn", ${HOLDS_BOARD_SEAT_SQL('o.person_id')} AS "holdsSeat"
         FROM board_officers o JOIN people p ON p.id = o.person_id
        WHERE o.ended_on IS NULL
        ORDER BY array_position(ARRAY['president', 'vice_president', 'secretary', 'treasurer']::varchar[], o.office)`,
    );
  }

  async seatHistory(seatId: string): Promise<BoardSeatHistory> {
    await ensureSeats(this.ds.manager);
    const [row] = await this.ds.query<SeatRow[]>(`${SEATS} WHERE s.id = $1`, [seatId]);
    if (!row) throw boardError('SEAT_NOT_FOUND');
    const terms = await this.ds.query<BoardTerm[]>(
      `SELECT t.id, t.person_id AS "personId", p.full_name AS "fullName", ${day('t.starts_on')} AS "startsOn", ${day('t.ends_on')} AS "endsOn", ${day('t.ended_on')} AS "endedOn"
         FROM board_terms t JOIN people p ON p.id = t.person_id WHERE t.seat_id = $1 ORDER BY t.starts_on DESC`,
      [seatId],
    );
    return { seat: { ...toSeat(row), collegeId: row.collegeId, collegeNameFr: row.collegeNameFr, collegeNameEn: row.collegeNameEn }, terms };
  }

  /** Active people matching the words, for the secretary's picker (the people directory is the administrator's). */
  async candidates(q: string | undefined): Promise<BoardCandidate[]> {
    const words = (q ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
    const params: unknown[] = [];
    const where = words.map((w) => {
      params.push('%' + w.replace(/[\\%_]/g, (c) => '\\' + c) + '%');
      return `${folded('p.full_name')} LIKE ${folded(`$${params.length}`)}`;
    });
    return this.ds.query<BoardCandidate[]>(
      `SELECT p.id, p.full_name AS "fullName",
              (p.birth_year IS NOT NULL AND extract(year FROM current_date)::int - p.birth_year BETWEEN 0 AND (SELECT youth_max_age FROM bylaw_settings WHERE id = 1)) AS youth,
              ${HOLDS_BOARD_SEAT_SQL('p.id')} AS "holdsSeat"
         FROM people p WHERE p.active ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY p.full_name LIMIT 20`,
      params,
    );
  }

  /** The seat a person holds today, with their offices (the dashboard), or null. */
  async mySeat(personId: string): Promise<MyBoardSeat | null> {
    const [row] = await this.ds.query<MyBoardSeat[]>(
      `SELECT c.name_fr AS "collegeNameFr", c.name_en AS "collegeNameEn", s.number, ${day('t.starts_on')} AS "startsOn", ${day('COALESCE(t.ended_on, t.ends_on)')} AS "endsOn",
              ARRAY(SELECT o.office FROM board_officers o WHERE o.person_id = t.person_id AND o.ended_on IS NULL) AS offices
         FROM board_terms t JOIN board_seats s ON s.id = t.seat_id JOIN colleges c ON c.id = s.college_id
        WHERE t.person_id = $1 AND t.starts_on <= current_date AND current_date < COALESCE(t.ended_on, t.ends_on)`,
      [personId],
    );
    return row ?? null;
  }
}
