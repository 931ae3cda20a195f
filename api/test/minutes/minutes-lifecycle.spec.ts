import { createHash } from 'crypto';
import { mkdirSync } from 'fs';
import { join } from 'path';
import { readPdf } from '../support/read-pdf';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app';
import { createBoard, createMeeting, createResolution, type Board } from './board-fixtures';


const SCREENSHOTS = join(__dirname, '../../../test-artifacts/screenshots');

/** Reads a binary response (a PDF) into a Buffer. */
const binary = (res: import('superagent').Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as unknown as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('minutes: draft → submitted → adopted → signed → published → erratum', () => {
  let t: TestApp;
  let board: Board;
  let admin: string;
  let meetingA: string;
  let r14: string;
  let rLater: string;
  let rLater2: string;
  let rNoQuorum: string;
  let rRejected: string;
  let rEarlier: string;
  let minutesId: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const get = (url: string, token?: string) => (token ? t.http.get(url).set(auth(token)) : t.http.get(url));
  const post = (url: string, token: string, body: object = {}) => t.http.post(url).set(auth(token)).send(body);
  const audit = async (action: string) => (await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1`, [action]))[0].n as number;
  const minutesRow = async (id: string) => (await t.ds.query(`SELECT m.*, (SELECT count(*) FROM minutes_signatures s WHERE s.minutes_id = m.id)::int AS sigs FROM minutes m WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
    board = await createBoard(t, 5);
    const [p, s, a, b, c] = board.holders.map((h) => h.person);
    await createMeeting(t, { startsAt: '2026-01-15T23:00:00Z', present: [p, s, a, b] }).then(async (m) => {
      rEarlier = (await createResolution(t, { meetingId: m.id, textFr: 'Résolution antérieure.', textEn: 'Earlier resolution.', mover: p, seconder: s })).id;
    });
    const A = await createMeeting(t, {
      startsAt: '2026-03-12T22:30:00Z',
      place: 'Québec, Maison de la coopération',
      present: [p, s, a, b],
      absent: [c],
      agenda: [
        ['Budget de l’exercice 2026', 'Budget for fiscal year 2026'],
        ['Élections au conseil', 'Board elections'],
      ],
    });
    meetingA = A.id;
    await t.ds.query(`INSERT INTO board_conflicts (agenda_item_id, person_id, note) VALUES ($1, $2, 'Employée d’un membre concerné')`, [A.items[1], b.id]);
    r14 = (
      await createResolution(t, {
        meetingId: A.id,
        agendaItemId: A.items[0],
        number: 14,
        textFr: 'Le conseil adopte les budgets de l’exercice 2026 présentés par la trésorerie.',
        textEn: 'The board adopts the budgets for fiscal year 2026 presented by the treasurer.',
        mover: a,
        seconder: s,
        votes: [
          { person: p, choice: 'for' },
          { person: s, choice: 'for' },
          { person: a, choice: 'for' },
          { person: b, choice: 'abstain' },
        ],
      })
    ).id;
    rRejected = (
      await createResolution(t, { meetingId: A.id, agendaItemId: A.items[1], status: 'rejected', textFr: 'Reporter les élections.', textEn: 'Postpone the elections.', mover: p, seconder: a, votes: [{ person: a, choice: 'against' }] })
    ).id;
    const B = await createMeeting(t, { startsAt: '2026-04-20T22:30:00Z', present: [p, s, a], absent: [b, c] });
    rLater = (await createResolution(t, { meetingId: B.id, textFr: 'Adopter le procès-verbal du 12 mars 2026.', textEn: 'Adopt the minutes of March 12, 2026.', mover: p, seconder: s })).id;
    rLater2 = (await createResolution(t, { meetingId: B.id, textFr: 'Adopter l’erratum.', textEn: 'Adopt the erratum.', mover: p, seconder: s })).id;
    const C = await createMeeting(t, { startsAt: '2026-05-15T22:30:00Z', present: [p, s], absent: [a, b, c] });
    rNoQuorum = (await createResolution(t, { meetingId: C.id, textFr: 'Adopter sans quorum.', textEn: 'Adopt without quorum.', mover: p, seconder: s })).id;
    const D = await createMeeting(t, { startsAt: '2026-06-10T22:30:00Z', present: [p, s, a, b] });
    rRejected = (await createResolution(t, { meetingId: D.id, status: 'rejected', textFr: 'Rejetée.', textEn: 'Rejected.', mover: p, seconder: s })).id;
  });
  afterAll(() => t.close());

  it('drafts readable minutes in fr and en from what the portal recorded', async () => {
    const res = await post('/api/minutes', board.secretary.token, { meetingId: meetingA }).expect(201);
    minutesId = res.body.id;
    expect(res.body).toMatchObject({ kind: 'minutes', status: 'draft', meetingId: meetingA, signatures: 0 });
    expect(res.body.bodyFr).toContain('Procès-verbal de la réunion du conseil');
    expect(res.body.bodyFr).toContain('CA-2026-014');
    expect(res.body.bodyFr).toContain('Vote : 3 pour, 0 contre, 1 abstention.');
    expect(res.body.bodyFr).toContain('Quorum : 4 administrateurs présents sur 5 sièges pourvus (3 requis) ; le quorum est atteint.');
    expect(res.body.bodyFr).toContain('déclare un conflit d’intérêts sur le point 2');
    expect(res.body.bodyEn).toContain('Minutes of the meeting of the Board of Directors');
    expect(res.body.bodyEn).toContain('The board adopts the budgets');
    expect(res.body.bodyEn).toContain('Rejected.');
    expect(res.body.record.quorum).toEqual({ present: 4, seatsFilled: 5, required: 3, reached: true });
    expect(await audit('minutes.drafted')).toBe(1);
    expect((await post('/api/minutes', board.secretary.token, { meetingId: meetingA }).expect(409)).body.code).toBe('MINUTES_EXIST');
    const [{ id: future }] = await t.ds.query(`INSERT INTO board_meetings (starts_at) VALUES (now() + interval '30 days') RETURNING id`);
    expect((await post('/api/minutes', admin, { meetingId: future }).expect(409)).body.code).toBe('MEETING_NOT_HELD');
    expect((await post('/api/minutes', admin, { meetingId: '00000000-0000-4000-8000-000000000000' }).expect(404)).body.code).toBe('MEETING_NOT_FOUND');
    expect((await post('/api/minutes', admin, { meetingId: 'nope' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
  });

  it('shows drafts to the board only: board members read, the public and other people do not', async () => {
    await get(`/api/minutes/${minutesId}`, board.holders[2].token).expect(200);
    await get('/api/minutes', board.holders[2].token).expect(200);
    await get(`/api/minutes/${minutesId}`, (await t.personWith([])).token).expect(403);
    await get(`/api/minutes/${minutesId}`).expect(401);
    expect((await get(`/api/archive/minutes/${minutesId}`).expect(404)).body.code).toBe('MINUTES_NOT_FOUND');
    await get(`/api/archive/minutes/${minutesId}/pdf/fr`).expect(404);
    await get(`/api/archive/minutes/${minutesId}/verification`).expect(404);
    expect((await get('/api/archive?q=budgets')).body.total).toBe(0);
    // A board member reads but does not write.
    await t.http.patch(`/api/minutes/${minutesId}`).set(auth(board.holders[2].token)).send({ bodyFr: 'x' }).expect(403);
  });

  it('edits the text only while a draft, then submits it with the record frozen', async () => {
    const edited = await t.http.patch(`/api/minutes/${minutesId}`).set(auth(board.secretary.token)).send({ bodyFr: 'Procès-verbal révisé : budgets adoptés, élections maintenues.' }).expect(200);
    expect(edited.body.bodyFr).toBe('Procès-verbal révisé : budgets adoptés, élections maintenues.');
    expect((await t.http.patch(`/api/minutes/${minutesId}`).set(auth(admin)).send({ bodyFr: '' }).expect(400)).body.fields[0].field).toBe('bodyFr');
    const submitted = await post(`/api/minutes/${minutesId}/submission`, board.secretary.token).expect(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.record.resolutions.map((r: { label: string | null }) => r.label)).toEqual(['CA-2026-014', null]);
    const row = await minutesRow(minutesId);
    expect(row.record.attendance).toHaveLength(5);
    const res = await t.http.patch(`/api/minutes/${minutesId}`).set(auth(board.secretary.token)).send({ bodyEn: 'changed' }).expect(409);
    expect(res.body.code).toBe('MINUTES_NOT_DRAFT');
    expect((await post(`/api/minutes/${minutesId}/submission`, admin).expect(409)).body.code).toBe('MINUTES_NOT_DRAFT');
    expect((await minutesRow(minutesId)).body_en).toBe(row.body_en);
  });

  it('refuses an adoption by an earlier meeting, a meeting without quorum, or a resolution not adopted, changing nothing', async () => {
    const adopt = (resolutionId: string) => post(`/api/minutes/${minutesId}/adoption`, board.secretary.token, { resolutionId });
    const before = await audit('minutes.adopted');
    expect((await adopt(rEarlier).expect(409)).body.code).toBe('ADOPTION_MEETING_NOT_LATER');
    expect((await adopt(r14).expect(409)).body.code).toBe('ADOPTION_MEETING_NOT_LATER');
    const noQuorum = await adopt(rNoQuorum).expect(409);
    expect(noQuorum.body).toMatchObject({ code: 'ADOPTION_NO_QUORUM' });
    expect(noQuorum.body.message).toContain('2 présents, 3 requis');
    expect((await adopt(rRejected).expect(409)).body.code).toBe('ADOPTION_RESOLUTION_NOT_ADOPTED');
    expect((await adopt('00000000-0000-4000-8000-000000000000').expect(409)).body.code).toBe('ADOPTION_RESOLUTION_NOT_FOUND');
    expect((await minutesRow(minutesId)).status).toBe('submitted');
    expect(await audit('minutes.adopted')).toBe(before);
    const candidates = (await get(`/api/minutes/${minutesId}/adoption-candidates`, board.secretary.token).expect(200)).body as { id: string; quorumReached: boolean }[];
    expect(candidates.find((c) => c.id === rLater)?.quorumReached).toBe(true);
    expect(candidates.find((c) => c.id === rNoQuorum)?.quorumReached).toBe(false);
    expect(candidates.some((c) => c.id === rEarlier)).toBe(false);
  });

  it('records the adoption by an adopted resolution of a later meeting that had quorum', async () => {
    expect((await post(`/api/minutes/${minutesId}/publication`, admin).expect(409)).body.code).toBe('MINUTES_NOT_ADOPTED');
    const res = await post(`/api/minutes/${minutesId}/adoption`, board.secretary.token, { resolutionId: rLater }).expect(200);
    expect(res.body.status).toBe('adopted');
    expect(res.body.adoption).toMatchObject({ resolutionId: rLater, label: expect.stringMatching(/^CA-2026-\d{3}$/) });
    expect((await post(`/api/minutes/${minutesId}/adoption`, admin, { resolutionId: rLater }).expect(409)).body.code).toBe('MINUTES_NOT_SUBMITTED');
  });

  it('is signed by the président·e and the secretary, each giving their password again', async () => {
    const sign = (token: string, password = TEST_PASSWORD) => post(`/api/minutes/${minutesId}/signatures`, token, { password });
    expect((await sign(board.holders[2].token).expect(403)).body.code).toBe('NOT_A_SIGNER');
    expect((await sign(admin).expect(403)).body.code).toBe('FORBIDDEN');
    const wrong = await sign(board.president.token, 'not-my-password').expect(400);
    expect(wrong.body.code).toBe('SIGNER_PASSWORD_WRONG');
    expect((await minutesRow(minutesId)).sigs).toBe(0);
    expect(await audit('minutes.signed')).toBe(0);
    expect((await post(`/api/minutes/${minutesId}/publication`, admin).expect(409)).body.code).toBe('SIGNATURES_MISSING');
    const signed = await sign(board.president.token).expect(200);
    expect(signed.body.signatureList).toEqual([expect.objectContaining({ role: 'president', personId: board.president.person.id, signerName: board.president.person.fullName })]);
    expect((await sign(board.president.token).expect(409)).body.code).toBe('ALREADY_SIGNED');
    expect((await post(`/api/minutes/${minutesId}/publication`, admin).expect(409)).body.code).toBe('SIGNATURES_MISSING');
    const both = await sign(board.secretary.token).expect(200);
    expect(both.body.signatureList.map((s: { role: string }) => s.role)).toEqual(['president', 'secretary']);
    expect(await audit('minutes.signed')).toBe(2);
  });

  it('publishes once: digest of the canonical content, audit heads, PDFs in fr and en', async () => {
    const res = await post(`/api/minutes/${minutesId}/publication`, board.secretary.token).expect(200);
    expect(res.body.status).toBe('published');
    expect(res.body.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.auditHeads.map((h: { stream: string }) => h.stream)).toContain('minutes');
    expect(res.body.files.map((f: { language: string }) => f.language)).toEqual(['fr', 'en']);
    const [entry] = await t.ds.query(`SELECT after FROM audit_log WHERE action = 'minutes.published' AND target_id = $1`, [minutesId]);
    expect(entry.after.contentSha256).toBe(res.body.contentSha256);
    const [checkpoint] = await t.ds.query(`SELECT reason FROM audit_checkpoints ORDER BY id DESC LIMIT 1`);
    expect(checkpoint.reason).toBe('minutes.published');
    const verified = await get(`/api/archive/minutes/${minutesId}/verification`).expect(200);
    expect(verified.body).toMatchObject({ ok: true, contentMatches: true, auditMatches: true, computedSha256: res.body.contentSha256 });
  });

  it('never changes once published: every write path answers 409 and the database refuses the rest', async () => {
    const snapshot = async () => JSON.stringify(await t.ds.query(`SELECT m::text, (SELECT string_agg(s::text, '|' ORDER BY role) FROM minutes_signatures s WHERE s.minutes_id = m.id) AS s, (SELECT string_agg(f.sha256, '|') FROM minutes_files f WHERE f.minutes_id = m.id) AS f FROM minutes m WHERE id = $1`, [minutesId]));
    const before = await snapshot();
    const auditBefore = (await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE stream = 'minutes'`))[0].n;
    const codes = [
      (await t.http.patch(`/api/minutes/${minutesId}`).set(auth(admin)).send({ bodyFr: 'Réécrit' })).body.code,
      (await post(`/api/minutes/${minutesId}/submission`, admin)).body.code,
      (await post(`/api/minutes/${minutesId}/adoption`, admin, { resolutionId: rLater2 })).body.code,
      (await post(`/api/minutes/${minutesId}/signatures`, board.president.token, { password: TEST_PASSWORD })).body.code,
      (await post(`/api/minutes/${minutesId}/signatures`, board.secretary.token, { password: TEST_PASSWORD, role: 'secretary' })).body.code,
      (await post(`/api/minutes/${minutesId}/publication`, admin)).body.code,
      (await t.http.delete(`/api/minutes/${minutesId}`).set(auth(admin))).body.code,
    ];
    expect(codes).toEqual(Array(7).fill('MINUTES_PUBLISHED'));
    // The API's own database role, straight in SQL.
    await t.as('app', async (db) => {
      await expect(db.query(`UPDATE minutes SET body_fr = 'Réécrit' WHERE id = $1`, [minutesId])).rejects.toThrow(/published minutes never change/);
      await expect(db.query(`UPDATE minutes SET status = 'adopted' WHERE id = $1`, [minutesId])).rejects.toThrow(/published minutes never change/);
      await expect(db.query(`DELETE FROM minutes WHERE id = $1`, [minutesId])).rejects.toThrow(/published minutes never change/);
      await expect(db.query(`UPDATE minutes_signatures SET signer_name = 'X' WHERE minutes_id = $1`, [minutesId])).rejects.toThrow(/written once/);
      await expect(db.query(`DELETE FROM minutes_signatures WHERE minutes_id = $1`, [minutesId])).rejects.toThrow(/written once/);
      await expect(db.query(`INSERT INTO minutes_files (minutes_id, language, sha256, size_bytes, content) VALUES ($1, 'fr', repeat('0', 64), 1, '\\x00')`, [minutesId])).rejects.toThrow();
      await expect(db.query(`UPDATE minutes_files SET sha256 = repeat('0', 64) WHERE minutes_id = $1`, [minutesId])).rejects.toThrow(/written once/);
      await expect(db.query(`UPDATE archive_entries SET text_fr = 'x' WHERE minutes_id = $1`, [minutesId])).rejects.toThrow(/permission denied/);
      await expect(db.query(`DELETE FROM archive_entries WHERE minutes_id = $1`, [minutesId])).rejects.toThrow(/permission denied/);
    });
    expect(await snapshot()).toBe(before);
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE stream = 'minutes'`))[0].n).toBe(auditBefore);
  });

  it('serves the PDFs to anyone: a real procès-verbal with the resolution numbers, signatures and digest', async () => {
    const detail = (await get(`/api/minutes/${minutesId}`, admin)).body;
    const texts: Record<string, string> = {};
    for (const language of ['fr', 'en'] as const) {
      const res = await t.http.get(`/api/archive/minutes/${minutesId}/pdf/${language}`).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${language === 'fr' ? 'proces-verbal' : 'minutes'}-2026-03-12-${language}.pdf"`);
      const pdf = res.body as Buffer;
      expect(createHash('sha256').update(pdf).digest('hex')).toBe(detail.files.find((f: { language: string }) => f.language === language).sha256);
      mkdirSync(SCREENSHOTS, { recursive: true });
      texts[language] = await readPdf(pdf, join(SCREENSHOTS, `minutes-pdf-api-${language}.png`));
    }
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    for (const text of Object.values(texts).map(flat)) {
      expect(text).toContain('CA-2026-014');
      expect(text).toContain(board.president.person.fullName);
      expect(text).toContain(board.secretary.person.fullName);
      expect(text).toContain(detail.contentSha256);
      expect(text).toContain(detail.adoption.label);
    }
    expect(flat(texts['fr'])).toContain('Procès-verbal');
    expect(flat(texts['fr'])).toContain('ADOPTÉE');
    expect(flat(texts['fr'])).toContain('12 mars 2026');
    expect(flat(texts['en'])).toContain('ADOPTED');
    expect(flat(texts['en'])).toContain('March 12, 2026');
    await get(`/api/archive/minutes/${minutesId}/pdf/de`).expect(400);
  });

  it('is corrected by an erratum, drafted, adopted, signed and published the same way, and linked both ways', async () => {
    expect((await post(`/api/minutes/${minutesId}/errata`, admin).expect(201)).body).toMatchObject({ kind: 'erratum', status: 'draft', correctsId: minutesId });
    const erratum = (await get('/api/minutes', admin)).body.find((m: { kind: string }) => m.kind === 'erratum');
    const id = erratum.id as string;
    await t.http.patch(`/api/minutes/${id}`).set(auth(board.secretary.token)).send({ bodyFr: 'Erratum : lire « budgets révisés ».', bodyEn: 'Erratum: read "revised budgets".' }).expect(200);
    await post(`/api/minutes/${id}/submission`, board.secretary.token).expect(200);
    expect((await post(`/api/minutes/${id}/adoption`, board.secretary.token, { resolutionId: rLater }).expect(409)).body.code).toBe('ADOPTION_RESOLUTION_USED');
    await post(`/api/minutes/${id}/adoption`, board.secretary.token, { resolutionId: rLater2 }).expect(200);
    await post(`/api/minutes/${id}/signatures`, board.president.token, { password: TEST_PASSWORD }).expect(200);
    await post(`/api/minutes/${id}/signatures`, board.secretary.token, { password: TEST_PASSWORD }).expect(200);
    await post(`/api/minutes/${id}/publication`, admin).expect(200);
    const original = await get(`/api/archive/minutes/${minutesId}`).expect(200);
    expect(original.body.errata).toEqual([{ id, publishedAt: expect.any(String) }]);
    const correction = await get(`/api/archive/minutes/${id}`).expect(200);
    expect(correction.body).toMatchObject({ kind: 'erratum', corrects: { id: minutesId } });
    expect((await get(`/api/minutes/${minutesId}`, admin)).body.errata).toEqual([expect.objectContaining({ id, status: 'published' })]);
    expect((await get(`/api/archive/minutes/${id}/verification`)).body.ok).toBe(true);
    expect((await post(`/api/minutes/${meetingA}/errata`, admin).expect(404)).body.code).toBe('MINUTES_NOT_FOUND');
  });

  it('counts wrong signing passwords with the login attempts: guessing is stopped, and nothing is signed', async () => {
    const [p, s] = board.holders.map((h) => h.person);
    const later = await createMeeting(t, { startsAt: '2026-09-10T22:30:00Z', present: board.holders.slice(0, 3).map((h) => h.person) });
    const resolution = await createResolution(t, { meetingId: later.id, textFr: 'Adopter le second erratum.', textEn: 'Adopt the second erratum.', mover: p, seconder: s });
    const id = (await post(`/api/minutes/${minutesId}/errata`, admin).expect(201)).body.id as string;
    await post(`/api/minutes/${id}/submission`, admin).expect(200);
    await post(`/api/minutes/${id}/adoption`, admin, { resolutionId: resolution.id }).expect(200);
    const codes: string[] = [];
    for (let i = 0; i < 8 && codes.at(-1) !== 'TOO_MANY_ATTEMPTS'; i++) codes.push((await post(`/api/minutes/${id}/signatures`, board.president.token, { password: `guess-${i}` })).body.code);
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    expect(codes.slice(0, -1).every((c) => c === 'SIGNER_PASSWORD_WRONG')).toBe(true);
    expect((await post(`/api/minutes/${id}/signatures`, board.president.token, { password: TEST_PASSWORD })).body.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await minutesRow(id)).sigs).toBe(0);
  });

  it('reports a row altered in the database (behind the triggers) as not matching its digest', async () => {
    await t.as('admin', async (db) => {
      await db.query(`BEGIN`);
      await db.query(`SET LOCAL session_replication_role = replica`);
      await db.query(`UPDATE minutes SET body_fr = body_fr || ' (falsifié)' WHERE id = $1`, [minutesId]);
      await db.query(`UPDATE minutes_files SET content = content || '\\x00'::bytea WHERE minutes_id = $1 AND language = 'en'`, [minutesId]);
      await db.query(`COMMIT`);
    });
    const res = await get(`/api/archive/minutes/${minutesId}/verification`).expect(200);
    expect(res.body).toMatchObject({ ok: false, contentMatches: false, auditMatches: true });
    expect(res.body.computedSha256).not.toBe(res.body.storedSha256);
    expect(res.body.files).toEqual([expect.objectContaining({ language: 'fr', matches: true }), expect.objectContaining({ language: 'en', matches: false })]);
  });
});
