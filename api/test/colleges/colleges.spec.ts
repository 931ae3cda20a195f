import type { College } from '@concerto/contracts';
import { createCollege, createMember, count } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('electoral colleges', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('lists the colleges publicly, in their order, with the number of members of each', async () => {
    const second = await createCollege(t.ds, { code: 'syndical', sortOrder: 2, seatCount: 3 });
    const first = await createCollege(t.ds, { code: 'reseaux', sortOrder: 1, seatCount: 10 });
    await createMember(t.ds, { collegeId: first.id });
    await createMember(t.ds, { collegeId: first.id });
    const res = await t.http.get('/api/colleges').expect(200);
    const colleges = res.body as College[];
    expect(colleges.map((c) => c.code)).toEqual(['reseaux', 'syndical']);
    expect(colleges[0]).toEqual({ id: first.id, code: 'reseaux', nameFr: first.nameFr, nameEn: first.nameEn, seatCount: 10, sortOrder: 1, memberCount: 2 });
    expect(colleges[1]).toMatchObject({ id: second.id, memberCount: 0 });
  });

  it('lets the administrator create a college, audited, placed after the others by default', async () => {
    const res = await t.http
      .post('/api/colleges')
      .set(as(admin))
      .send({ code: 'Femmes', nameFr: 'Groupes de femmes', nameEn: "Women's groups", seatCount: 2 })
      .expect(201);
    expect(res.body).toMatchObject({ code: 'femmes', seatCount: 2, memberCount: 0 });
    const [{ max }] = await t.ds.query(`SELECT max(sort_order)::int AS max FROM colleges`);
    expect(res.body.sortOrder).toBe(max);
    expect(await count(t.ds, 'audit_log', `action = 'college.created' AND target_id = $1 AND stream = 'membership'`, [res.body.id])).toBe(1);
  });

  it('refuses a code another college already uses (409) and creates nothing', async () => {
    await createCollege(t.ds, { code: 'recherche' });
    const before = await count(t.ds, 'colleges');
    const res = await t.http.post('/api/colleges').set(as(admin)).send({ code: 'recherche', nameFr: 'Recherche', nameEn: 'Research', seatCount: 2 });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'COLLEGE_CODE_TAKEN', message: 'Un autre collège utilise déjà le code « recherche ».' });
    expect(await count(t.ds, 'colleges')).toBe(before);
  });

  it('changes the seats of a college and records before and after', async () => {
    const college = await createCollege(t.ds, { seatCount: 6 });
    const res = await t.http.patch(`/api/colleges/${college.id}`).set(as(admin)).send({ seatCount: 7, nameEn: 'Local development' }).expect(200);
    expect(res.body).toMatchObject({ seatCount: 7, nameEn: 'Local development', code: college.code });
    const [entry] = await t.ds.query(`SELECT before, after FROM audit_log WHERE action = 'college.updated' AND target_id = $1`, [college.id]);
    expect(entry.before.seatCount).toBe(6);
    expect(entry.after.seatCount).toBe(7);
  });

  it('refuses renaming a college to a taken code, and an unknown college', async () => {
    const a = await createCollege(t.ds);
    const b = await createCollege(t.ds);
    const taken = await t.http.patch(`/api/colleges/${b.id}`).set(as(admin)).set('Accept-Language', 'en').send({ code: a.code });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toBe(`Another college already uses the code "${a.code}".`);
    await t.http.patch('/api/colleges/00000000-0000-4000-8000-000000000000').set(as(admin)).send({ seatCount: 1 }).expect(404);
  });

  it('refuses a negative or fractional seat count with the field named, in French and English', async () => {
    const college = await createCollege(t.ds, { seatCount: 4 });
    const fr = await t.http.patch(`/api/colleges/${college.id}`).set(as(admin)).send({ seatCount: -1 });
    expect(fr.status).toBe(400);
    expect(fr.body.fields).toEqual([{ field: 'seatCount', message: 'Le champ « Sièges » doit être supérieur ou égal à 0.' }]);
    const en = await t.http.post('/api/colleges').set(as(admin)).set('Accept-Language', 'en').send({ code: 'x1', nameFr: 'Xx', nameEn: 'Xx', seatCount: 1.5 });
    expect(en.status).toBe(400);
    expect(en.body.fields).toEqual([{ field: 'seatCount', message: 'The field "Seats" must be a whole number.' }]);
    const [row] = await t.ds.query(`SELECT seat_count FROM colleges WHERE id = $1`, [college.id]);
    expect(row.seat_count).toBe(4);
    expect(await count(t.ds, 'colleges', `code = 'x1'`)).toBe(0);
  });

  it('does not let the board fall below the seats reserved for youth', async () => {
    await t.ds.query(`UPDATE bylaw_settings SET youth_reserved_seats = (SELECT sum(seat_count) FROM colleges)`);
    const college = await createCollege(t.ds, { seatCount: 0 });
    const withSeats = (await t.ds.query(`SELECT id, seat_count FROM colleges WHERE seat_count > 0 LIMIT 1`))[0];
    const res = await t.http.patch(`/api/colleges/${withSeats.id}`).set(as(admin)).send({ seatCount: withSeats.seat_count - 1 });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('seatCount');
    expect(res.body.fields[0].message).toMatch(/^Le champ « Sièges » ne peut être réduit ainsi : le conseil compterait \d+ sièges, moins que les \d+ sièges réservés à la jeunesse\.$/);
    // Adding seats elsewhere is always fine.
    await t.http.patch(`/api/colleges/${college.id}`).set(as(admin)).send({ seatCount: 1 }).expect(200);
    await t.ds.query(`UPDATE bylaw_settings SET youth_reserved_seats = 2`);
  });
});
