import type { Member, Page } from '@concerto/contracts';
import { count, createCollege, createMember, daysFromToday, designate } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('member organizations', () => {
  let t: TestApp;
  let admin: string;
  let secretary: string;
  let collegeId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
    secretary = (await t.personWith(['secretary'])).token;
    collegeId = (await createCollege(t.ds, { code: 'reseaux', seatCount: 10 })).id;
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const valid = async () => ({ legalName: 'Coopérative de solidarité Le Pivot', neq: '1143 2567 89', kind: 'cooperative', sector: 'food', region: '03', collegeId, duesPaidUntil: await daysFromToday(t.ds, 200), city: 'Québec' });

  describe('records', () => {
    it('creates a member with its search name and audit entry, and shows it in good standing', async () => {
      const res = await t.http.post('/api/members').set(as(admin)).send(await valid()).expect(201);
      const member = res.body as Member;
      expect(member).toMatchObject({ legalName: 'Coopérative de solidarité Le Pivot', neq: '1143256789', collegeCode: 'reseaux', standing: 'good_standing', delegateCount: 0, city: 'Québec' });
      const [row] = await t.ds.query(`SELECT search_name FROM members WHERE id = $1`, [member.id]);
      expect(row.search_name).toBe('cooperative de solidarite le pivot');
      expect(await count(t.ds, 'audit_log', `action = 'member.created' AND target_id = $1`, [member.id])).toBe(1);
      const got = await t.http.get(`/api/members/${member.id}`).set(as(secretary)).expect(200);
      expect(got.body).toEqual(member);
    });

    it('refuses a NEQ another member has (409) and creates nothing', async () => {
      await createMember(t.ds, { neq: '2200000001', collegeId });
      const before = await count(t.ds, 'members');
      const res = await t.http.post('/api/members').set(as(admin)).send({ ...(await valid()), neq: '2200000001' });
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ statusCode: 409, code: 'NEQ_TAKEN', message: 'Une autre organisation membre a déjà le NEQ 2200000001.' });
      expect(await count(t.ds, 'members')).toBe(before);
    });

    it('names each invalid field, in French by default and in English on request, and changes nothing', async () => {
      const before = await count(t.ds, 'members');
      const bad = { legalName: 'X', neq: '123', kind: 'company', sector: 'food', region: '18', collegeId, duesPaidUntil: '2026-02-30' };
      const fr = await t.http.post('/api/members').set(as(admin)).send(bad);
      expect(fr.status).toBe(400);
      expect(fr.body.code).toBe('VALIDATION_FAILED');
      expect(fr.body.message).toBe('Certaines données sont invalides.');
      expect(fr.body.fields).toEqual(
        expect.arrayContaining([
          { field: 'legalName', message: 'Le champ « Nom légal » doit contenir au moins 2 caractères.' },
          { field: 'neq', message: 'Le champ « NEQ » doit compter 10 chiffres.' },
          { field: 'region', message: expect.stringMatching(/^Le champ « Région administrative » doit être une des valeurs : 01 Bas-Saint-Laurent, 02 Saguenay–Lac-Saint-Jean/) },
          { field: 'duesPaidUntil', message: "Le champ « Cotisation payée jusqu'au » doit être une date valide AAAA-MM-JJ." },
          { field: 'kind', message: expect.stringMatching(/^Le champ « Type d'organisation » doit être une des valeurs : Coopérative, Organisme à but non lucratif \(OBNL\)/) },
        ]),
      );
      const en = await t.http.post('/api/members').set(as(admin)).set('Accept-Language', 'en-CA,en;q=0.8').send({ ...(await valid()), neq: null, extra: 1 });
      expect(en.status).toBe(400);
      expect(en.body).toMatchObject({ message: 'Some data is invalid.', fields: [{ field: 'extra', message: 'The field "extra" is not accepted.' }] });
      expect(await count(t.ds, 'members')).toBe(before);
    });

    it('refuses an unknown college as an error on collegeId', async () => {
      const res = await t.http.post('/api/members').set(as(admin)).set('Accept-Language', 'en').send({ ...(await valid()), neq: null, collegeId: '00000000-0000-4000-8000-000000000000' });
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual([{ field: 'collegeId', message: 'The field "College" matches no existing college.' }]);
    });

    it('updates only the fields sent, keeps the search name in step and audits before and after', async () => {
      const member = await createMember(t.ds, { legalName: 'Centre de la petite enfance Les Lucioles', collegeId, region: '06' });
      const res = await t.http.patch(`/api/members/${member.id}`).set(as(admin)).send({ legalName: 'CPE Les Éclaireurs', region: '13' }).expect(200);
      expect(res.body).toMatchObject({ legalName: 'CPE Les Éclaireurs', region: '13', kind: member.kind, sector: member.sector });
      const [row] = await t.ds.query(`SELECT search_name FROM members WHERE id = $1`, [member.id]);
      expect(row.search_name).toBe('cpe les eclaireurs');
      const [entry] = await t.ds.query(`SELECT before, after FROM audit_log WHERE action = 'member.updated' AND target_id = $1`, [member.id]);
      expect(entry.before).toMatchObject({ legalName: 'Centre de la petite enfance Les Lucioles', region: '06' });
      expect(entry.after).toMatchObject({ legalName: 'CPE Les Éclaireurs', region: '13' });
    });

    it('refuses to blank a required field in an update, naming it', async () => {
      const member = await createMember(t.ds, { collegeId, legalName: 'Coop Intacte' });
      const res = await t.http.patch(`/api/members/${member.id}`).set(as(admin)).set('Accept-Language', 'en').send({ legalName: null, region: null, city: null });
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual(
        expect.arrayContaining([
          { field: 'legalName', message: 'The field "Legal name" must be text.' },
          { field: 'region', message: 'Choose an administrative region.' },
        ]),
      );
      expect(res.body.fields.map((f: { field: string }) => f.field)).not.toContain('city');
      const [row] = await t.ds.query(`SELECT legal_name, region FROM members WHERE id = $1`, [member.id]);
      expect(row).toEqual({ legal_name: 'Coop Intacte', region: '06' });
    });

    it('answers 404 for an unknown member and 400 for an identifier that is not one', async () => {
      await t.http.get('/api/members/00000000-0000-4000-8000-000000000000').set(as(admin)).expect(404);
      const res = await t.http.get('/api/members/42').set(as(admin)).expect(400);
      expect(res.body.fields).toEqual([{ field: 'id', message: 'Le champ « identifiant » doit être un identifiant valide.' }]);
    });
  });

  describe('standing', () => {
    it('is lapsed when dues ran out or were never paid, good through the last day paid', async () => {
      const paidToday = await createMember(t.ds, { collegeId, duesPaidUntil: await daysFromToday(t.ds, 0) });
      const ranOut = await createMember(t.ds, { collegeId, duesPaidUntil: await daysFromToday(t.ds, -1) });
      const never = await createMember(t.ds, { collegeId, duesPaidUntil: null });
      const standing = async (id: string) => (await t.http.get(`/api/members/${id}`).set(as(admin))).body.standing;
      expect(await standing(paidToday.id)).toBe('good_standing');
      expect(await standing(ranOut.id)).toBe('lapsed');
      expect(await standing(never.id)).toBe('lapsed');
    });

    it('suspends a member with a reason and reinstates it, each once, audited', async () => {
      const member = await createMember(t.ds, { collegeId });
      const suspended = await t.http.post(`/api/members/${member.id}/suspend`).set(as(admin)).send({ reason: 'Cotisation contestée' }).expect(200);
      expect(suspended.body).toMatchObject({ suspended: true, standing: 'suspended' });
      const again = await t.http.post(`/api/members/${member.id}/suspend`).set(as(admin)).send({ reason: 'Encore' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ALREADY_SUSPENDED');
      const [row] = await t.ds.query(`SELECT suspension_reason FROM members WHERE id = $1`, [member.id]);
      expect(row.suspension_reason).toBe('Cotisation contestée');
      const reinstated = await t.http.post(`/api/members/${member.id}/reinstate`).set(as(admin)).expect(200);
      expect(reinstated.body).toMatchObject({ suspended: false, standing: 'good_standing' });
      const twice = await t.http.post(`/api/members/${member.id}/reinstate`).set(as(admin)).set('Accept-Language', 'en');
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: 'NOT_SUSPENDED', message: 'This member organization is not suspended.' });
      const actions = await t.ds.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY seq`, [member.id]);
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['member.suspended', 'member.reinstated']);
    });

    it('requires a reason to suspend', async () => {
      const member = await createMember(t.ds, { collegeId });
      const res = await t.http.post(`/api/members/${member.id}/suspend`).set(as(admin)).send({});
      expect(res.status).toBe(400);
      expect(res.body.fields[0].field).toBe('reason');
      const [row] = await t.ds.query(`SELECT suspended FROM members WHERE id = $1`, [member.id]);
      expect(row.suspended).toBe(false);
    });
  });

  describe('directory', () => {
    let college2: string;
    beforeAll(async () => {
      await t.ds.query(`DELETE FROM delegates`);
      await t.ds.query(`DELETE FROM members`);
      college2 = (await createCollege(t.ds, { code: 'poles' })).id;
      for (let i = 0; i < 30; i++) {
        await createMember(t.ds, {
          legalName: `Organisme ${String(i).padStart(2, '0')}`,
          collegeId: i % 3 === 0 ? college2 : collegeId,
          region: i % 2 === 0 ? '02' : '06',
          sector: i % 5 === 0 ? 'media' : 'food',
          duesPaidUntil: i % 10 === 9 ? await daysFromToday(t.ds, -30) : await daysFromToday(t.ds, 30),
          suspended: i === 4,
          neq: `33000000${String(i).padStart(2, '0')}`,
        });
      }
      await createMember(t.ds, { legalName: 'Économie Sociale Cœur-du-Québec', collegeId, neq: '4455667788', city: 'Trois-Rivières' });
    });
    const list = async (query: Record<string, string | number>) => {
      const res = await t.http.get('/api/members').query(query).set(as(secretary));
      expect(res.status).toBe(200);
      return res.body as Page<Member>;
    };

    it('pages through the members ordered by name, 25 by default', async () => {
      const first = await list({});
      expect(first).toMatchObject({ total: 31, page: 1, pageSize: 25 });
      expect(first.items).toHaveLength(25);
      expect(first.items[0].legalName).toBe('Économie Sociale Cœur-du-Québec');
      expect(first.items[1].legalName).toBe('Organisme 00');
      const last = await list({ page: 4, pageSize: 10 });
      expect(last.items.map((m) => m.legalName)).toEqual(['Organisme 29']);
      const past = await list({ page: 9, pageSize: 10 });
      expect(past).toEqual({ items: [], total: 31, page: 9, pageSize: 10 });
    });

    it('filters by college, region, sector and standing, together', async () => {
      expect((await list({ collegeId: college2 })).total).toBe(10);
      expect((await list({ region: '02' })).total).toBe(15);
      expect((await list({ sector: 'media' })).total).toBe(6);
      expect((await list({ standing: 'suspended' })).items.map((m) => m.legalName)).toEqual(['Organisme 04']);
      expect((await list({ standing: 'lapsed' })).items.map((m) => m.legalName)).toEqual(['Organisme 09', 'Organisme 19', 'Organisme 29']);
      expect((await list({ standing: 'good_standing' })).total).toBe(27);
      const both = await list({ region: '02', sector: 'media', collegeId: college2 });
      expect(both.items.map((m) => m.legalName)).toEqual(['Organisme 00']);
    });

    it('finds a member by its name or city without accents or case, or by the start of its NEQ', async () => {
      expect((await list({ q: 'COEUR-DU-QUEBEC' })).items.map((m) => m.legalName)).toEqual(['Économie Sociale Cœur-du-Québec']);
      expect((await list({ q: 'cœur-du-québec' })).items.map((m) => m.legalName)).toEqual(['Économie Sociale Cœur-du-Québec']);
      expect((await list({ q: 'économie' })).total).toBe(1);
      expect((await list({ q: 'TROIS-RIVIERES' })).items.map((m) => m.city)).toEqual(['Trois-Rivières']);
      expect((await list({ q: '4455 667' })).items.map((m) => m.neq)).toEqual(['4455667788']);
      expect((await list({ q: '%' })).total).toBe(0);
    });

    it('counts the active delegates of each member', async () => {
      const page = await list({ q: 'organisme 07' });
      const { person: p1 } = await t.personWith([]);
      const { person: p2 } = await t.personWith([]);
      await designate(t.ds, page.items[0].id, p1.id);
      const ended = await designate(t.ds, page.items[0].id, p2.id);
      await t.ds.query(`UPDATE delegates SET ended_at = now() WHERE id = $1`, [ended.id]);
      expect((await list({ q: 'organisme 07' })).items[0].delegateCount).toBe(1);
    });

    it('refuses a page size over 100 and an unknown standing', async () => {
      const res = await t.http.get('/api/members').query({ pageSize: 101, standing: 'dormant' }).set(as(secretary)).set('Accept-Language', 'en');
      expect(res.status).toBe(400);
      expect(res.body.fields).toEqual(
        expect.arrayContaining([
          { field: 'pageSize', message: 'The field "results per page" must be at most 100.' },
          { field: 'standing', message: 'The field "Standing" must be one of: In good standing, Suspended, Lapsed.' },
        ]),
      );
    });
  });
});
