import type { BoardOffice } from '@concerto/contracts';
import { isYouth } from '@concerto/domain';
import { randomUUID } from 'crypto';
import type { EntityManager } from 'typeorm';
import { AuditRecord, AuditService } from '../audit/audit.service';
import { BOARD_STREAM } from '../board/board.service';
import { ensureSeats } from '../board/board-register.service';
import { SYSTEM_ACTOR } from '../common/actor';

/** The demo board's présidence: an account of its own. */
export const DEMO_BOARD_CHAIR = { email: 'ca.presidence@concerto.demo', fullName: 'Isabelle Lavoie', birthYear: 1968 };
/** The board secretary's account also holds a seat (an officer is a board member). */
const DEMO_SECRETARY_EMAIL = 'secretaire@concerto.demo';
/** The demo accounts that hold a seat. */
export const DEMO_SEAT_HOLDERS: readonly string[] = [DEMO_BOARD_CHAIR.email, DEMO_SECRETARY_EMAIL];
/** Accounts kept off the board, so that the demo shows their own roles only. */
const NOT_ON_BOARD = ['admin@concerto.demo', 'election@concerto.demo', 'presidence@concerto.demo', 'jeunesse@concerto.demo', 'delegue@concerto.demo'];
/** Seats left vacant: one of the youth wing's reserved seats, and one of the research community's. */
const VACANT: readonly string[] = ['aile_jeunesse:2', 'recherche:2'];
/** Seats reserved for the youth wing (the settings' default allows two). */
const YOUTH_RESERVED: readonly string[] = ['aile_jeunesse:1', 'aile_jeunesse:2'];

interface Candidate {
  personId: string;
  email: string;
  fullName: string;
  birthYear: number | null;
  college: string | null;
}

interface Term {
  id: string;
  seatId: string;
  personId: string;
  startsOn: string;
  endsOn: string;
}

/**
 * The demo board: every seat of the demo colleges filled from the colleges' delegates but two
 * (one of them a youth seat), staggered terms (half began months ago, half more than half a term ago), a few
 * past holders in the seats' history, a youth seat held by a young delegate, and the four
 * officers: Isabelle Lavoie at the présidence, the secretary's account at the secrétariat.
 */
export async function seedDemoBoard(em: EntityManager, audit: AuditService): Promise<void> {
  const year = new Date().getFullYear();
  await ensureSeats(em);
  const [{ termLengthYears, youthMaxAge }] = await em.query<{ termLengthYears: number; youthMaxAge: number }[]>(
    `SELECT term_length_years AS "termLengthYears", youth_max_age AS "youthMaxAge" FROM bylaw_settings WHERE id = 1`,
  );
  const seats = await em.query<{ id: string; college: string; number: number }[]>(
    `SELECT s.id, c.code AS college, s.number FROM board_seats s JOIN colleges c ON c.id = s.college_id ORDER BY c.sort_order, s.number`,
  );
  const people = await em.query<Candidate[]>(
    `SELECT p.id AS "personId", p.email, p.full_name AS "fullName", p.birth_year AS "birthYear",
            (SELECT c.code FROM delegates d JOIN members m ON m.id = d.member_id JOIN colleges c ON c.id = m.college_id WHERE d.person_id = p.id AND d.ended_at IS NULL LIMIT 1) AS college
       FROM people p ORDER BY p.email`,
  );
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const used = new Set<string>();
  const take = (c: Candidate) => {
    used.add(c.personId);
    return c;
  };
  const pool = people.filter((p) => p.college !== null && !NOT_ON_BOARD.includes(p.email));
  const pick = (college: string, youth: boolean): Candidate => {
    const fits = (p: Candidate) => !used.has(p.personId) && (!youth || isYouth(p.birthYear, year, youthMaxAge));
    return take(pool.find((p) => p.college === college && fits(p)) ?? pool.find(fits)!);
  };

  // Staggered terms, whatever the day: half began some months ago, half more than half a term ago.
  const today = new Date();
  const newer = plusDays(today, -150);
  const older = plusDays(today, -Math.round((termLengthYears * 365) / 2) - 60);
  const terms: Term[] = [];
  const first = new Map<string, Candidate>();
  for (const [i, seat] of seats.entries()) {
    const key = `${seat.college}:${seat.number}`;
    if (VACANT.includes(key)) continue;
    const holder =
      key === 'reseaux:1' ? take(byEmail.get(DEMO_BOARD_CHAIR.email)!) : key === 'developpement_local:1' ? take(byEmail.get(DEMO_SECRETARY_EMAIL)!) : pick(seat.college, YOUTH_RESERVED.includes(key));
    first.set(key, holder);
    const startsOn = i % 2 === 0 ? older : newer;
    terms.push({ id: randomUUID(), seatId: seat.id, personId: holder.personId, startsOn, endsOn: plusYears(startsOn, termLengthYears) });
  }
  // Past holders: the seats whose term began this June had one before.
  for (const seat of seats.filter((s, i) => i % 2 === 1 && i < 12 && !VACANT.includes(`${s.college}:${s.number}`))) {
    const past = pick(seat.college, false);
    terms.push({ id: randomUUID(), seatId: seat.id, personId: past.personId, startsOn: plusYears(newer, -termLengthYears), endsOn: newer });
  }
  await em.query(`UPDATE board_seats s SET youth_reserved = true FROM colleges c WHERE c.id = s.college_id AND (c.code || ':' || s.number) = ANY($1)`, [YOUTH_RESERVED]);
  await em.query(
    `INSERT INTO board_terms (id, seat_id, person_id, starts_on, ends_on) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::date[])`,
    [terms.map((t) => t.id), terms.map((t) => t.seatId), terms.map((t) => t.personId), terms.map((t) => t.startsOn), terms.map((t) => t.endsOn)],
  );

  const officers: { id: string; office: BoardOffice; holder: Candidate }[] = [
    { id: randomUUID(), office: 'president', holder: first.get('reseaux:1')! },
    { id: randomUUID(), office: 'vice_president', holder: first.get('syndical:1')! },
    { id: randomUUID(), office: 'secretary', holder: first.get('developpement_local:1')! },
    { id: randomUUID(), office: 'treasurer', holder: first.get('reseaux:2')! },
  ];
  await em.query(`INSERT INTO board_officers (id, office, person_id, starts_on) SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::date[])`, [
    officers.map((o) => o.id),
    officers.map((o) => o.office),
    officers.map((o) => o.holder.personId),
    officers.map(() => plusDays(today, -140)),
  ]);

  const records: AuditRecord[] = [
    ...seats.filter((s) => YOUTH_RESERVED.includes(`${s.college}:${s.number}`)).map((s) => ({ action: 'board.seat_updated', targetType: 'board_seat', targetId: s.id, before: { youthReserved: false }, after: { youthReserved: true } })),
    ...terms.map((t) => ({ action: 'board.term_assigned', targetType: 'board_term', targetId: t.id, after: { seatId: t.seatId, personId: t.personId, startsOn: t.startsOn, endsOn: t.endsOn } })),
    ...officers.map((o) => ({ action: 'board.officer_named', targetType: 'board_officer', targetId: o.id, after: { office: o.office, personId: o.holder.personId, fullName: o.holder.fullName } })),
  ];
  await audit.appendMany(em, BOARD_STREAM, SYSTEM_ACTOR, records);
}

function plusDays(d: Date, days: number): string {
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate() + days)).toISOString().slice(0, 10);
}

function plusYears(iso: string, years: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}
