import type { DelegateRequest, Member } from '@concerto/contracts';
import { count, createCollege, createMember, designate } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

/** A delegate keeps their own organization's contact details and asks for delegates; the administrator decides. */
describe("a delegate's own organization", () => {
  let t: TestApp;
  let admin: string;
  let collegeId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
    collegeId = (await createCollege(t.ds)).id;
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  /** A member with one delegate, signed in. */
  const memberWithDelegate = async () => {
    const member = await createMember(t.ds, { collegeId, legalName: 'Coopérative de solidarité Le Pivot' });
    const { person, token } = await t.personWith([], { fullName: 'Kevin Nguyen' });
    const designation = await designate(t.ds, member.id, person.id);
    return { member, person, token, designation };
  };
  const snapshot = async (memberId: string) => ({
    member: (await t.ds.query(`SELECT address, postal_code, phone, email, website, legal_name, dues_paid_until FROM members WHERE id = $1`, [memberId]))[0],
    delegates: await count(t.ds, 'delegates', 'member_id = $1', [memberId]),
    requests: (await t.ds.query(`SELECT count(*)::int AS n FROM delegate_requests WHERE member_id = $1`, [memberId]))[0].n,
    audit: await count(t.ds, 'audit_log'),
  });

  describe('contact details', () => {
    it('a delegate updates their organization’s contact details, normalised and audited', async () => {
      const { member, token } = await memberWithDelegate();
      const res = await t.http
        .patch(`/api/members/${member.id}/contact`)
        .set(as(token))
        .send({ address: '  2175, boul. De Maisonneuve Est ', postalCode: 'h2k-4s3', phone: '514 555-1234', email: 'Info@Pivot.Coop', website: 'pivot.coop' })
        .expect(200);
      expect(res.body as Member).toMatchObject({ address: '2175, boul. De Maisonneuve Est', postalCode: 'H2K 4S3', phone: '514 555-1234', email: 'info@pivot.coop', website: 'https://pivot.coop' });
      const [row] = await t.ds.query(`SELECT postal_code, email FROM members WHERE id = $1`, [member.id]);
      expect(row).toEqual({ postal_code: 'H2K 4S3', email: 'info@pivot.coop' });
      const [entry] = await t.ds.query(`SELECT actor_id, before, after FROM audit_log WHERE action = 'member.contact_updated' AND target_id = $1`, [member.id]);
      expect(entry.before).toMatchObject({ postalCode: null, phone: null });
      expect(entry.after).toMatchObject({ postalCode: 'H2K 4S3', phone: '514 555-1234' });
    });

    it('a delegate may change only the contact fields, not the name, standing or dues', async () => {
      const { member, token } = await memberWithDelegate();
      const before = await snapshot(member.id);
      const res = await t.http.patch(`/api/members/${member.id}/contact`).set(as(token)).send({ phone: '514 555-1234', duesPaidUntil: '2099-12-31' }).expect(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['duesPaidUntil']);
      expect(await snapshot(member.id)).toEqual(before);
      // Nor through the administrator's endpoint.
      await t.http.patch(`/api/members/${member.id}`).set(as(token)).send({ legalName: 'Autre nom' }).expect(403);
    });

    it('a delegate of another member is refused (403) and nothing changes', async () => {
      const { member } = await memberWithDelegate();
      const { token: other } = await memberWithDelegate();
      const before = await snapshot(member.id);
      const res = await t.http.patch(`/api/members/${member.id}/contact`).set(as(other)).send({ phone: '514 555-9999' });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await t.http.get(`/api/members/${member.id}/delegates`).set(as(other)).expect(403);
      await t.http.get(`/api/members/${member.id}/delegate-requests`).set(as(other)).expect(403);
      await t.http.post(`/api/members/${member.id}/delegate-requests`).set(as(other)).send({ fullName: 'Intrus', email: 'intrus@x.test' }).expect(403);
      expect(await snapshot(member.id)).toEqual(before);
    });

    it('a former delegate (designation ended) is refused', async () => {
      const { member, token, designation } = await memberWithDelegate();
      await t.ds.query(`UPDATE delegates SET ended_at = now() WHERE id = $1`, [designation.id]);
      await t.http.patch(`/api/members/${member.id}/contact`).set(as(token)).send({ phone: '514 555-1234' }).expect(403);
    });

    it('refuses a malformed postal code, phone, e-mail or website, naming each field in the caller’s language', async () => {
      const { member, token } = await memberWithDelegate();
      const before = await snapshot(member.id);
      const res = await t.http
        .patch(`/api/members/${member.id}/contact`)
        .set(as(token))
        .set('Accept-Language', 'en')
        .send({ postalCode: '12345', phone: 'call us', email: 'nope', website: 'javascript:alert(1)' })
        .expect(400);
      const messages = Object.fromEntries(res.body.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
      expect(messages.postalCode).toBe('The field "Postal code" must be a Canadian postal code (e.g. H2X 1Y4).');
      expect(Object.keys(messages).sort()).toEqual(['email', 'phone', 'postalCode', 'website']);
      const fr = await t.http.patch(`/api/members/${member.id}/contact`).set(as(token)).send({ postalCode: 'Z1Z 1Z1' }).expect(400);
      expect(fr.body.fields[0].message).toBe('Le champ « Code postal » doit être un code postal canadien (ex. H2X 1Y4).');
      expect(await snapshot(member.id)).toEqual(before);
    });

    it('clears a contact field sent empty', async () => {
      const { member, token } = await memberWithDelegate();
      await t.http.patch(`/api/members/${member.id}/contact`).set(as(token)).send({ phone: '514 555-1234' }).expect(200);
      const res = await t.http.patch(`/api/members/${member.id}/contact`).set(as(token)).send({ phone: '' }).expect(200);
      expect(res.body.phone).toBeNull();
    });
  });

  describe('requests to add or replace a delegate', () => {
    const ask = (token: string, memberId: string, body: object) => t.http.post(`/api/members/${memberId}/delegate-requests`).set(as(token)).send(body);

    it('a delegate asks for a new delegate; the administrator approves: the person is created and designated, all audited', async () => {
      const { member, token } = await memberWithDelegate();
      const created = await ask(token, member.id, { fullName: 'Awa Diallo', email: 'Awa.Diallo@pivot.test', birthYear: 1998 }).expect(201);
      expect(created.body as DelegateRequest).toMatchObject({ status: 'pending', email: 'awa.diallo@pivot.test', memberLegalName: 'Coopérative de solidarité Le Pivot', requestedByName: 'Kevin Nguyen' });
      const mine = await t.http.get(`/api/members/${member.id}/delegate-requests`).set(as(token)).expect(200);
      expect(mine.body.map((r: DelegateRequest) => r.id)).toEqual([created.body.id]);
      const queue = await t.http.get('/api/delegate-requests').set(as(admin)).expect(200);
      expect(queue.body.map((r: DelegateRequest) => r.id)).toContain(created.body.id);

      const approved = await t.http.post(`/api/delegate-requests/${created.body.id}/approve`).set(as(admin)).expect(200);
      expect(approved.body.status).toBe('approved');
      const [person] = await t.ds.query(`SELECT id, full_name, birth_year FROM people WHERE email = 'awa.diallo@pivot.test'`);
      expect(person).toMatchObject({ full_name: 'Awa Diallo', birth_year: 1998 });
      expect(await count(t.ds, 'delegates', 'member_id = $1 AND person_id = $2 AND ended_at IS NULL', [member.id, person.id])).toBe(1);
      const actions = (await t.ds.query(`SELECT action FROM audit_log WHERE action IN ('person.created', 'delegate.designated', 'delegate_request.approved', 'delegate_request.created') ORDER BY id`)).map((r: { action: string }) => r.action);
      expect(actions).toEqual(['delegate_request.created', 'person.created', 'delegate.designated', 'delegate_request.approved']);
      // The new delegate is invited to choose a password, in the same transaction.
      expect(await count(t.ds, 'mail_outbox', `person_id = $1 AND template = 'invitation'`, [person.id])).toBe(1);
    });

    it('a replacement ends the replaced designation and designates the existing account, in one step', async () => {
      const { member, token, person: kevin, designation } = await memberWithDelegate();
      const { person: existing } = await t.personWith([], { fullName: 'Marie Tremblay' });
      const created = await ask(token, member.id, { fullName: 'Marie Tremblay', email: existing.email, replacesDelegateId: designation.id }).expect(201);
      expect(created.body.replacesFullName).toBe('Kevin Nguyen');
      await t.http.post(`/api/delegate-requests/${created.body.id}/approve`).set(as(admin)).expect(200);
      const active = await t.ds.query(`SELECT person_id FROM delegates WHERE member_id = $1 AND ended_at IS NULL`, [member.id]);
      expect(active).toEqual([{ person_id: existing.id }]);
      expect(await count(t.ds, 'delegates', 'person_id = $1 AND ended_at IS NOT NULL', [kevin.id])).toBe(1);
      expect(await count(t.ds, 'audit_log', `action = 'delegate.ended' AND target_id = $1`, [designation.id])).toBe(1);
      expect(await count(t.ds, 'people', 'email = $1', [existing.email])).toBe(1);
    });

    it('the administrator rejects with a reason; nobody is designated', async () => {
      const { member, token } = await memberWithDelegate();
      const created = await ask(token, member.id, { fullName: 'Léo Roy', email: 'leo@pivot.test' }).expect(201);
      const before = await count(t.ds, 'delegates');
      await t.http.post(`/api/delegate-requests/${created.body.id}/reject`).set(as(admin)).send({}).expect(400);
      const res = await t.http.post(`/api/delegate-requests/${created.body.id}/reject`).set(as(admin)).send({ reason: 'Personne inconnue du conseil' }).expect(200);
      expect(res.body).toMatchObject({ status: 'rejected', rejectionReason: 'Personne inconnue du conseil' });
      expect(await count(t.ds, 'delegates')).toBe(before);
      expect(await count(t.ds, 'people', `email = 'leo@pivot.test'`)).toBe(0);
      expect(await count(t.ds, 'audit_log', `action = 'delegate_request.rejected' AND target_id = $1`, [created.body.id])).toBe(1);
    });

    it('a request already decided cannot be decided again (409), and nothing changes', async () => {
      const { member, token } = await memberWithDelegate();
      const created = await ask(token, member.id, { fullName: 'Nora Ben', email: 'nora@pivot.test' }).expect(201);
      await t.http.post(`/api/delegate-requests/${created.body.id}/approve`).set(as(admin)).expect(200);
      const before = await snapshot(member.id);
      for (const decide of [
        t.http.post(`/api/delegate-requests/${created.body.id}/approve`).set(as(admin)),
        t.http.post(`/api/delegate-requests/${created.body.id}/reject`).set(as(admin)).send({ reason: 'Trop tard' }),
      ]) {
        const res = await decide;
        expect(res.status).toBe(409);
        expect(res.body.code).toBe('REQUEST_DECIDED');
      }
      expect(await snapshot(member.id)).toEqual(before);
      const [{ status }] = await t.ds.query(`SELECT status FROM delegate_requests WHERE id = $1`, [created.body.id]);
      expect(status).toBe('approved');
    });

    it('two simultaneous approvals of one request designate once; the other gets 409', async () => {
      const { member, token } = await memberWithDelegate();
      const created = await ask(token, member.id, { fullName: 'Sam Côté', email: 'sam@pivot.test' }).expect(201);
      const answers = await Promise.all([1, 2].map(() => t.http.post(`/api/delegate-requests/${created.body.id}/approve`).set(as(admin))));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(await count(t.ds, 'delegates', `member_id = $1 AND ended_at IS NULL`, [member.id])).toBe(2);
    });

    it('the bylaws’ limit of delegates per member holds on request and on approval', async () => {
      const [{ limit }] = await t.ds.query(`SELECT delegates_per_member AS limit FROM bylaw_settings`);
      await t.ds.query(`UPDATE bylaw_settings SET delegates_per_member = 2`);
      try {
        const { member, token } = await memberWithDelegate();
        const first = await ask(token, member.id, { fullName: 'Une', email: 'une@pivot.test' }).expect(201);
        const second = await ask(token, member.id, { fullName: 'Deux', email: 'deux@pivot.test' }).expect(201);
        await t.http.post(`/api/delegate-requests/${first.body.id}/approve`).set(as(admin)).expect(200);
        const refused = await t.http.post(`/api/delegate-requests/${second.body.id}/approve`).set(as(admin)).expect(409);
        expect(refused.body.code).toBe('DELEGATE_LIMIT');
        expect(await count(t.ds, 'delegates', `member_id = $1 AND ended_at IS NULL`, [member.id])).toBe(2);
        expect(await count(t.ds, 'people', `email = 'deux@pivot.test'`)).toBe(0);
        const [{ status }] = await t.ds.query(`SELECT status FROM delegate_requests WHERE id = $1`, [second.body.id]);
        expect(status).toBe('pending');
        const full = await ask(token, member.id, { fullName: 'Trois', email: 'trois@pivot.test' }).expect(409);
        expect(full.body.code).toBe('DELEGATE_LIMIT');
      } finally {
        await t.ds.query(`UPDATE bylaw_settings SET delegates_per_member = $1`, [limit]);
      }
    });

    it('asking twice for the same person is a conflict (409), not a second request', async () => {
      const { member, token } = await memberWithDelegate();
      await ask(token, member.id, { fullName: 'Awa', email: 'twice@pivot.test' }).expect(201);
      const res = await ask(token, member.id, { fullName: 'Awa', email: 'TWICE@pivot.test' }).expect(409);
      expect(res.body.code).toBe('REQUEST_PENDING');
      expect(await t.ds.query(`SELECT count(*)::int AS n FROM delegate_requests WHERE email = 'twice@pivot.test'`)).toEqual([{ n: 1 }]);
    });

    it('a replacement must name a current delegate of this member', async () => {
      const { member, token } = await memberWithDelegate();
      const { designation: elsewhere } = await memberWithDelegate();
      const res = await ask(token, member.id, { fullName: 'Awa', email: 'awa2@pivot.test', replacesDelegateId: elsewhere.id }).expect(409);
      expect(res.body.code).toBe('REPLACED_NOT_DELEGATE');
    });
  });
});
