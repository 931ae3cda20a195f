import { eventually, freePort, startSmtpServer } from '../support/smtp';
import { createTestApp, CSRF, TEST_PASSWORD, TestApp } from '../support/test-app';

/** Forgotten password, delivered by a real SMTP server started here. */
jest.setTimeout(90_000);

describe('forgotten password by e-mail', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    const port = await freePort();
    smtp = await startSmtpServer(port);
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Concerto <portail@federation.test>', PUBLIC_URL: 'https://portail.federation.test', MAIL_POLL_MILLISECONDS: '100' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const tokenIn = (text: string) => /https:\/\/portail\.federation\.test\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
  const actions = async (personId: string) =>
    (await t.ds.query<{ action: string }[]>(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY occurred_at, seq`, [personId])).map((r) => r.action);

  it('e-mails the link in the person’s language; the link sets the new password and ends every session', async () => {
    const { person } = await t.personWith([], { preferredLanguage: 'en' });
    const session = await t.login(person.email);

    await t.http.post('/api/auth/password-reset').send({ email: person.email.toUpperCase() }).expect(202);
    const mail = await smtp.next();
    expect(mail.to).toEqual([person.email]);
    expect(mail.from).toBe('portail@federation.test');
    expect(mail.subject).toBe('Concerto: choose a new password');
    expect(mail.text).toContain(`Hello ${person.fullName},`);
    const token = tokenIn(mail.text);
    expect(token).toBeDefined();
    const stored = await eventually(async () => {
      const [row] = await t.ds.query(`SELECT status, attempts FROM mail_outbox WHERE person_id = $1`, [person.id]);
      return row.status === 'sent' && row;
    });
    expect(stored).toEqual({ status: 'sent', attempts: 1 });
    // Only the token's digest is kept.
    expect(JSON.stringify(await t.ds.query(`SELECT * FROM password_tokens WHERE person_id = $1`, [person.id]))).not.toContain(token!);

    await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'my-brand-new-password' }).expect(204);
    await t.login(person.email, 'my-brand-new-password');
    await t.http.post('/api/auth/login').send({ email: person.email, password: TEST_PASSWORD }).expect(401);
    await t.http.post('/api/auth/refresh').set('Cookie', session.cookie).set(CSRF).expect(401);
    expect(await actions(person.id)).toEqual(expect.arrayContaining(['auth.password_reset_requested', 'auth.password_reset']));
  });

  it('answers an unknown e-mail exactly as a known one, in about the same time, and sends nothing', async () => {
    const { person } = await t.personWith([]);
    const timed = async (email: string) => {
      const started = Date.now();
      const res = await t.http.post('/api/auth/password-reset').send({ email });
      return { status: res.status, body: res.body as unknown, text: res.text, ms: Date.now() - started };
    };
    const known = await timed(person.email);
    const unknown = await timed('nobody-here@test.concerto');
    expect({ ...unknown, ms: 0 }).toEqual({ ...known, ms: 0 });
    expect(known.status).toBe(202);
    // Both wait for the same floor (300 ms), which hides the little work that differs.
    expect(Math.min(known.ms, unknown.ms)).toBeGreaterThanOrEqual(290);
    await smtp.next();
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE to_address = 'nobody-here@test.concerto'`);
    expect(n).toBe(0);
  });

  it('refuses a used link, a replaced link and an expired link, saying why in the caller’s language', async () => {
    const { person } = await t.personWith([]);
    const ask = async () => {
      await t.http.post('/api/auth/password-reset').send({ email: person.email }).expect(202);
      return tokenIn((await smtp.next()).text)!;
    };
    const first = await ask();
    const second = await ask();
    const replaced = await t.http.post('/api/auth/password-reset/confirm').set('Accept-Language', 'en').send({ token: first, password: 'another-new-password' });
    expect(replaced.status).toBe(410);
    expect(replaced.body).toMatchObject({ code: 'LINK_REPLACED', message: 'A newer link was sent: use the latest one you received.' });

    await t.http.post('/api/auth/password-reset/confirm').send({ token: second, password: 'another-new-password' }).expect(204);
    const used = await t.http.post('/api/auth/password-reset/confirm').send({ token: second, password: 'a-third-new-password' });
    expect(used.status).toBe(410);
    expect(used.body.code).toBe('LINK_USED');
    expect(used.body.message).toMatch(/^Ce lien a déjà servi/);

    const third = await ask();
    await t.ds.query(`UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE person_id = $1 AND used_at IS NULL AND replaced_at IS NULL`, [person.id]);
    const expired = await t.http.post('/api/auth/password-reset/confirm').send({ token: third, password: 'a-third-new-password' });
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ code: 'LINK_EXPIRED', message: 'Ce lien a expiré. Demandez-en un nouveau.' });

    const forged = await t.http.post('/api/auth/password-reset/confirm').send({ token: 'x'.repeat(43), password: 'a-third-new-password' });
    expect(forged.body.code).toBe('LINK_INVALID');
    // Only the second link changed anything: the password it set still works.
    await t.login(person.email, 'another-new-password');
    expect((await actions(person.id)).filter((a) => a === 'auth.password_reset')).toHaveLength(1);
  });

  it('names the field of a bad request, never a 500', async () => {
    const res = await t.http.post('/api/auth/password-reset/confirm').set('Accept-Language', 'en').send({ token: 'short', password: 'short' });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['password', 'token']);
    const bad = await t.http.post('/api/auth/password-reset').send({ email: 'not-an-address' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('email');
  });

  it('sends at most three messages an hour for one address, answering every request alike', async () => {
    const { person } = await t.personWith([]);
    for (let i = 0; i < 4; i++) await t.http.post('/api/auth/password-reset').set('X-Test', String(i)).send({ email: person.email }).expect(202);
    await eventually(async () => {
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE person_id = $1 AND status = 'sent'`, [person.id]);
      return n === 3;
    });
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE person_id = $1`, [person.id]);
    expect(n).toBe(3);
    while (smtp.received.length > 0 && (await smtp.next(1000).catch(() => null))) {
      // drain
    }
  });
});
