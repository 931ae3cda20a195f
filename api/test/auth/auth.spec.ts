import { createHmac } from 'crypto';
import { createTestApp, TEST_PASSWORD, TestApp } from '../support/test-app';

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
  });
  afterAll(() => t.close());

  it('logs a delegate in and tells who they are', async () => {
    const { person } = await t.personWith(['secretary'], { fullName: 'Louise Ouellet' });
    const tokens = await t.login(person.email);
    expect(tokens.expiresIn).toBe(900);
    expect(tokens.user).toMatchObject({ email: person.email, fullName: 'Louise Ouellet', roles: ['secretary'], delegateOf: null });
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${tokens.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(person.email);
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const { person } = await t.personWith([]);
    const wrong = await t.http.post('/api/auth/login').send({ email: person.email, password: 'not-the-password' });
    const unknown = await t.http.post('/api/auth/login').send({ email: 'nobody@test.concerto', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Courriel ou mot de passe incorrect.' });
  });

  it('locks an account after repeated failures, even with the right password, from any address', async () => {
    const { person } = await t.personWith([]);
    for (let i = 0; i < 3; i++) {
      await t.http.post('/api/auth/login').send({ email: person.email, password: 'bad-password' }).expect(401);
    }
    const locked = await t.http.post('/api/auth/login').set('Accept-Language', 'en').send({ email: person.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.body.message).toMatch(/Too many failed login attempts/);
    // Another delegate in the same hall (same address) still gets in.
    const { person: other } = await t.personWith([]);
    await t.login(other.email);
  });

  it('rotates refresh tokens and revokes the whole family when a used one comes back', async () => {
    const { person } = await t.personWith([]);
    const first = await t.login(person.email);
    const second = await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    // The first token was stolen and replayed: refused, and the legitimate new one dies too.
    await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.refresh_reuse_revoked' AND target_id = $1`, [person.id]);
    expect(n).toBe(1);
  });

  it('logout revokes the refresh token', async () => {
    const { person } = await t.personWith([]);
    const tokens = await t.login(person.email);
    await t.http.post('/api/auth/logout').send({ refreshToken: tokens.refreshToken }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: tokens.refreshToken }).expect(401);
  });

  it('changes a password: the old one stops working and other sessions end', async () => {
    const { person } = await t.personWith([]);
    const tokens = await t.login(person.email);
    const auth = { Authorization: `Bearer ${tokens.accessToken}` };
    const wrong = await t.http.post('/api/me/password').set(auth).send({ currentPassword: 'nope', newPassword: 'a-brand-new-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('WRONG_CURRENT_PASSWORD');
    const short = await t.http.post('/api/me/password').set(auth).set('Accept-Language', 'en').send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.fields).toEqual([{ field: 'newPassword', message: 'The field "New password" must be at least 10 characters long.' }]);
    await t.http.post('/api/me/password').set(auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: tokens.refreshToken }).expect(401);
    await t.http.post('/api/auth/login').send({ email: person.email, password: TEST_PASSWORD }).expect(401);
    await t.login(person.email, 'a-brand-new-password');
  });

  it('updates my account and refuses unknown fields, in French by default', async () => {
    const { token } = await t.personWith([]);
    const ok = await t.http.patch('/api/me').set('Authorization', `Bearer ${token}`).send({ preferredLanguage: 'en', birthYear: 1995 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ preferredLanguage: 'en', birthYear: 1995 });
    const bad = await t.http.patch('/api/me').set('Authorization', `Bearer ${token}`).send({ preferredLanguage: 'de', roles: ['admin'] });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual(
      expect.arrayContaining([
        { field: 'preferredLanguage', message: 'Le champ « Langue de préférence » doit être une des valeurs : Français, Anglais.' },
        { field: 'roles', message: "Le champ « roles » n'est pas accepté." },
      ]),
    );
  });

  it('refuses to blank a required field of my account', async () => {
    const { person, token } = await t.personWith([]);
    const res = await t.http.patch('/api/me').set('Authorization', `Bearer ${token}`).set('Accept-Language', 'en').send({ fullName: null, preferredLanguage: null });
    expect(res.status).toBe(400);
    expect([...new Set(res.body.fields.map((f: { field: string }) => f.field))].sort()).toEqual(['fullName', 'preferredLanguage']);
    const [row] = await t.ds.query(`SELECT full_name FROM people WHERE id = $1`, [person.id]);
    expect(row.full_name).toBe(person.fullName);
  });

  describe('access tokens', () => {
    const sign = (header: object, payload: object, secret: string) => {
      const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const body = `${b64(header)}.${b64(payload)}`;
      return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
    };
    const secret = 'test-secret-'.padEnd(48, 'x');

    it('refuses an unsigned token (alg none), an expired one, one without expiry, and a foreign signature', async () => {
      const { person } = await t.personWith(['admin']);
      const now = Math.floor(Date.now() / 1000);
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: person.id, typ: 'access', exp: now + 60 })).toString('base64url')}.`;
      const expired = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, typ: 'access', iat: now - 120, exp: now - 60 }, secret);
      const noExpiry = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, typ: 'access', iat: now }, secret);
      const foreign = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, typ: 'access', iat: now, exp: now + 60 }, 'another-secret-'.padEnd(48, 'y'));
      const good = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, typ: 'access', iat: now, exp: now + 60 }, secret);
      for (const token of [none, expired, noExpiry, foreign]) {
        await t.http.get('/api/people').set('Authorization', `Bearer ${token}`).expect(401);
      }
      await t.http.get('/api/people').set('Authorization', `Bearer ${good}`).expect(200);
    });

    it('stops working as soon as the account is deactivated', async () => {
      const { token: adminToken } = await t.personWith(['admin']);
      const { person, token } = await t.personWith([]);
      await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(200);
      await t.http.patch(`/api/people/${person.id}`).set('Authorization', `Bearer ${adminToken}`).send({ active: false }).expect(200);
      await t.http.get('/api/me').set('Authorization', `Bearer ${token}`).expect(401);
    });
  });
});
