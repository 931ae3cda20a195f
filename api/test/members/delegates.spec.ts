import type { Delegate } from '@concerto/contracts';
import { count, createCollege, createMember, designate } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('delegates of member organizations', () => {
  let t: TestApp;
  let admin: string;
  let collegeId: string;
  const thisYear = new Date().getFullYear();
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
    collegeId = (await createCollege(t.ds)).id;
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('designates a person, who then holds the delegate role of that member', async () => {
    const member = await createMember(t.ds, { collegeId, legalName: 'Coopérative de solidarité Le Pivot' });
    const { person, token } = await t.personWith([], { fullName: 'Kevin Nguyen', birthYear: thisYear - 30 });
    const res = await t.http.post(`/api/members/${member.id}/delegates`).set(as(admin)).send({ personId: person.id }).expect(201);
    expect(res.body).toMatchObject({ memberId: member.id, personId: person.id, fullName: 'Kevin Nguyen', email: person.email, isYouth: true });
    const me = await t.http.get('/api/me').set(as(token)).expect(200);
    expect(me.body.roles).toEqual(['delegate']);
    expect(me.body.delegateOf).toEqual({ memberId: member.id, legalName: 'Coopérative de solidarité Le Pivot' });
    expect(await count(t.ds, 'audit_log', `action = 'delegate.designated' AND target_id = $1 AND stream = 'membership'`, [res.body.id])).toBe(1);
  });

  it('lists the active delegates with their youth status read from the bylaw age limit', async () => {
    const member = await createMember(t.ds, { collegeId });
    const { person: young } = await t.personWith([], { birthYear: thisYear - 35 });
    const { person: older } = await t.personWith([], { birthYear: thisYear - 36 });
    await designate(t.ds, member.id, young.id);
    await designate(t.ds, member.id, older.id);
    const res = await t.http.get(`/api/members/${member.id}/delegates`).set(as(admin)).expect(200);
    const youth = Object.fromEntries((res.body as Delegate[]).map((d) => [d.personId, d.isYouth]));
    expect(youth).toEqual({ [young.id]: true, [older.id]: false });
    await t.ds.query(`UPDATE bylaw_settings SET youth_max_age = 30`);
    const stricter = await t.http.get(`/api/members/${member.id}/delegates`).set(as(admin)).expect(200);
    expect((stricter.body as Delegate[]).every((d) => !d.isYouth)).toBe(true);
    await t.ds.query(`UPDATE bylaw_settings SET youth_max_age = 35`);
  });

  it('does not let a person be the delegate of two members at once', async () => {
    const first = await createMember(t.ds, { collegeId });
    const second = await createMember(t.ds, { collegeId });
    const { person } = await t.personWith([]);
    await designate(t.ds, first.id, person.id);
    const res = await t.http.post(`/api/members/${second.id}/delegates`).set(as(admin)).send({ personId: person.id });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ALREADY_DELEGATE');
    expect(await count(t.ds, 'delegates', 'person_id = $1', [person.id])).toBe(1);
    // The database refuses it too, whatever the code above does.
    await expect(designate(t.ds, second.id, person.id)).rejects.toThrow(/delegates_one_active_per_person/);
  });

  it('lets only one of two simultaneous designations of the same person through, the other gets 409', async () => {
    const members = [await createMember(t.ds, { collegeId }), await createMember(t.ds, { collegeId })];
    const { person } = await t.personWith([]);
    const answers = await Promise.all(members.map((m) => t.http.post(`/api/members/${m.id}/delegates`).set(as(admin)).send({ personId: person.id })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await count(t.ds, 'delegates', 'person_id = $1 AND ended_at IS NULL', [person.id])).toBe(1);
  });

  it('holds a member to the number of delegates the bylaws allow', async () => {
    const member = await createMember(t.ds, { collegeId });
    const people = [await t.personWith([]), await t.personWith([]), await t.personWith([])].map((p) => p.person);
    await designate(t.ds, member.id, people[0].id);
    await designate(t.ds, member.id, people[1].id);
    const res = await t.http.post(`/api/members/${member.id}/delegates`).set(as(admin)).set('Accept-Language', 'en').send({ personId: people[2].id });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'DELEGATE_LIMIT', message: 'This member already has 2 delegates, the most the bylaws allow.' });
    expect(await count(t.ds, 'delegates', 'member_id = $1', [member.id])).toBe(2);
  });

  it('ends a designation: kept with its end date, the person may then represent another member', async () => {
    const member = await createMember(t.ds, { collegeId });
    const other = await createMember(t.ds, { collegeId });
    const { person, token } = await t.personWith([]);
    const delegate = await designate(t.ds, member.id, person.id);
    await t.http.delete(`/api/members/${member.id}/delegates/${delegate.id}`).set(as(admin)).expect(204);
    const [row] = await t.ds.query(`SELECT ended_at FROM delegates WHERE id = $1`, [delegate.id]);
    expect(row.ended_at).toBeInstanceOf(Date);
    expect((await t.http.get('/api/me').set(as(token))).body.roles).toEqual([]);
    expect((await t.http.get(`/api/members/${member.id}/delegates`).set(as(admin))).body).toEqual([]);
    await t.http.delete(`/api/members/${member.id}/delegates/${delegate.id}`).set(as(admin)).expect(404);
    await t.http.post(`/api/members/${other.id}/delegates`).set(as(admin)).send({ personId: person.id }).expect(201);
    expect(await count(t.ds, 'audit_log', `action = 'delegate.ended' AND target_id = $1`, [delegate.id])).toBe(1);
  });

  it('refuses an unknown person, a deactivated account and an unknown member', async () => {
    const member = await createMember(t.ds, { collegeId });
    const unknown = await t.http.post(`/api/members/${member.id}/delegates`).set(as(admin)).send({ personId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('PERSON_NOT_FOUND');
    const { person } = await t.personWith([]);
    await t.ds.query('UPDATE people SET active = false WHERE id = $1', [person.id]);
    const inactive = await t.http.post(`/api/members/${member.id}/delegates`).set(as(admin)).send({ personId: person.id });
    expect(inactive.status).toBe(409);
    expect(inactive.body.code).toBe('PERSON_INACTIVE');
    const noMember = await t.http.post('/api/members/00000000-0000-4000-8000-000000000000/delegates').set(as(admin)).send({ personId: person.id });
    expect(noMember.status).toBe(404);
    expect(noMember.body.code).toBe('MEMBER_NOT_FOUND');
    expect(await count(t.ds, 'delegates', 'member_id = $1', [member.id])).toBe(0);
  });
});
