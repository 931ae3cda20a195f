import { createHmac } from 'crypto';
import { createTestApp, CSRF, refreshCookie, TEST_PASSWORD, TestApp } from '../support/test-app';

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

  const refresh = (cookie: string) => t.http.post('/api/auth/refresh').set('Cookie', cookie).set(CSRF);
  const me = (accessToken: string) => t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`);
  const auditCount = async (action: string, personId: string): Promise<number> =>
    (await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND target_id = $2`, [action, personId]))[0].n;

  it('lets no more attempts at one account be evaluated than the limit, however many arrive at once, and the lock then holds', async () => {
    const { person } = await t.personWith([]);
    const loginsBefore = await auditCount('auth.login', person.id);
    const passwords = [...Array.from({ length: 39 }, (_, i) => `wrong-password-${i}`), TEST_PASSWORD];
    const answers = await Promise.all(passwords.map((password) => t.http.post('/api/auth/login').send({ email: person.email, password })));
    const statuses = answers.map((r) => r.status);
    const evaluated = (await auditCount('auth.login_failed', person.id)) + (await auditCount('auth.login', person.id)) - loginsBefore;
    expect(statuses.filter((s) => s !== 429)).toHaveLength(evaluated);
    expect(evaluated).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(37);
    for (const r of answers.filter((a) => a.status === 429)) expect(r.body.code).toBe('TOO_MANY_ATTEMPTS');
    // Locked: even the right password is refused, unheard.
    const locked = await t.http.post('/api/auth/login').send({ email: person.email, password: TEST_PASSWORD });
    expect(locked.status).toBe(429);
    expect(await auditCount('auth.login', person.id)).toBe(loginsBefore);
  });

  it('a successful login gives back only its own slot: failures made at the same time still count', async () => {
    const { person } = await t.personWith([]);
    const answers = await Promise.all(
      [TEST_PASSWORD, 'wrong-password-1', 'wrong-password-2'].map((password) => t.http.post('/api/auth/login').send({ email: person.email, password })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401, 401]);
    const [row] = await t.ds.query(`SELECT failures FROM login_throttle WHERE key = $1`, [`account:${person.email}`]);
    expect(row.failures).toBe(2);
    await t.http.post('/api/auth/login').send({ email: person.email, password: 'wrong-password-3' }).expect(401);
    await t.http.post('/api/auth/login').send({ email: person.email, password: TEST_PASSWORD }).expect(429);
  });

  it('keeps the refresh token out of bodies and in an httpOnly, Secure, SameSite=Strict cookie for /api/auth only', async () => {
    const { person } = await t.personWith([]);
    const res = await t.http.post('/api/auth/login').send({ email: person.email, password: TEST_PASSWORD }).expect(200);
    expect(res.body).not.toHaveProperty('refreshToken');
    const setCookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('concerto_refresh='))!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\/api\/auth(;|$)/);
    const next = await refresh(refreshCookie(res)!).expect(200);
    expect(next.body).not.toHaveProperty('refreshToken');
    expect(refreshCookie(next)).not.toBe(refreshCookie(res));
  });

  it('sets a readable session hint without any secret beside the refresh cookie, and clears both at logout', async () => {
    const { person } = await t.personWith([]);
    const res = await t.http.post('/api/auth/login').send({ email: person.email, password: TEST_PASSWORD }).expect(200);
    const cookies = res.headers['set-cookie'] as unknown as string[];
    const hint = cookies.find((c) => c.startsWith('concerto_session='))!;
    expect(hint).toMatch(/^concerto_session=1; /);
    expect(hint).not.toMatch(/HttpOnly/);
    expect(hint).toMatch(/; Path=\/(;|$)/);
    const out = await t.http.post('/api/auth/logout').set('Cookie', refreshCookie(res)!).set(CSRF).expect(204);
    const cleared = (out.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('concerto_session='))!;
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
  });

  it('refuses refresh and logout without the anti-forgery header or from another site, in the caller\'s language', async () => {
    const { person } = await t.personWith([]);
    const { cookie, accessToken } = await t.login(person.email);
    const noHeader = await t.http.post('/api/auth/refresh').set('Cookie', cookie);
    expect(noHeader.status).toBe(403);
    expect(noHeader.body).toEqual({ statusCode: 403, code: 'CROSS_SITE_REFUSED', message: 'Requête refusée : elle ne vient pas de Concerto lui-même.' });
    const crossSite = await refresh(cookie).set('Sec-Fetch-Site', 'cross-site').set('Accept-Language', 'en');
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.message).toBe('Request refused: it does not come from Concerto itself.');
    await refresh(cookie).set('Origin', 'https://evil.example').expect(403);
    await t.http.post('/api/auth/logout').set('Cookie', cookie).set('Origin', 'https://evil.example').set(CSRF).expect(403);
    await t.http.post('/api/auth/logout').set('Cookie', cookie).expect(403);
    // Nothing happened: the session is intact.
    await me(accessToken).expect(200);
    const tokenInBody = await refresh(cookie).send({ refreshToken: 'x'.repeat(43) });
    expect(tokenInBody.status).toBe(400);
    expect(tokenInBody.body.fields).toEqual([{ field: 'refreshToken', message: "Le champ « refreshToken » n'est pas accepté." }]);
    await refresh(cookie).set('Sec-Fetch-Site', 'same-origin').expect(200);
  });

  it('gives two tabs refreshing the same token at once the same new session, and signs neither out', async () => {
    const { person } = await t.personWith([]);
    const { cookie } = await t.login(person.email);
    const [a, b] = await Promise.all([refresh(cookie), refresh(cookie)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(refreshCookie(a)).toBe(refreshCookie(b));
    await me(a.body.accessToken).expect(200);
    await me(b.body.accessToken).expect(200);
    await refresh(refreshCookie(a)!).expect(200);
    expect(await auditCount('auth.refresh_reuse_revoked', person.id)).toBe(0);
    const [{ revoked }] = await t.ds.query(`SELECT count(revoked_at)::int AS revoked FROM refresh_tokens WHERE person_id = $1`, [person.id]);
    expect(revoked).toBe(0);
    // What the database keeps of the successor is sealed: not the token itself.
    const rows = await t.ds.query(`SELECT successor_sealed FROM refresh_tokens WHERE person_id = $1 AND successor_sealed IS NOT NULL`, [person.id]);
    expect(rows.length).toBeGreaterThan(0);
    const successor = refreshCookie(a)!.split('=')[1];
    for (const row of rows) expect(row.successor_sealed).not.toContain(successor);
  });

  it('revokes the whole family, and its access tokens at once, when a used refresh token comes back after the grace period', async () => {
    const { person } = await t.personWith([]);
    const first = await t.login(person.email);
    const second = await refresh(first.cookie).expect(200);
    expect(refreshCookie(second)).not.toBe(first.cookie);
    await t.ds.query(`UPDATE refresh_tokens SET consumed_at = consumed_at - interval '11 seconds' WHERE person_id = $1 AND consumed_at IS NOT NULL`, [person.id]);
    // The first token was stolen and replayed: refused, and the legitimate new one dies too.
    await refresh(first.cookie).expect(401);
    await refresh(refreshCookie(second)!).expect(401);
    await me(second.body.accessToken).expect(401);
    expect(await auditCount('auth.refresh_reuse_revoked', person.id)).toBe(1);
  });

  it('logout ends the session: its refresh cookie and its access token stop working at once', async () => {
    const { person } = await t.personWith([]);
    const tokens = await t.login(person.email);
    await me(tokens.accessToken).expect(200);
    const out = await t.http.post('/api/auth/logout').set('Cookie', tokens.cookie).set(CSRF).expect(204);
    expect((out.headers['set-cookie'] as unknown as string[]).join()).toMatch(/concerto_refresh=;/);
    await refresh(tokens.cookie).expect(401);
    await me(tokens.accessToken).expect(401);
    expect(await auditCount('auth.logout', person.id)).toBe(1);
  });

  it('changes a password: the old one stops working, other sessions end at once, this one goes on', async () => {
    const { person } = await t.personWith([]);
    const other = await t.login(person.email);
    const tokens = await t.login(person.email);
    const auth = { Authorization: `Bearer ${tokens.accessToken}` };
    const wrong = await t.http.post('/api/me/password').set(auth).send({ currentPassword: 'nope', newPassword: 'a-brand-new-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('WRONG_CURRENT_PASSWORD');
    const short = await t.http.post('/api/me/password').set(auth).set('Accept-Language', 'en').send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.fields).toEqual([{ field: 'newPassword', message: 'The field "New password" must be at least 10 characters long.' }]);
    await t.http.post('/api/me/password').set(auth).send({ currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' }).expect(204);
    // The other session: its access token and its refresh cookie are dead.
    await me(other.accessToken).expect(401);
    await refresh(other.cookie).expect(401);
    // This session goes on.
    await me(tokens.accessToken).expect(200);
    await refresh(tokens.cookie).expect(200);
    expect(await auditCount('auth.password_changed', person.id)).toBe(1);
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

    it('refuses an unsigned token (alg none), an expired one, one without expiry or session, and a foreign signature', async () => {
      const { person } = await t.personWith(['admin']);
      const [{ family_id: sid }] = await t.ds.query(`SELECT family_id FROM refresh_tokens WHERE person_id = $1`, [person.id]);
      const now = Math.floor(Date.now() / 1000);
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: person.id, typ: 'access', exp: now + 60 })).toString('base64url')}.`;
      const expired = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, typ: 'access', iat: now - 120, exp: now - 60 }, secret);
      const noExpiry = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, typ: 'access', iat: now }, secret);
      const foreign = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, typ: 'access', iat: now, exp: now + 60 }, 'another-secret-'.padEnd(48, 'y'));
      const noSession = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, typ: 'access', iat: now, exp: now + 60 }, secret);
      const badSession = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, sid: 'not-a-uuid', typ: 'access', iat: now, exp: now + 60 }, secret);
      const good = sign({ alg: 'HS256', typ: 'JWT' }, { sub: person.id, sid, typ: 'access', iat: now, exp: now + 60 }, secret);
      for (const token of [none, expired, noExpiry, foreign, noSession, badSession]) {
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

  describe('per address', () => {
    let hall: TestApp;
    beforeAll(async () => {
      hall = await createTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000', LOGIN_MAX_FAILURES_PER_ADDRESS: '4' });
    });
    afterAll(() => hall.close());

    it('evaluates no more than the limit of attempts from one address at once, whichever accounts they aim at', async () => {
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => hall.http.post('/api/auth/login').send({ email: `guess${i}@test.concerto`, password: 'wrong-password' })),
      );
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401)).toHaveLength(4);
      expect(statuses.filter((s) => s === 429)).toHaveLength(8);
      const [{ n }] = await hall.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login_failed'`);
      expect(n).toBe(4);
    });
  });
});
