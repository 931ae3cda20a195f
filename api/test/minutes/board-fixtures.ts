import type { PersonEntity } from '../../src/people/person.entity';
import { createCollege } from '../support/factories';
import type { TestApp } from '../support/test-app';

/**
 * The board as the minutes read it, written straight to the tables the board register and the
 * meetings own: seats held by people, officers, meetings with attendance and resolutions.
 */
export interface Board {
  holders: { person: PersonEntity; token: string }[];
  president: { person: PersonEntity; token: string };
  secretary: { person: PersonEntity; token: string };
}

let yearlyNumber = 0;

/** `seats` seats, each held since 2020 by a fresh person; the first is président·e, the second the secretary (officers; the
 * secretary also holds the staff role `secretary`, who drafts and publishes). */
export async function createBoard(t: TestApp, seats = 5): Promise<Board> {
  const college = await createCollege(t.ds, { seatCount: seats });
  const holders: Board['holders'] = [];
  for (let n = 1; n <= seats; n++) {
    const [{ id: seatId }] = await t.ds.query(`INSERT INTO board_seats (college_id, number) VALUES ($1, $2) RETURNING id`, [college.id, n]);
    const { person } = await t.personWith(n === 2 ? ['secretary'] : [], { fullName: `Administratrice ${n} ${college.code.slice(-4)}` });
    await t.ds.query(`INSERT INTO board_terms (seat_id, person_id, starts_on, ends_on) VALUES ($1, $2, '2020-01-01', '2099-01-01')`, [seatId, person.id]);
    holders.push({ person, token: (await t.login(person.email)).accessToken });
  }
  await t.ds.query(`UPDATE board_officers SET ended_on = current_date WHERE ended_on IS NULL AND office IN ('president', 'secretary')`);
  await t.ds.query(`INSERT INTO board_officers (office, person_id, starts_on) VALUES ('president', $1, '2020-01-01'), ('secretary', $2, '2020-01-01')`, [
    holders[0].person.id,
    holders[1].person.id,
  ]);
  return { holders, president: holders[0], secretary: holders[1] };
}

export interface MeetingSpec {
  startsAt: string;
  place?: string;
  present: PersonEntity[];
  absent?: PersonEntity[];
  agenda?: [string, string][];
}

export async function createMeeting(t: TestApp, spec: MeetingSpec): Promise<{ id: string; items: string[] }> {
  const [{ id }] = await t.ds.query(`INSERT INTO board_meetings (starts_at, place, status) VALUES ($1, $2, 'held') RETURNING id`, [spec.startsAt, spec.place ?? 'Montréal, salle du conseil']);
  for (const p of spec.present) await t.ds.query(`INSERT INTO board_attendance (meeting_id, person_id, status) VALUES ($1, $2, 'present')`, [id, p.id]);
  for (const p of spec.absent ?? []) await t.ds.query(`INSERT INTO board_attendance (meeting_id, person_id, status) VALUES ($1, $2, 'absent')`, [id, p.id]);
  const items: string[] = [];
  for (const [i, [fr, en]] of (spec.agenda ?? []).entries()) {
    const [{ id: itemId }] = await t.ds.query(`INSERT INTO board_agenda_items (meeting_id, position, title_fr, title_en) VALUES ($1, $2, $3, $4) RETURNING id`, [id, i + 1, fr, en]);
    items.push(itemId);
  }
  return { id, items };
}

export interface ResolutionSpec {
  meetingId: string;
  textFr: string;
  textEn: string;
  mover: PersonEntity;
  seconder: PersonEntity;
  status?: 'adopted' | 'rejected' | 'proposed';
  year?: number;
  number?: number;
  agendaItemId?: string;
  votes?: { person: PersonEntity; choice: 'for' | 'against' | 'abstain' }[];
}

/** A resolution with its votes (inserted while proposed, then decided: decided ones never change). */
export async function createResolution(t: TestApp, spec: ResolutionSpec): Promise<{ id: string; year: number | null; number: number | null }> {
  const [{ id }] = await t.ds.query(
    `INSERT INTO board_resolutions (meeting_id, agenda_item_id, text_fr, text_en, mover_id, seconder_id, decision_mode) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [spec.meetingId, spec.agendaItemId ?? null, spec.textFr, spec.textEn, spec.mover.id, spec.seconder.id, spec.votes ? 'vote' : 'consensus'],
  );
  for (const v of spec.votes ?? []) await t.ds.query(`INSERT INTO board_resolution_votes (resolution_id, person_id, choice) VALUES ($1, $2, $3)`, [id, v.person.id, v.choice]);
  const status = spec.status ?? 'adopted';
  if (status === 'proposed') return { id, year: null, number: null };
  const year = spec.year ?? 2026;
  const number = status === 'adopted' ? (spec.number ?? 100 + ++yearlyNumber) : null;
  await t.ds.query(`UPDATE board_resolutions SET status = $2, year = $3, number = $4, decided_at = now() WHERE id = $1`, [id, status, status === 'adopted' ? year : null, number]);
  return { id, year: status === 'adopted' ? year : null, number };
}

/** Minutes of a meeting taken through the API to publication (drafted, submitted, adopted by `adoptingResolutionId`, signed, published). */
export async function publishMinutes(t: TestApp, board: Board, meetingId: string, adoptingResolutionId: string, edit?: { bodyFr?: string; bodyEn?: string }): Promise<string> {
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const secretary = board.secretary.token;
  const ok = (res: { status: number; body: { id?: string } }, status: number) => {
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  };
  const id = ok(await t.http.post('/api/minutes').set(as(secretary)).send({ meetingId }), 201).body.id as string;
  if (edit) ok(await t.http.patch(`/api/minutes/${id}`).set(as(secretary)).send(edit), 200);
  ok(await t.http.post(`/api/minutes/${id}/submission`).set(as(secretary)), 200);
  ok(await t.http.post(`/api/minutes/${id}/adoption`).set(as(secretary)).send({ resolutionId: adoptingResolutionId }), 200);
  ok(await t.http.post(`/api/minutes/${id}/signatures`).set(as(board.president.token)).send({ password: 'correct-horse-battery' }), 200);
  ok(await t.http.post(`/api/minutes/${id}/signatures`).set(as(secretary)).send({ password: 'correct-horse-battery' }), 200);
  ok(await t.http.post(`/api/minutes/${id}/publication`).set(as(secretary)), 200);
  return id;
}
