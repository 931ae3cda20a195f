import type { ApiError } from '@concerto/contracts';
import { gzipSync } from 'zlib';
import { count, createCollege } from '../support/factories';
import { rawPost } from '../support/raw-http';
import { createTestApp, TestApp, TEST_PASSWORD } from '../support/test-app';

/** Input that once answered 500: each must now be a 4xx in the caller's language, naming the field. */
describe('bad input is refused with a clear 4xx, never a server error', () => {
  let t: TestApp;
  let admin: string;
  let collegeId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
    collegeId = (await createCollege(t.ds, { code: 'reseaux' })).id;
  });
  afterAll(() => t.close());
  const auth = { Authorization: '' };
  beforeEach(() => (auth.Authorization = `Bearer ${admin}`));
  const fieldsOf = (body: ApiError) => (body.fields ?? []).map((f) => f.field);

  describe('NUL characters and lone surrogates', () => {
    it('refuses a NUL in an anonymous login e-mail, naming the field in English', async () => {
      const res = await t.http.post('/api/auth/login').set('Accept-Language', 'en').send({ email: 'a\u0000@x.org', password: 'whatever-secret' });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(fieldsOf(res.body)).toEqual(['email']);
      expect(res.body.fields[0].message).toMatch(/e-mail address.*forbidden character/i);
    });

    it('refuses a NUL in a query string (people search) in French', async () => {
      const res = await t.http.get('/api/people?q=a%00b').set(auth);
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['q']);
      expect(res.body.fields[0].message).toMatch(/caractère interdit/);
    });

    it('refuses a lone surrogate inside a nested body field, naming its path', async () => {
      const raw = '{"legalName":"Coop \\ud800","kind":"cooperative","sector":"food","region":"03","collegeId":"' + collegeId + '"}';
      const res = await t.http.post('/api/members').set(auth).set('Content-Type', 'application/json').send(raw);
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['legalName']);
      expect(await count(t.ds, 'members')).toBe(0);
    });

    it('refuses a NUL in a path parameter', async () => {
      const res = await t.http.get('/api/people/%00').set(auth);
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['id']);
    });

    it('refuses a NUL in a field name', async () => {
      const res = await t.http.patch('/api/settings').set(auth).send({ 'a\u0000b': 1 });
      expect(res.status).toBe(400);
    });
  });

  describe('body encodings and shapes', () => {
    it('refuses a charset the parser does not know with 415 and a code', async () => {
      const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json; charset=foo').send('{"email":"a@b.c","password":"x"}');
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_CHARSET');
      expect(res.body.message).toMatch(/jeu de caractères/);
    });

    it('refuses an unknown Content-Encoding with 415 and a code', async () => {
      const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').set('Content-Encoding', 'bogus').send('{"email":"a@b.c","password":"x"}');
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_ENCODING');
    });

    it('refuses gzip garbage with 400', async () => {
      const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send(Buffer.from('not gzip at all'));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('MALFORMED_BODY');
    });

    it('still reads a well-formed gzip body', async () => {
      const res = await rawPost(t, '/api/auth/login', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }, gzipSync(JSON.stringify({ email: 'nobody@test.concerto', password: 'whatever-secret' })));
      expect(res.status).toBe(401);
    });

    it('refuses JSON nested thousands deep before transforming it', async () => {
      const deep = '{"reason":' + '['.repeat(5000) + ']'.repeat(5000) + '}';
      const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').set('Accept-Language', 'en').send(deep);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BODY_TOO_DEEP');
      expect(res.body.message).toMatch(/32/);
    });

    it('refuses an anonymous 2 MB login body with 413 and a code', async () => {
      const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });

  describe('body sizes', () => {
    it('refuses a 150 kB JSON body on an ordinary route, in English', async () => {
      const res = await t.http.patch('/api/settings').set(auth).set('Accept-Language', 'en').send({ x: 'y'.repeat(150 * 1024) });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'The content sent is too large.' });
    });

    it('still takes a member file larger than 100 kB', async () => {
      const lines = ['legal_name,kind,sector,region,college_code'];
      for (let i = 0; i < 3000; i++) lines.push(`Organisme au long nom numéro ${i},nonprofit,education,03,reseaux`);
      const res = await t.http.post('/api/members/import').set(auth).set('Content-Type', 'text/csv; charset=utf-8').send(lines.join('\n'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ imported: true, createdCount: 3000 });
      await t.ds.query(`DELETE FROM members`);
    });
  });

  describe('member import file', () => {
    const post = () => t.http.post('/api/members/import').set(auth);
    it('refuses a file sent in another character set, or compressed', async () => {
      const latin1 = await post().set('Content-Type', 'text/csv; charset=iso-8859-1').send('legal_name\n');
      expect(latin1.status).toBe(415);
      expect(latin1.body.code).toBe('UNSUPPORTED_CHARSET');
      const gzip = await post().set('Content-Type', 'text/csv').set('Content-Encoding', 'gzip').send('legal_name\n');
      expect(gzip.status).toBe(415);
      expect(gzip.body.code).toBe('UNSUPPORTED_ENCODING');
    });

    it('reports a row holding a NUL instead of failing, and creates nothing', async () => {
      const res = await post().set('Content-Type', 'text/csv').send('legal_name,kind,sector,region,college_code\nCoop\u0000nulle,cooperative,food,03,reseaux\n');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ imported: false, rejected: [{ line: 2 }] });
      expect(res.body.rejected[0].errors[0]).toMatch(/caractère interdit/);
      expect(await count(t.ds, 'members')).toBe(0);
    });

    it('refuses a file whose quote never closes, naming the line', async () => {
      const res = await post().set('Content-Type', 'text/csv').set('Accept-Language', 'en').send('legal_name,kind,sector,region,college_code\n"Coop,cooperative,food,03,reseaux\n');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('IMPORT_MALFORMED');
    });
  });

  describe('query parameters have maxima', () => {
    it.each(['/api/people', '/api/audit', '/api/members'])('refuses page=1e18 on %s, naming the page', async (path) => {
      const res = await t.http.get(`${path}?page=1e18`).set(auth).set('Accept-Language', 'en');
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['page']);
    });
  });

  describe('text that grows when lower-cased or normalised', () => {
    it('refuses 254 × "İ" as a login e-mail (its lower-case form is too long) without a 500', async () => {
      const res = await t.http.post('/api/auth/login').send({ email: 'İ'.repeat(254), password: 'whatever-secret' });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['email']);
    });

    it('creates a member whose legal name is 300 × "œ" (its search form is 600 characters)', async () => {
      const res = await t.http.post('/api/members').set(auth).send({ legalName: 'œ'.repeat(300), kind: 'cooperative', sector: 'food', region: '03', collegeId, city: 'Œ'.repeat(120) });
      expect(res.status).toBe(201);
      const [row] = await t.ds.query(`SELECT search_name, search_city FROM members WHERE id = $1`, [res.body.id]);
      expect(row.search_name).toBe('oe'.repeat(300));
      expect(row.search_city).toBe('oe'.repeat(120));
    });
  });

  it('a person with a long name and a long e-mail can log in, and the audit keeps who it was', async () => {
    const email = `${'x'.repeat(240)}@test.concerto`;
    const { person } = await t.personWith(['admin'], { email, fullName: 'N'.repeat(200) });
    const res = await t.http.post('/api/auth/login').send({ email, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    const [entry] = await t.ds.query(`SELECT actor_label FROM audit_log WHERE actor_id = $1 AND action = 'auth.login' ORDER BY id DESC LIMIT 1`, [person.id]);
    expect(entry.actor_label).toBe(`${'N'.repeat(200)} <${email}>`);
  });

  describe('dates PostgreSQL refuses or that make no sense', () => {
    it.each(['0000-01-01', '1899-12-31', '3000-01-01', '9999-12-31'])('refuses dues paid until %s, naming the field', async (date) => {
      const res = await t.http.post('/api/members').set(auth).send({ legalName: 'Coop du temps', kind: 'cooperative', sector: 'food', region: '03', collegeId, duesPaidUntil: date });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['duesPaidUntil']);
    });

    it('refuses year 0000 in an imported row, reporting the line', async () => {
      const csv = 'legal_name,kind,sector,region,college_code,dues_paid_until\nCoop zéro,cooperative,food,03,reseaux,0000-01-01\n';
      const res = await t.http.post('/api/members/import').set(auth).set('Content-Type', 'text/csv').send(csv);
      expect(res.status).toBe(200);
      expect(res.body.imported).toBe(false);
      expect(res.body.rejected[0].line).toBe(2);
    });
  });
});
