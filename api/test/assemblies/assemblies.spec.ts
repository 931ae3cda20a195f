import type { AssemblyDetail, AssemblySummary, Convocation } from '@concerto/contracts';
import { readableDate } from '../../src/assemblies/assembly-queries';
import { pdfBytes, EXE } from '../meetings/meeting-fixtures';
import { count, createMember } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';
import { createAssembly, delegateOf } from './assembly-fixtures';

describe('general assemblies: setup, agenda, documents, duties, convocation', () => {
  let t: TestApp;
  let admin: string;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const audits = (action: string, targetId?: string) =>
    count(t.ds, 'audit_log', `action = $1 AND stream = 'assemblies'${targetId ? ' AND target_id = $2' : ''}`, targetId ? [action, targetId] : [action]);
  /** 19:00 in the federation's time zone, `days` after today there, as an ISO instant. */
  const eveningIn = async (days: number) => {
    const [{ at, day }] = await t.ds.query<{ at: Date; day: string }[]>(
      `SELECT ((now() AT TIME ZONE 'America/Toronto')::date + $1::int + time '19:00') AT TIME ZONE 'America/Toronto' AS at,
              to_char((now() AT TIME ZONE 'America/Toronto')::date + $1::int, 'YYYY-MM-DD') AS day`,
      [days],
    );
    return { startsAt: at.toISOString(), day };
  };
  const create = async (body: Record<string, unknown> = {}) =>
    (await t.http.post('/api/assemblies').set(as(admin)).send({ kind: 'annual', titleFr: 'AGA 2027', titleEn: 'AGM 2027', startsAt: (await eveningIn(40)).startsAt, place: 'Montréal', ...body }).expect(201)).body as AssemblyDetail;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
    await t.ds.query(`UPDATE bylaw_settings SET notice_period_days = 10, quorum_type = 'count', quorum_value = 5, proxies_allowed = true, max_proxies_per_delegate = 3, delegates_per_member = 2 WHERE id = 1`);
  });
  afterAll(() => t.close());

  it('creates a draft annual assembly with the rules of the settings and the full standard agenda in fr and en, audited', async () => {
    const a = await create();
    expect(a).toMatchObject({ kind: 'annual', status: 'draft', convenedAt: null, registered: false, present: false });
    expect(a.rules).toEqual({ preset: 'nonprofit', noticePeriodDays: 10, quorumType: 'count', quorumValue: 5, proxiesAllowed: true, maxProxiesPerDelegate: 3, delegatesPerMember: 2, speakerSeconds: 180 });
    expect(a.agenda.map((i) => i.kind)).toEqual(['opening', 'agenda_adoption', 'previous_minutes', 'reports', 'elections', 'motions', 'other_business', 'closing']);
    expect(a.agenda[1]).toMatchObject({ position: 2, titleFr: "Adoption de l'ordre du jour", titleEn: 'Adoption of the agenda', status: 'pending' });
    expect(a.live).toMatchObject({ assemblyId: a.id, status: 'draft', currentItem: null, speakers: [], speakerSeconds: 180, seq: 0 });
    expect(a.live.quorum).toMatchObject({ present: 0, registered: 0, required: 5, met: false, type: 'count', value: 5 });
    expect(await audits('assembly.created', a.id)).toBe(1);
  });

  it('gives a special assembly only the business of its notice: no minutes, reports, elections or other business', async () => {
    const a = await create({ kind: 'special', titleFr: 'AGE', titleEn: 'SGM' });
    expect(a.agenda.map((i) => i.kind)).toEqual(['opening', 'agenda_adoption', 'motions', 'closing']);
  });

  it('refreshes a draft’s rules from the settings when it changes, and freezes them at the convocation', async () => {
    const a = await create({ startsAt: (await eveningIn(30)).startsAt });
    await t.ds.query(`UPDATE bylaw_settings SET quorum_value = 7 WHERE id = 1`);
    const edited = (await t.http.patch(`/api/assemblies/${a.id}`).set(as(admin)).send({ place: 'Québec' }).expect(200)).body as AssemblyDetail;
    expect(edited).toMatchObject({ place: 'Québec', rules: { quorumValue: 7 } });
    await t.ds.query(`UPDATE bylaw_settings SET speaker_seconds = 90 WHERE id = 1`);
    const withItem = (await t.http.post(`/api/assemblies/${a.id}/agenda`).set(as(admin)).send({ kind: 'custom', titleFr: 'Hommage', titleEn: 'Tribute' }).expect(201)).body as AssemblyDetail;
    expect(withItem.rules).toMatchObject({ quorumValue: 7, speakerSeconds: 90 });
    expect(await audits('assembly.updated', a.id)).toBe(2);
    await t.ds.query(`UPDATE bylaw_settings SET speaker_seconds = 180 WHERE id = 1`);
    await t.http.post(`/api/assemblies/${a.id}/convocation`).set(as(admin)).expect(200);
    await t.ds.query(`UPDATE bylaw_settings SET quorum_value = 9 WHERE id = 1`);
    const after = (await t.http.patch(`/api/assemblies/${a.id}`).set(as(admin)).send({ titleEn: 'AGM 2027 (amended)' }).expect(200)).body as AssemblyDetail;
    expect(after.rules).toMatchObject({ quorumValue: 7, speakerSeconds: 180 });
    expect(after.status).toBe('convened');
    await t.ds.query(`UPDATE bylaw_settings SET quorum_value = 5 WHERE id = 1`);
  });

  it('adds, edits, reorders and removes agenda items, each audited; a wrong order is 400; refused once in session (409)', async () => {
    const a = await create();
    let d = (await t.http.post(`/api/assemblies/${a.id}/agenda`).set(as(admin)).send({ kind: 'custom', titleFr: 'Hommage', titleEn: 'Tribute', bodyFr: 'Texte', bodyEn: 'Text' }).expect(201)).body as AssemblyDetail;
    const added = d.agenda[d.agenda.length - 1];
    expect(added).toMatchObject({ position: 9, kind: 'custom', titleFr: 'Hommage', bodyEn: 'Text' });
    d = (await t.http.patch(`/api/assemblies/${a.id}/agenda/${added.id}`).set(as(admin)).send({ titleEn: 'A tribute', bodyFr: null }).expect(200)).body;
    expect(d.agenda[8]).toMatchObject({ titleEn: 'A tribute', bodyFr: null, bodyEn: 'Text' });
    const ids = d.agenda.map((i) => i.id);
    const order = [ids[8], ...ids.slice(0, 8)];
    d = (await t.http.put(`/api/assemblies/${a.id}/agenda/order`).set(as(admin)).send({ itemIds: order }).expect(200)).body;
    expect(d.agenda.map((i) => i.id)).toEqual(order);
    expect(d.agenda.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const missing = await t.http.put(`/api/assemblies/${a.id}/agenda/order`).set(as(admin)).send({ itemIds: order.slice(1) }).expect(400);
    expect(missing.body.code).toBe('AGENDA_ORDER_MISMATCH');
    const foreign = await t.http.put(`/api/assemblies/${a.id}/agenda/order`).set(as(admin)).send({ itemIds: [...order.slice(1), '00000000-0000-4000-8000-000000000000'] }).expect(400);
    expect(foreign.body.code).toBe('AGENDA_ORDER_MISMATCH');
    d = (await t.http.delete(`/api/assemblies/${a.id}/agenda/${ids[2]}`).set(as(admin)).expect(200)).body;
    expect(d.agenda.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(d.agenda.map((i) => i.id)).not.toContain(ids[2]);
    expect(await audits('assembly.agenda_item_added', added.id)).toBe(1);
    expect(await audits('assembly.agenda_item_updated', added.id)).toBe(1);
    expect(await audits('assembly.agenda_reordered', a.id)).toBe(1);
    expect(await audits('assembly.agenda_item_removed', ids[2])).toBe(1);

    await t.ds.query(`UPDATE assemblies SET status = 'in_session' WHERE id = $1`, [a.id]);
    const late = await t.http.post(`/api/assemblies/${a.id}/agenda`).set(as(admin)).send({ kind: 'custom', titleFr: 'Ajout', titleEn: 'Added' }).expect(409);
    expect(late.body.code).toBe('ASSEMBLY_NOT_EDITABLE');
    expect((await t.http.patch(`/api/assemblies/${a.id}`).set(as(admin)).send({ place: 'Laval' })).status).toBe(409);
    expect((await t.http.post(`/api/assemblies/${a.id}/cancel`).set(as(admin))).body.code).toBe('ASSEMBLY_IN_SESSION');
  });

  it('answers 404 for an unknown assembly or item and 400 for a malformed identifier or body', async () => {
    expect((await t.http.get('/api/assemblies/00000000-0000-4000-8000-000000000000').set(as(admin))).body.code).toBe('ASSEMBLY_NOT_FOUND');
    const a = await create();
    expect((await t.http.delete(`/api/assemblies/${a.id}/agenda/00000000-0000-4000-8000-000000000000`).set(as(admin))).body.code).toBe('AGENDA_ITEM_NOT_FOUND');
    expect((await t.http.get('/api/assemblies/nope').set(as(admin))).status).toBe(400);
    const bad = await t.http.post('/api/assemblies').set(as(admin)).send({ kind: 'yearly', titleFr: 'x', titleEn: 'AGM', startsAt: '2027-02-30T19:00:00Z', videoUrl: 'javascript:alert(1)' }).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['kind', 'startsAt', 'titleFr', 'videoUrl']);
  });

  it('shows drafts only to those who prepare assemblies (404 to the others), newest first', async () => {
    const draft = await create({ titleFr: 'Brouillon', titleEn: 'Draft' });
    const convened = await createAssembly(t, { days: 400 });
    const { token: delegate } = await delegateOf(t);
    const list = (await t.http.get('/api/assemblies').set(as(delegate)).expect(200)).body as AssemblySummary[];
    expect(list.map((a) => a.id)).toContain(convened);
    expect(list.map((a) => a.id)).not.toContain(draft.id);
    const starts = list.map((a) => a.startsAt);
    expect(starts).toEqual([...starts].sort().reverse());
    expect((await t.http.get(`/api/assemblies/${draft.id}`).set(as(delegate))).status).toBe(404);
    expect((await t.http.get(`/api/assemblies/${convened}`).set(as(delegate))).status).toBe(200);
    const adminList = (await t.http.get('/api/assemblies').set(as(admin)).expect(200)).body as AssemblySummary[];
    expect(adminList.map((a) => a.id)).toContain(draft.id);
    // The chair already named on a draft prepares it too (as its live state shows it to them); another chair does not.
    const chair = await t.personWith(['assembly_chair']);
    const other = await t.personWith(['assembly_chair']);
    await t.http.put(`/api/assemblies/${draft.id}/staff`).set(as(admin)).send({ chairId: chair.person.id, credentialsIds: [] }).expect(200);
    expect(((await t.http.get(`/api/assemblies/${draft.id}`).set(as(chair.token)).expect(200)).body as AssemblyDetail).you.duties).toEqual(['chair']);
    expect((await t.http.get(`/api/assemblies/${draft.id}`).set(as(other.token))).status).toBe(404);
  });

  describe('convocation', () => {
    it('is refused (409) when the date is earlier than the notice period allows, naming the earliest date in fr and en; nothing sent', async () => {
      const early = await eveningIn(9);
      const a = await create({ startsAt: early.startsAt });
      const mails = await count(t.ds, 'mail_outbox');
      const { day: earliest } = await eveningIn(10);
      const fr = await t.http.post(`/api/assemblies/${a.id}/convocation`).set(as(admin)).set('Accept-Language', 'fr').expect(409);
      expect(fr.body.code).toBe('ASSEMBLY_NOTICE_TOO_SHORT');
      expect(fr.body.message).toContain(`avant le ${readableDate(earliest, 'fr')}`);
      expect(fr.body.message).toMatch(/avant le \d{1,2} [a-zéû]+ \d{4}/);
      const en = await t.http.post(`/api/assemblies/${a.id}/convocation`).set(as(admin)).set('Accept-Language', 'en').expect(409);
      expect(en.body.message).toContain(`before ${readableDate(earliest, 'en')}`);
      expect(en.body.message).toMatch(/before [A-Z][a-z]+ \d{1,2}, \d{4}/);
      expect(await count(t.ds, 'mail_outbox')).toBe(mails);
      expect((await t.http.get(`/api/assemblies/${a.id}`).set(as(admin))).body.status).toBe('draft');
    });

    it('is accepted on the boundary: a convocation in the delegate’s language to every delegate of a member in good standing, with the agenda, audited', async () => {
      const { startsAt } = await eveningIn(10);
      const a = await create({ startsAt, titleFr: 'AGA frontière', titleEn: 'Boundary AGM' });
      const good = await createMember(t.ds);
      const fr = await delegateOf(t, good.id, { preferredLanguage: 'fr' });
      const en = await delegateOf(t, good.id, { preferredLanguage: 'en' });
      const suspended = await delegateOf(t, undefined, { member: { suspended: true } });
      const lapsed = await delegateOf(t, undefined, { member: { duesPaidUntil: '2020-01-01' } });
      const inactive = await delegateOf(t, undefined, { active: false });
      const d = (await t.http.post(`/api/assemblies/${a.id}/convocation`).set(as(admin)).expect(200)).body as AssemblyDetail;
      expect(d.status).toBe('convened');
      expect(d.convenedAt).not.toBeNull();
      const mails = await t.ds.query<{ personId: string; language: string; subject: string; text: string }[]>(
        `SELECT person_id AS "personId", language, subject, text FROM mail_outbox WHERE template = 'assembly_convocation'`,
      );
      const to = (id: string) => mails.filter((m) => m.personId === id);
      expect(to(fr.person.id)).toHaveLength(1);
      expect(to(fr.person.id)[0]).toMatchObject({ language: 'fr' });
      expect(to(fr.person.id)[0].subject).toContain('AGA frontière');
      expect(to(fr.person.id)[0].text).toContain("2. Adoption de l'ordre du jour");
      expect(to(fr.person.id)[0].text).toContain('assemblée générale annuelle');
      expect(to(en.person.id)[0]).toMatchObject({ language: 'en' });
      expect(to(en.person.id)[0].subject).toContain('Boundary AGM');
      expect(to(en.person.id)[0].text).toContain('2. Adoption of the agenda');
      expect(to(suspended.person.id)).toHaveLength(0);
      expect(to(lapsed.person.id)).toHaveLength(0);
      expect(to(inactive.person.id)).toHaveLength(0);
      expect(await audits('assembly.convened', a.id)).toBe(1);
      const again = await t.http.post(`/api/assemblies/${a.id}/convocation`).set(as(admin)).expect(409);
      expect(again.body.code).toBe('ASSEMBLY_ALREADY_CONVENED');

      const mine = (await t.http.get('/api/assemblies/convocations/mine').set(as(en.token)).expect(200)).body as Convocation[];
      expect(mine.map((c) => c.assemblyId)).toContain(a.id);
      expect(mine.find((c) => c.assemblyId === a.id)).toMatchObject({ kind: 'annual', titleEn: 'Boundary AGM', registered: false });
      const none = (await t.http.get('/api/assemblies/convocations/mine').set(as(suspended.token)).expect(200)).body as Convocation[];
      expect(none.map((c) => c.assemblyId)).not.toContain(a.id);
    });

    it('lets a convened assembly move only within the notice period counted from the convocation, and keeps its kind', async () => {
      const a = await create({ startsAt: (await eveningIn(12)).startsAt });
      await t.http.post(`/api/assemblies/${a.id}/convocation`).set(as(admin)).expect(200);
      await t.http.patch(`/api/assemblies/${a.id}`).set(as(admin)).send({ startsAt: (await eveningIn(10)).startsAt }).expect(200);
      const tooEarly = await t.http.patch(`/api/assemblies/${a.id}`).set(as(admin)).send({ startsAt: (await eveningIn(9)).startsAt }).expect(409);
      expect(tooEarly.body.code).toBe('ASSEMBLY_NOTICE_TOO_SHORT');
      expect((await t.http.patch(`/api/assemblies/${a.id}`).set(as(admin)).send({ kind: 'special' })).body.code).toBe('ASSEMBLY_ALREADY_CONVENED');
      const later = (await t.http.patch(`/api/assemblies/${a.id}`).set(as(admin)).send({ startsAt: (await eveningIn(60)).startsAt }).expect(200)).body as AssemblyDetail;
      expect(later.startsAt).toBe((await eveningIn(60)).startsAt);
    });

    it('cancels before the session: then nothing changes any more', async () => {
      const a = await create();
      const d = (await t.http.post(`/api/assemblies/${a.id}/cancel`).set(as(admin)).expect(200)).body as AssemblyDetail;
      expect(d.status).toBe('cancelled');
      expect(await audits('assembly.cancelled', a.id)).toBe(1);
      expect((await t.http.post(`/api/assemblies/${a.id}/convocation`).set(as(admin))).body.code).toBe('ASSEMBLY_NOT_EDITABLE');
      expect((await t.http.patch(`/api/assemblies/${a.id}`).set(as(admin)).send({ place: 'Laval' })).status).toBe(409);
    });
  });

  describe('documents and duties', () => {
    it('takes a PDF with its titles, refuses an executable by its content, serves it to delegates once convened, and removes it', async () => {
      const a = await create();
      const up = (buffer: Buffer, name: string, fields: Record<string, string> = { titleFr: 'Rapport annuel', titleEn: 'Annual report' }) => {
        let req = t.http.post(`/api/assemblies/${a.id}/documents`).set(as(admin));
        for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
        return req.attach('file', buffer, { filename: name, contentType: 'application/pdf' });
      };
      const d = (await up(pdfBytes(), 'rapport.pdf').expect(201)).body as AssemblyDetail;
      expect(d.documents).toHaveLength(1);
      expect(d.documents[0]).toMatchObject({ titleFr: 'Rapport annuel', titleEn: 'Annual report', fileName: 'rapport.pdf', mediaType: 'application/pdf' });
      expect((await up(EXE(), 'budget.pdf').expect(415)).body.code).toBe('DOCUMENT_TYPE_REFUSED');
      const noTitle = await up(pdfBytes(), 'x.pdf', { titleFr: 'Rapport' }).expect(400);
      expect([...new Set(noTitle.body.fields.map((f: { field: string }) => f.field))]).toEqual(['titleEn']);
      const nul = await up(pdfBytes(), 'x.pdf', { titleFr: 'a\u0000b', titleEn: 'Report' }).expect(400);
      expect(nul.body.fields[0].field).toBe('titleFr');
      const docId = d.documents[0].id;
      const { token: delegate } = await delegateOf(t);
      expect((await t.http.get(`/api/assemblies/${a.id}/documents/${docId}`).set(as(delegate))).status).toBe(404);
      await t.ds.query(`UPDATE assemblies SET status = 'convened', convened_at = now() WHERE id = $1`, [a.id]);
      const file = await t.http.get(`/api/assemblies/${a.id}/documents/${docId}`).set(as(delegate)).buffer(true).expect(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(Buffer.compare(file.body as Buffer, pdfBytes())).toBe(0);
      const removed = (await t.http.delete(`/api/assemblies/${a.id}/documents/${docId}`).set(as(admin)).expect(200)).body as AssemblyDetail;
      expect(removed.documents).toEqual([]);
      expect(await audits('assembly.document_added', docId)).toBe(1);
      expect(await audits('assembly.document_removed', docId)).toBe(1);
    });

    it('names a chair holding the assembly_chair role and a desk of staff; anyone else is 400 on the field', async () => {
      const a = await create();
      const chair = (await t.personWith(['assembly_chair'], { fullName: 'Chantal Président' })).person;
      const secretary = (await t.personWith(['secretary'])).person;
      const plain = (await t.personWith([])).person;
      const wrongChair = await t.http.put(`/api/assemblies/${a.id}/staff`).set(as(admin)).send({ chairId: secretary.id, credentialsIds: [] }).expect(400);
      expect(wrongChair.body.fields.map((f: { field: string }) => f.field)).toEqual(['chairId']);
      const wrongDesk = await t.http.put(`/api/assemblies/${a.id}/staff`).set(as(admin)).send({ chairId: chair.id, credentialsIds: [secretary.id, plain.id] }).expect(400);
      expect(wrongDesk.body.fields.map((f: { field: string }) => f.field)).toEqual(['credentialsIds']);
      const d = (await t.http.put(`/api/assemblies/${a.id}/staff`).set(as(admin)).send({ chairId: chair.id, credentialsIds: [secretary.id] }).expect(200)).body as AssemblyDetail;
      expect(d.staff).toEqual([
        { personId: chair.id, fullName: 'Chantal Président', duty: 'chair' },
        { personId: secretary.id, fullName: secretary.fullName, duty: 'credentials' },
      ]);
      expect(await audits('assembly.staff_named', a.id)).toBe(1);
      const cleared = (await t.http.put(`/api/assemblies/${a.id}/staff`).set(as(admin)).send({ chairId: null, credentialsIds: [] }).expect(200)).body as AssemblyDetail;
      expect(cleared.staff).toEqual([]);
    });
  });
});
