import type { BoardMeeting } from '@concerto/contracts';
import { count } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { createAgendaItem, createMeeting, DOC, DOCX, EXE, ODS, pdfBytes, seatHolder } from './meeting-fixtures';

describe('board meetings: details, agenda, documents, convocation', () => {
  let t: TestApp;
  let secretary: string;
  beforeAll(async () => {
    t = await createTestApp();
    secretary = (await t.personWith(['secretary'])).token;
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const audits = (action: string, targetId?: string) =>
    count(t.ds, 'audit_log', `action = $1 AND stream = 'board-meetings'${targetId ? ' AND target_id = $2' : ''}`, targetId ? [action, targetId] : [action]);

  it('lets the secretary plan a meeting with a place or a video link, audited', async () => {
    const res = await t.http.post('/api/meetings').set(as(secretary)).send({ startsAt: '2026-12-03T18:30:00-05:00', videoUrl: 'https://meet.example.org/ca' }).expect(201);
    const m = res.body as BoardMeeting;
    expect(m).toMatchObject({ startsAt: '2026-12-03T23:30:00.000Z', place: null, videoUrl: 'https://meet.example.org/ca', status: 'planned', convocationSentAt: null, agenda: [] });
    expect(m.quorum).toMatchObject({ type: 'majority', met: false });
    expect(await audits('board_meeting.created', m.id)).toBe(1);
    const list = await t.http.get('/api/meetings').set(as(secretary)).expect(200);
    expect(list.body.map((x: { id: string }) => x.id)).toContain(m.id);
  });

  it('refuses a meeting with neither place nor video link, a bad date or a javascript: link (400 naming the field), creating nothing', async () => {
    const before = await count(t.ds, 'audit_log');
    const none = await t.http.post('/api/meetings').set(as(secretary)).set('Accept-Language', 'en').send({ startsAt: '2026-12-03T18:30:00-05:00' }).expect(400);
    expect(none.body.fields).toEqual([{ field: 'place', message: 'Give a place or a video link (or both).' }]);
    const bad = await t.http.post('/api/meetings').set(as(secretary)).send({ startsAt: '2026-02-30T18:30:00Z', place: 'Montréal', videoUrl: 'javascript:alert(1)' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['startsAt', 'videoUrl']);
    expect(await count(t.ds, 'audit_log')).toBe(before);
  });

  it('adds, edits, reorders and removes agenda items while planned, each audited; refused once held (409)', async () => {
    const id = (await t.http.post('/api/meetings').set(as(secretary)).send({ startsAt: '2026-12-10T18:00:00-05:00', place: 'Montréal' }).expect(201)).body.id;
    for (const [fr, en] of [['Ouverture', 'Opening'], ['Budget', 'Budget'], ['Varia', 'Other business']]) {
      await t.http.post(`/api/meetings/${id}/agenda`).set(as(secretary)).send({ titleFr: fr, titleEn: en }).expect(201);
    }
    let m = (await t.http.get(`/api/meetings/${id}`).set(as(secretary)).expect(200)).body as BoardMeeting;
    expect(m.agenda.map((i) => [i.position, i.titleFr])).toEqual([[1, 'Ouverture'], [2, 'Budget'], [3, 'Varia']]);
    const [a, b, c] = m.agenda.map((i) => i.id);
    m = (await t.http.patch(`/api/meetings/${id}/agenda/${b}`).set(as(secretary)).send({ titleEn: 'Budget 2027' }).expect(200)).body;
    expect(m.agenda[1]).toMatchObject({ titleFr: 'Budget', titleEn: 'Budget 2027' });
    m = (await t.http.put(`/api/meetings/${id}/agenda/order`).set(as(secretary)).send({ itemIds: [c, a, b] }).expect(200)).body;
    expect(m.agenda.map((i) => i.id)).toEqual([c, a, b]);
    const mismatch = await t.http.put(`/api/meetings/${id}/agenda/order`).set(as(secretary)).send({ itemIds: [c, a] }).expect(400);
    expect(mismatch.body.code).toBe('AGENDA_ORDER_MISMATCH');
    m = (await t.http.delete(`/api/meetings/${id}/agenda/${c}`).set(as(secretary)).expect(200)).body;
    expect(m.agenda.map((i) => [i.position, i.id])).toEqual([[1, a], [2, b]]);
    expect(await audits('board_meeting.agenda_item_added')).toBeGreaterThanOrEqual(3);
    expect(await audits('board_meeting.agenda_item_updated', b)).toBe(1);
    expect(await audits('board_meeting.agenda_reordered', id)).toBe(1);
    expect(await audits('board_meeting.agenda_item_removed', c)).toBe(1);

    await t.http.patch(`/api/meetings/${id}`).set(as(secretary)).send({ status: 'held' }).expect(200);
    const late = await t.http.post(`/api/meetings/${id}/agenda`).set(as(secretary)).send({ titleFr: 'Ajout', titleEn: 'Added' }).expect(409);
    expect(late.body.code).toBe('MEETING_NOT_PLANNED');
    expect((await t.http.patch(`/api/meetings/${id}`).set(as(secretary)).send({ place: 'Québec' })).status).toBe(409);
  });

  it('answers 404 for an unknown meeting or item, 400 for a malformed identifier', async () => {
    expect((await t.http.get('/api/meetings/00000000-0000-4000-8000-000000000000').set(as(secretary))).body.code).toBe('MEETING_NOT_FOUND');
    const id = await createMeeting(t);
    expect((await t.http.patch(`/api/meetings/${id}/agenda/00000000-0000-4000-8000-000000000000`).set(as(secretary)).send({ titleFr: 'Xx' })).status).toBe(404);
    expect((await t.http.get('/api/meetings/not-an-id').set(as(secretary))).status).toBe(400);
  });

  describe('documents', () => {
    let meetingId: string;
    let itemId: string;
    beforeAll(async () => {
      meetingId = await createMeeting(t);
      itemId = await createAgendaItem(t, meetingId, 'Budget');
    });
    const upload = (buffer: Buffer, name: string, type = 'application/pdf') =>
      t.http.post(`/api/meetings/${meetingId}/agenda/${itemId}/documents`).set(as(secretary)).attach('file', buffer, { filename: name, contentType: type });

    it('stores a PDF, Office and OpenDocument files in the database, typed by content, audited', async () => {
      const res = await upload(pdfBytes(), 'Budget 2027 — prévisions.pdf').expect(201);
      const doc = (res.body as BoardMeeting).agenda[0].documents[0];
      expect(doc).toMatchObject({ fileName: 'Budget 2027 — prévisions.pdf', mediaType: 'application/pdf', sizeBytes: pdfBytes().length });
      expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
      // The declared type and name do not decide: a Word file sent as "notes.bin" is a Word file.
      const docx = (await upload(DOCX(), 'notes.bin', 'application/octet-stream').expect(201)).body as BoardMeeting;
      expect(docx.agenda[0].documents[1].mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      await upload(ODS(), 'tableau.ods').expect(201);
      await upload(DOC(), 'ancien.doc').expect(201);
      expect(await audits('board_meeting.document_added')).toBe(4);
    });

    it('downloads with its type, Content-Disposition and nosniff, for those who may read meetings only', async () => {
      const m = (await t.http.get(`/api/meetings/${meetingId}`).set(as(secretary)).expect(200)).body as BoardMeeting;
      const doc = m.agenda[0].documents[0];
      const res = await t.http.get(`/api/meetings/${meetingId}/documents/${doc.id}`).set(as(secretary)).buffer(true).parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="Budget 2027 _ previsions.pdf"; filename*=UTF-8''${encodeURIComponent('Budget 2027 — prévisions.pdf')}`);
      expect(Buffer.compare(res.body as Buffer, pdfBytes())).toBe(0);

      const member = (await seatHolder(t)).token;
      expect((await t.http.get(`/api/meetings/${meetingId}/documents/${doc.id}`).set(as(member))).status).toBe(200);
      const outsider = await t.http.get(`/api/meetings/${meetingId}/documents/${doc.id}`).set(as((await t.personWith([])).token));
      expect(outsider.status).toBe(403);
      expect((await t.http.get(`/api/meetings/${meetingId}/documents/${doc.id}`)).status).toBe(401);
      expect((await t.http.get(`/api/meetings/${meetingId}/documents/00000000-0000-4000-8000-000000000000`).set(as(secretary))).body.code).toBe('DOCUMENT_NOT_FOUND');
    });

    it('refuses a disguised executable (415) and an oversized file (413) in fr and en, storing nothing', async () => {
      const before = [await count(t.ds, 'audit_log'), (await t.ds.query(`SELECT count(*)::int AS n FROM board_documents`))[0].n];
      const exe = await upload(EXE(), 'budget.pdf');
      expect(exe.status).toBe(415);
      expect(exe.body).toMatchObject({ code: 'DOCUMENT_TYPE_REFUSED' });
      expect(exe.body.message).toContain("n'est ni un PDF");
      const en = await upload(EXE(), 'budget.pdf').set('Accept-Language', 'en');
      expect(en.body.message).toContain('neither a PDF nor an office document');
      const big = Buffer.concat([pdfBytes(), Buffer.alloc(20 * 1024 * 1024)]);
      const tooBig = await upload(big, 'gros.pdf').set('Accept-Language', 'en');
      expect(tooBig.status).toBe(413);
      expect(tooBig.body).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', message: 'The file exceeds 20 MB, the largest a document may be.' });
      const noFile = await t.http.post(`/api/meetings/${meetingId}/agenda/${itemId}/documents`).set(as(secretary)).send({ file: 'x' });
      expect(noFile.status).toBe(400);
      expect(noFile.body.code).toBe('DOCUMENT_MISSING');
      const empty = await upload(Buffer.alloc(0), 'vide.pdf');
      expect(empty.status).toBe(400);
      expect([await count(t.ds, 'audit_log'), (await t.ds.query(`SELECT count(*)::int AS n FROM board_documents`))[0].n]).toEqual(before);
    });

    it('accepts a file of exactly 20 MB', async () => {
      const exact = Buffer.concat([pdfBytes(), Buffer.alloc(20 * 1024 * 1024 - pdfBytes().length)]);
      await upload(exact, 'exact.pdf').expect(201);
    });
  });

  it('sends the convocation once: recorded, one message per current seat holder in their language, audited in the same transaction', async () => {
    const id = await createMeeting(t, '2027-01-14T23:00:00Z');
    await t.http.post(`/api/meetings/${id}/agenda`).set(as(secretary)).send({ titleFr: 'Adoption du budget', titleEn: 'Adoption of the budget' }).expect(201);
    const fr = await seatHolder(t, {}, [], { preferredLanguage: 'fr' });
    const en = await seatHolder(t, {}, [], { preferredLanguage: 'en' });
    const ended = await seatHolder(t, { startsOn: '2020-01-01', endsOn: '2022-01-01' });
    const res = await t.http.post(`/api/meetings/${id}/convocation`).set(as(secretary)).expect(200);
    expect(res.body.convocationSentAt).not.toBeNull();
    const mails = await t.ds.query<{ personId: string; language: string; subject: string; text: string }[]>(
      `SELECT person_id AS "personId", language, subject, text FROM mail_outbox WHERE template = 'board_convocation' AND person_id = ANY($1::uuid[])`,
      [[fr.person.id, en.person.id, ended.person.id]],
    );
    expect(mails.map((m) => [m.personId, m.language]).sort()).toEqual([[fr.person.id, 'fr'], [en.person.id, 'en']].sort());
    expect(mails.find((m) => m.language === 'fr')!.text).toContain('Adoption du budget');
    expect(mails.find((m) => m.language === 'en')!.text).toContain('Adoption of the budget');
    expect(await audits('board_meeting.convocation_sent', id)).toBe(1);
    const again = await t.http.post(`/api/meetings/${id}/convocation`).set(as(secretary)).expect(409);
    expect(again.body.code).toBe('CONVOCATION_ALREADY_SENT');
  });

  it('lets a board member read meetings but not change them', async () => {
    const member = (await seatHolder(t)).token;
    await t.http.get('/api/meetings').set(as(member)).expect(200);
    const res = await t.http.post('/api/meetings').set(as(member)).send({ startsAt: '2026-12-03T18:30:00-05:00', place: 'Montréal' });
    expect(res.status).toBe(403);
    const former = (await seatHolder(t, { startsOn: '2020-01-01', endsOn: '2024-01-01' })).token;
    expect((await t.http.get('/api/meetings').set(as(former))).status).toBe(403);
  });

  it('records attendance of seat holders only, audited', async () => {
    const id = await createMeeting(t);
    const a = await seatHolder(t);
    const stranger = await t.personWith([]);
    const res = await t.http.put(`/api/meetings/${id}/attendance`).set(as(secretary)).send({ entries: [{ personId: a.person.id, status: 'excused' }] }).expect(200);
    expect((res.body as BoardMeeting).attendance.find((r) => r.personId === a.person.id)?.status).toBe('excused');
    const refused = await t.http.put(`/api/meetings/${id}/attendance`).set(as(secretary)).send({ entries: [{ personId: stranger.person.id, status: 'present' }] }).expect(409);
    expect(refused.body.code).toBe('NOT_A_SEAT_HOLDER');
    expect(await audits('board_meeting.attendance_recorded', id)).toBe(1);
  });
});
