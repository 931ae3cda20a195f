import type { BoardCandidate, BoardCollege, BoardOfficer, BoardRegister, BoardSeatHistory } from '@concerto/contracts';
import { count, createCollege, daysFromToday } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('the board register', () => {
  let t: TestApp;
  let secretary: string;
  let admin: string;
  let sortOrder = 100;
  beforeAll(async () => {
    t = await createTestApp();
    secretary = (await t.personWith(['secretary'])).token;
    admin = (await t.personWith(['admin'])).token;
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  const register = async (): Promise<BoardRegister> => (await t.http.get('/api/board').expect(200)).body;
  const collegeOf = async (id: string): Promise<BoardCollege> => (await register()).colleges.find((c) => c.id === id)!;
  const college = (seatCount: number) => createCollege(t.ds, { seatCount, sortOrder: ++sortOrder });
  /** A person with an account; an inactive one is deactivated after signing in once. */
  const person = async ({ active = true, ...extra }: { birthYear?: number | null; active?: boolean; fullName?: string } = {}) => {
    const p = (await t.personWith([], extra)).person;
    if (!active) await t.ds.query(`UPDATE people SET active = false WHERE id = $1`, [p.id]);
    return p;
  };
  const terms = (where = 'true', params: unknown[] = []) => t.ds.query(`SELECT count(*)::int AS n FROM board_terms WHERE ${where}`, params).then((r) => r[0].n as number);
  const assign = (seatId: string, body: object, token = secretary) => t.http.post(`/api/board/seats/${seatId}/terms`).set(as(token)).send(body);

  it('lists each college’s seats 1..seat count, publicly, with holders, terms and vacancies', async () => {
    const a = await college(3);
    const b = await college(2);
    const holder = await person({ fullName: 'Nadia Belkacem' });
    const seats = (await collegeOf(a.id)).seats;
    expect(seats.map((s) => [s.number, s.vacant, s.current])).toEqual([
      [1, true, null],
      [2, true, null],
      [3, true, null],
    ]);
    const today = await daysFromToday(t.ds, 0);
    const res = await assign(seats[1].id, { personId: holder.id, startsOn: today });
    expect(res.status).toBe(201);
    const [{ years }] = await t.ds.query(`SELECT term_length_years AS years FROM bylaw_settings`);
    const expectedEnd = `${Number(today.slice(0, 4)) + years}${today.slice(4)}`;
    expect((res.body as BoardSeatHistory).seat.current).toMatchObject({ personId: holder.id, fullName: 'Nadia Belkacem', startsOn: today, endsOn: expectedEnd, endedOn: null });
    const after = await collegeOf(a.id);
    expect([after.filled, after.vacant]).toEqual([1, 2]);
    expect(after.seats[1]).toMatchObject({ number: 2, vacant: false, current: { fullName: 'Nadia Belkacem' } });
    expect((await collegeOf(b.id)).vacant).toBe(2);
    // Reading twice creates no more seats.
    await register();
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM board_seats WHERE college_id = $1`, [a.id]))[0].n).toBe(3);
  });

  it('counts a seat whose term ended early, or ran out, as vacant; keeps past holders in the history; withdraws seats above a lowered count', async () => {
    const c = await college(3);
    const [s1, s2, s3] = (await collegeOf(c.id)).seats;
    const [p1, p2, p3] = [await person({ fullName: 'Ancien Titulaire' }), await person(), await person()];
    await assign(s1.id, { personId: p1.id, startsOn: await daysFromToday(t.ds, -800), endsOn: await daysFromToday(t.ds, -70) }).expect(201);
    const held = await assign(s2.id, { personId: p2.id, startsOn: await daysFromToday(t.ds, -30) }).expect(201);
    await assign(s3.id, { personId: p3.id, startsOn: await daysFromToday(t.ds, -30) }).expect(201);
    const termId = (held.body as BoardSeatHistory).seat.current!.id;
    const ended = await t.http.post(`/api/board/terms/${termId}/end`).set(as(secretary)).send({ endedOn: await daysFromToday(t.ds, -1) });
    expect(ended.status).toBe(200);
    expect((ended.body as BoardSeatHistory).seat.vacant).toBe(true);
    const now = await collegeOf(c.id);
    expect(now.seats.map((s) => s.vacant)).toEqual([true, true, false]);
    expect([now.filled, now.vacant]).toEqual([1, 2]);
    const history = (await t.http.get(`/api/board/seats/${s1.id}`).expect(200)).body as BoardSeatHistory;
    expect(history.terms.map((x) => x.fullName)).toEqual(['Ancien Titulaire']);
    // Two seats fewer: seat 3 is still held (shown, not vacant), seat 2 disappears from the register.
    await t.ds.query(`UPDATE colleges SET seat_count = 1 WHERE id = $1`, [c.id]);
    const lowered = await collegeOf(c.id);
    expect(lowered.seats.map((s) => [s.number, s.withdrawn, s.vacant])).toEqual([
      [1, false, true],
      [3, true, false],
    ]);
    expect(lowered.vacant).toBe(1);
    const refused = await assign(s2.id, { personId: (await person()).id, startsOn: await daysFromToday(t.ds, 0) });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SEAT_WITHDRAWN');
    expect((await t.http.get(`/api/board/seats/${s2.id}`).expect(200)).body.terms).toHaveLength(1);
  });

  it('refuses overlapping terms on a seat and a person on two seats at once (409), changing nothing', async () => {
    const c = await college(2);
    const [s1, s2] = (await collegeOf(c.id)).seats;
    const [p1, p2] = [await person(), await person()];
    const start = await daysFromToday(t.ds, 0);
    await assign(s1.id, { personId: p1.id, startsOn: start }).expect(201);
    const before = [await terms(), await count(t.ds, 'audit_log')];
    const overlap = await t.http.post(`/api/board/seats/${s1.id}/terms`).set(as(secretary)).set('Accept-Language', 'en').send({ personId: p2.id, startsOn: await daysFromToday(t.ds, 200) });
    expect(overlap.status).toBe(409);
    expect(overlap.body).toMatchObject({ code: 'SEAT_TERM_OVERLAP', message: 'This seat already has a term during this period: end it or choose other dates.' });
    const twice = await assign(s2.id, { personId: p1.id, startsOn: await daysFromToday(t.ds, 10) });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('PERSON_HOLDS_SEAT');
    expect(twice.body.message).toMatch(/^Cette personne occupe déjà un autre siège/);
    expect([await terms(), await count(t.ds, 'audit_log')]).toEqual(before);
    // Correcting a term's end so that it overlaps the next one: 409 as well.
    const next = await assign(s2.id, { personId: p2.id, startsOn: start, endsOn: await daysFromToday(t.ds, 100) }).expect(201);
    await assign(s2.id, { personId: (await person()).id, startsOn: await daysFromToday(t.ds, 100) }).expect(201);
    const stretch = await t.http.patch(`/api/board/terms/${(next.body as BoardSeatHistory).seat.current!.id}`).set(as(secretary)).send({ endsOn: await daysFromToday(t.ds, 150) });
    expect(stretch.status).toBe(409);
    expect(stretch.body.code).toBe('SEAT_TERM_OVERLAP');
  });

  it('lets the database decide a race: the same person named to two seats at once gets one seat and one 409, never a 500', async () => {
    const c = await college(2);
    const [s1, s2] = (await collegeOf(c.id)).seats;
    const p = await person();
    const start = await daysFromToday(t.ds, 0);
    const results = await Promise.all([assign(s1.id, { personId: p.id, startsOn: start }), assign(s2.id, { personId: p.id, startsOn: start })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.code).toBe('PERSON_HOLDS_SEAT');
    expect(await terms('person_id = $1', [p.id])).toBe(1);
  });

  it('refuses an unknown seat or person, an inactive person, and dates out of order, with clear messages', async () => {
    const c = await college(1);
    const [seat] = (await collegeOf(c.id)).seats;
    const start = await daysFromToday(t.ds, 0);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await assign(unknown, { personId: (await person()).id, startsOn: start })).status).toBe(404);
    const nobody = await assign(seat.id, { personId: unknown, startsOn: start });
    expect([nobody.status, nobody.body.code]).toEqual([404, 'PERSON_NOT_FOUND']);
    const inactive = await assign(seat.id, { personId: (await person({ active: false, fullName: 'Compte Fermé' })).id, startsOn: start });
    expect([inactive.status, inactive.body.message]).toEqual([409, 'Compte Fermé a un compte désactivé : réactivez-le avant de lui confier un siège.']);
    const reversed = await assign(seat.id, { personId: (await person()).id, startsOn: start, endsOn: await daysFromToday(t.ds, -1) });
    expect(reversed.status).toBe(400);
    expect(reversed.body.fields).toEqual([{ field: 'endsOn', message: `Le champ « Fin du mandat » doit être postérieur au début du mandat (${start}).` }]);
    const badDate = await assign(seat.id, { personId: (await person()).id, startsOn: '2026-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.fields[0].field).toBe('startsOn');
    expect((await t.http.post(`/api/board/terms/${unknown}/end`).set(as(secretary)).send({})).status).toBe(404);
    expect((await t.http.post(`/api/board/officers/${unknown}/end`).set(as(secretary))).status).toBe(404);
    expect(await terms('seat_id = $1', [seat.id])).toBe(0);
  });

  it('ends a term once, within the term, and not twice', async () => {
    const c = await college(1);
    const [seat] = (await collegeOf(c.id)).seats;
    const res = await assign(seat.id, { personId: (await person()).id, startsOn: await daysFromToday(t.ds, -10) }).expect(201);
    const termId = (res.body as BoardSeatHistory).seat.current!.id;
    const outside = await t.http.post(`/api/board/terms/${termId}/end`).set(as(secretary)).send({ endedOn: await daysFromToday(t.ds, -20) });
    expect([outside.status, outside.body.fields[0].field]).toEqual([400, 'endedOn']);
    await t.http.post(`/api/board/terms/${termId}/end`).set(as(secretary)).send({}).expect(200);
    const again = await t.http.post(`/api/board/terms/${termId}/end`).set(as(secretary)).send({});
    expect([again.status, again.body.code]).toEqual([409, 'TERM_ALREADY_ENDED']);
  });

  it('reserves youth seats up to the bylaws’ number, and gives them only to youth at the start of the term', async () => {
    await t.ds.query(`UPDATE board_seats SET youth_reserved = false`);
    await t.ds.query(`UPDATE bylaw_settings SET youth_reserved_seats = 1, youth_max_age = 35`);
    const c = await college(2);
    const [s1, s2] = (await collegeOf(c.id)).seats;
    const marked = await t.http.patch(`/api/board/seats/${s1.id}`).set(as(secretary)).send({ youthReserved: true });
    expect(marked.status).toBe(200);
    expect((marked.body as BoardSeatHistory).seat.youthReserved).toBe(true);
    const full = await t.http.patch(`/api/board/seats/${s2.id}`).set(as(secretary)).set('Accept-Language', 'en').send({ youthReserved: true });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'YOUTH_SEATS_FULL', message: 'Seats the bylaws reserve for the youth wing: 1, all already reserved. Unmark another seat first.' });
    const year = Number((await daysFromToday(t.ds, 0)).slice(0, 4));
    const start = await daysFromToday(t.ds, 0);
    const adult = await person({ birthYear: year - 36, fullName: 'Paul Aîné' });
    const refused = await t.http.post(`/api/board/seats/${s1.id}/terms`).set(as(secretary)).set('Accept-Language', 'en').send({ personId: adult.id, startsOn: start });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toBe('This seat is reserved for the youth wing: Paul Aîné is not part of it at the start of the term (35 and under, by birth year).');
    expect((await assign(s1.id, { personId: (await person({ birthYear: null })).id, startsOn: start })).body.code).toBe('HOLDER_NOT_YOUTH');
    await assign(s1.id, { personId: (await person({ birthYear: year - 35 })).id, startsOn: start }).expect(201);
    // An adult holds seat 2: it cannot become a youth seat, even with room for one.
    await t.ds.query(`UPDATE bylaw_settings SET youth_reserved_seats = 2`);
    await assign(s2.id, { personId: adult.id, startsOn: start }).expect(201);
    const adultSeat = await t.http.patch(`/api/board/seats/${s2.id}`).set(as(secretary)).send({ youthReserved: true });
    expect([adultSeat.status, adultSeat.body.code]).toEqual([409, 'HOLDER_NOT_YOUTH']);
    const reg = await register();
    expect([reg.youthReserved, reg.youthReservedLimit]).toEqual([1, 2]);
    // The bylaws cannot then provide fewer youth seats than the register reserves.
    const lowered = await t.http.patch('/api/settings').set(as(admin)).set('Accept-Language', 'en').send({ youthReservedSeats: 0 });
    expect(lowered.status).toBe(400);
    expect(lowered.body.fields).toEqual([
      {
        field: 'youthReservedSeats',
        message: 'The field "Seats reserved for the youth wing" (0) is below the number of seats already reserved for the youth wing in the board register (1): remove reservations first.',
      },
    ]);
    await t.http.patch(`/api/board/seats/${s1.id}`).set(as(admin)).send({ youthReserved: false }).expect(200);
    const entries = await t.ds.query(`SELECT before, after FROM audit_log WHERE action = 'board.seat_updated' AND target_id = $1 ORDER BY seq`, [s1.id]);
    expect(entries.map((e: { after: { youthReserved: boolean } }) => e.after.youthReserved)).toEqual([true, false]);
    await t.ds.query(`UPDATE bylaw_settings SET youth_reserved_seats = 2`);
  });

  it('names officers among board members; a new naming ends the previous holder’s mandate in the same change', async () => {
    const c = await college(3);
    const [s1, s2] = (await collegeOf(c.id)).seats;
    const start = await daysFromToday(t.ds, -5);
    const [first, second, outsider] = [await person({ fullName: 'Première Présidente' }), await person({ fullName: 'Second Président' }), await person({ fullName: 'Hors Conseil' })];
    await assign(s1.id, { personId: first.id, startsOn: start }).expect(201);
    await assign(s2.id, { personId: second.id, startsOn: start }).expect(201);
    const notMember = await t.http.post('/api/board/officers').set(as(secretary)).send({ office: 'treasurer', personId: outsider.id });
    expect([notMember.status, notMember.body.message]).toEqual([409, "Hors Conseil n'occupe pas de siège au conseil aujourd'hui : seul un membre du conseil peut être nommé à une fonction."]);
    await t.http.post('/api/board/officers').set(as(secretary)).send({ office: 'president', personId: first.id }).expect(201);
    const twice = await t.http.post('/api/board/officers').set(as(secretary)).send({ office: 'treasurer', personId: first.id });
    expect(twice.body.code).toBe('ALREADY_OFFICER');
    const replaced = await t.http.post('/api/board/officers').set(as(secretary)).send({ office: 'president', personId: second.id });
    expect(replaced.status).toBe(201);
    const president = (replaced.body as BoardOfficer[]).filter((o) => o.office === 'president');
    expect(president.map((o) => o.fullName)).toEqual(['Second Président']);
    const rows = await t.ds.query(`SELECT person_id, ended_on IS NULL AS current FROM board_officers WHERE office = 'president' ORDER BY created_at`);
    expect(rows.map((r: { person_id: string; current: boolean }) => [r.person_id, r.current])).toEqual([
      [first.id, false],
      [second.id, true],
    ]);
    expect((await register()).officers.find((o) => o.office === 'president')).toMatchObject({ personId: second.id, holdsSeat: true });
    const badOffice = await t.http.post('/api/board/officers').set(as(secretary)).send({ office: 'king', personId: first.id });
    expect([badOffice.status, badOffice.body.fields[0].message]).toEqual([400, 'Le champ « Fonction » doit être une des valeurs : Présidence, Vice-présidence, Secrétariat, Trésorerie.']);
    // Ending the officer's term ends the office too; ending a mandate twice is refused.
    const officerId = president[0].id;
    const termId = (await t.http.get(`/api/board/seats/${s2.id}`)).body.seat.current.id;
    await t.http.post(`/api/board/terms/${termId}/end`).set(as(secretary)).send({}).expect(200);
    expect((await register()).officers.find((o) => o.office === 'president')).toBeUndefined();
    const ended = await t.http.post(`/api/board/officers/${officerId}/end`).set(as(secretary));
    expect([ended.status, ended.body.code]).toEqual([409, 'OFFICER_ALREADY_ENDED']);
    const actions = await t.ds.query(`SELECT action FROM audit_log WHERE stream = 'board' AND target_id = $1 ORDER BY seq`, [officerId]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['board.officer_named', 'board.officer_ended']);
  });

  it('makes a holder a board member while the term runs, and no longer once it ends', async () => {
    const c = await college(1);
    const [seat] = (await collegeOf(c.id)).seats;
    const { person: p, token } = await t.personWith([]);
    const me = async () => (await t.http.get('/api/me').set(as(token)).expect(200)).body.roles as string[];
    expect(await me()).toEqual([]);
    const res = await assign(seat.id, { personId: p.id, startsOn: await daysFromToday(t.ds, 0) }).expect(201);
    expect(await me()).toEqual(['board_member']);
    const mine = await t.http.get('/api/board/my-seat').set(as(token)).expect(200);
    expect(mine.body.seat).toMatchObject({ number: 1, collegeNameFr: c.nameFr, offices: [] });
    await t.http.post(`/api/board/terms/${(res.body as BoardSeatHistory).seat.current!.id}/end`).set(as(secretary)).send({}).expect(200);
    expect(await me()).toEqual([]);
    expect((await t.http.get('/api/board/my-seat').set(as(token)).expect(200)).body.seat).toBeNull();
  });

  it('offers the secretary active people by name, accents ignored, and writes nothing for anyone else', async () => {
    await person({ fullName: 'Hélène Létourneau' });
    await person({ fullName: 'Hélène Fermée', active: false });
    const found = (await t.http.get('/api/board/candidates').query({ q: 'helene' }).set(as(secretary)).expect(200)).body as BoardCandidate[];
    expect(found.map((p) => p.fullName)).toEqual(['Hélène Létourneau']);
    const { token: delegate } = await t.personWith(['election_officer']);
    await t.http.get('/api/board/candidates').set(as(delegate)).expect(403);
    const c = await college(1);
    const [seat] = (await collegeOf(c.id)).seats;
    const before = await terms();
    await t.http.post(`/api/board/seats/${seat.id}/terms`).set(as(delegate)).send({ personId: (await person()).id, startsOn: await daysFromToday(t.ds, 0) }).expect(403);
    await t.http.post(`/api/board/seats/${seat.id}/terms`).send({ personId: (await person()).id, startsOn: await daysFromToday(t.ds, 0) }).expect(401);
    expect(await terms()).toBe(before);
  });

  it('answers odd input on real seats, terms and officers with a 4xx, never a 500', async () => {
    const c = await college(2);
    const [seat, other] = (await collegeOf(c.id)).seats;
    const holder = await person();
    const res = await assign(seat.id, { personId: holder.id, startsOn: await daysFromToday(t.ds, -1) }).expect(201);
    const termId = (res.body as BoardSeatHistory).seat.current!.id;
    const officers = (await t.http.post('/api/board/officers').set(as(secretary)).send({ office: 'vice_president', personId: holder.id }).expect(201)).body as BoardOfficer[];
    const officerId = officers.find((o) => o.office === 'vice_president')!.id;
    const odd: unknown[] = [null, 1, 'x', [], [1], {}, { personId: null }, { personId: holder.id, startsOn: '2999-12-31' }, { personId: holder.id, startsOn: '1900-01-01', endsOn: '1900-01-01' },
      { personId: holder.id, startsOn: '2026-13-01' }, { endedOn: '2999-12-31' }, { endedOn: '1900-01-01' }, { endsOn: '1900-01-02' }, { endsOn: '2999-12-31' }, { youthReserved: 'yes' },
      { youthReserved: null }, { office: 'president', personId: 'nope' }, { office: ['president'], personId: holder.id }, { startsOn: '2026-01-01', personId: other.id }];
    const calls = [
      (b: unknown) => t.http.post(`/api/board/seats/${other.id}/terms`).set(as(secretary)).type('json').send(JSON.stringify(b)),
      (b: unknown) => t.http.patch(`/api/board/seats/${other.id}`).set(as(secretary)).type('json').send(JSON.stringify(b)),
      (b: unknown) => t.http.post(`/api/board/terms/${termId}/end`).set(as(secretary)).type('json').send(JSON.stringify(b)),
      (b: unknown) => t.http.patch(`/api/board/terms/${termId}`).set(as(secretary)).type('json').send(JSON.stringify(b)),
      (b: unknown) => t.http.post('/api/board/officers').set(as(secretary)).type('json').send(JSON.stringify(b)),
      (b: unknown) => t.http.post(`/api/board/officers/${officerId}/end`).set(as(secretary)).type('json').send(JSON.stringify(b)),
    ];
    const statuses = new Set<number>();
    for (const call of calls) for (const body of odd) statuses.add((await call(body)).status);
    for (const q of ['%', '_', '\\', 'é'.repeat(100), "'; DROP TABLE people; --"]) statuses.add((await t.http.get('/api/board/candidates').query({ q }).set(as(secretary))).status);
    statuses.add((await t.http.get('/api/board/candidates').query({ q: 'x'.repeat(101) }).set(as(secretary))).status);
    statuses.add((await t.http.get('/api/board/seats/not-a-uuid')).status);
    expect([...statuses].filter((s) => s >= 500)).toEqual([]);
  });

  it('audits every change in the board stream, with who did it', async () => {
    const c = await college(1);
    const [seat] = (await collegeOf(c.id)).seats;
    const { person: actor, token } = await t.personWith(['secretary']);
    const res = await assign(seat.id, { personId: (await person()).id, startsOn: await daysFromToday(t.ds, 0) }, token).expect(201);
    const termId = (res.body as BoardSeatHistory).seat.current!.id;
    await t.http.patch(`/api/board/terms/${termId}`).set(as(token)).send({ endsOn: await daysFromToday(t.ds, 400) }).expect(200);
    await t.http.post(`/api/board/terms/${termId}/end`).set(as(token)).send({}).expect(200);
    const entries = await t.ds.query(`SELECT action, actor_id, before, after FROM audit_log WHERE stream = 'board' AND target_id = $1 ORDER BY seq`, [termId]);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['board.term_assigned', 'board.term_corrected', 'board.term_ended']);
    expect(entries.every((e: { actor_id: string }) => e.actor_id === actor.id)).toBe(true);
    expect(entries[1].after).toEqual({ endsOn: await daysFromToday(t.ds, 400) });
    const verify = await t.http.get('/api/audit/verify').set(as(admin)).expect(200);
    expect(verify.body.ok).toBe(true);
  });
});
