import type { MailMessage, MailSummary, Page } from '@concerto/contracts';
import { eventually, freePort, startSmtpServer } from '../support/smtp';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(90_000);

const status = async (t: TestApp, id: string) =>
  (await t.ds.query<{ status: string; attempts: number; last_error: string | null }[]>(`SELECT status, attempts, last_error FROM mail_outbox WHERE id = $1`, [id]))[0];

describe('the outbox when the SMTP server is down', () => {
  let t: TestApp;
  let port: number;
  let admin: string;

  beforeAll(async () => {
    port = await freePort();
    t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_POLL_MILLISECONDS: '100', MAIL_RETRY_SECONDS: '1', MAIL_MAX_ATTEMPTS: '3' });
    ({ token: admin } = await t.personWith(['admin']));
  });
  afterAll(() => t.close());

  const invite = async (email: string) => {
    const created = await t.http.post('/api/people').set('Authorization', `Bearer ${admin}`).send({ email, fullName: 'Awa Diallo', preferredLanguage: 'fr', roles: [] }).expect(201);
    const [row] = await t.ds.query<{ id: string }[]>(`SELECT id FROM mail_outbox WHERE person_id = $1`, [created.body.id]);
    return row.id;
  };

  it('gives up after the allowed attempts, and shows the administrator the failure', async () => {
    const id = await invite('awa.failed@test.concerto');
    await eventually(async () => (await status(t, id)).status === 'failed', 20_000);
    expect(await status(t, id)).toMatchObject({ status: 'failed', attempts: 3, last_error: expect.stringMatching(/ECONNREFUSED/) });
    const list = (await t.http.get('/api/mail?status=failed').set('Authorization', `Bearer ${admin}`).expect(200)).body as Page<MailSummary>;
    expect(list.items).toEqual([expect.objectContaining({ id, to: 'awa.failed@test.concerto', status: 'failed', attempts: 3, subject: 'Concerto : votre compte est prêt' })]);
    // Once it went out by e-mail (or was meant to), its link is not shown.
    const one = (await t.http.get(`/api/mail/${id}`).set('Authorization', `Bearer ${admin}`).expect(200)).body as MailMessage;
    expect(one.text).toBeNull();
  });

  it('delivers a message queued while the server was down once it starts', async () => {
    const id = await invite('awa.later@test.concerto');
    await eventually(async () => (await status(t, id)).attempts >= 1 && (await status(t, id)).last_error !== null);
    expect((await status(t, id)).status).toBe('pending');
    const smtp = await startSmtpServer(port);
    try {
      const mail = await smtp.next(20_000);
      expect(mail.to).toEqual(['awa.later@test.concerto']);
      expect(mail.subject).toBe('Concerto : votre compte est prêt');
      expect(mail.text).toMatch(/Bonjour Awa Diallo,/);
      await eventually(async () => (await status(t, id)).status === 'sent');
      expect((await status(t, id)).last_error).toBeNull();
    } finally {
      await smtp.stop();
    }
  });
});

describe('the outbox without an SMTP server', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ token: admin } = await t.personWith(['admin']));
  });
  afterAll(() => t.close());

  const asAdmin = (req: ReturnType<TestApp['http']['get']>) => req.set('Authorization', `Bearer ${admin}`);

  it('invites a new account: the administrator reads the message in the portal, and its link sets the password', async () => {
    const created = await asAdmin(t.http.post('/api/people')).send({ email: 'lea.invitee@test.concerto', fullName: 'Léa <Invitée>', preferredLanguage: 'en', roles: ['secretary'] }).expect(201);
    const list = (await asAdmin(t.http.get('/api/mail')).expect(200)).body as Page<MailSummary>;
    const summary = list.items.find((m) => m.personId === created.body.id)!;
    expect(summary).toMatchObject({ to: 'lea.invitee@test.concerto', status: 'held', template: 'invitation', language: 'en', subject: 'Concerto: your account is ready', attempts: 0 });
    const mail = (await asAdmin(t.http.get(`/api/mail/${summary.id}`)).expect(200)).body as MailMessage;
    expect(mail.text).toMatch(/^Hello Léa <Invitée>,/);
    const [{ html }] = await t.ds.query(`SELECT html FROM mail_outbox WHERE id = $1`, [summary.id]);
    expect(html).toContain('Hello Léa &lt;Invitée&gt;,');
    expect(html).not.toContain('<Invitée>');

    // Nobody can log in before the invitation is accepted.
    const token = /\/reset-password\?token=([A-Za-z0-9_-]+)&invitation=1/.exec(mail.text!)![1];
    await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'lea-chose-this-one' }).expect(204);
    const session = await t.login('lea.invitee@test.concerto', 'lea-chose-this-one');
    expect(session.user.roles).toEqual(['secretary']);
    const actions = (await t.ds.query<{ action: string }[]>(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY occurred_at, seq`, [created.body.id])).map((r) => r.action);
    expect(actions).toEqual(['person.created', 'person.invitation_sent', 'auth.invitation_accepted', 'auth.login']);
  });

  it('resends an invitation: the older link stops working', async () => {
    const created = await asAdmin(t.http.post('/api/people')).send({ email: 'marc.resend@test.concerto', fullName: 'Marc Renvoi', preferredLanguage: 'fr', roles: [] }).expect(201);
    await asAdmin(t.http.post(`/api/people/${created.body.id}/invitation`)).expect(202);
    const texts = (await t.ds.query<{ text: string }[]>(`SELECT text FROM mail_outbox WHERE person_id = $1 ORDER BY created_at`, [created.body.id])).map((r) => r.text);
    expect(texts).toHaveLength(2);
    const [older, newer] = texts.map((text) => /token=([A-Za-z0-9_-]+)/.exec(text)![1]);
    const refused = await t.http.post('/api/auth/password-reset/confirm').send({ token: older, password: 'marc-new-password' });
    expect(refused.body.code).toBe('LINK_REPLACED');
    await t.http.post('/api/auth/password-reset/confirm').send({ token: newer, password: 'marc-new-password' }).expect(204);
    await t.login('marc.resend@test.concerto', 'marc-new-password');
  });

  it('queues nothing when the change that would cause the message fails', async () => {
    const { person } = await t.personWith([]);
    const before = (await t.ds.query(`SELECT count(*)::int AS n FROM mail_outbox`))[0].n;
    await asAdmin(t.http.post('/api/people')).send({ email: person.email, fullName: 'Doublon', preferredLanguage: 'fr', roles: [] }).expect(409);
    await t.ds.query(`UPDATE people SET active = false WHERE id = $1`, [person.id]);
    const inactive = await asAdmin(t.http.post(`/api/people/${person.id}/invitation`)).set('Accept-Language', 'en');
    expect(inactive.status).toBe(409);
    expect(inactive.body.code).toBe('PERSON_INACTIVE');
    expect((await t.ds.query(`SELECT count(*)::int AS n FROM mail_outbox`))[0].n).toBe(before);
  });
});
