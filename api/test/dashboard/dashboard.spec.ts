import { createCollege, createMember, daysFromToday, designate } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('dashboard', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('sums up members by standing, colleges, seats, delegates, youth delegates and pending delegate requests for any signed-in person', async () => {
    const year = new Date().getFullYear();
    const a = await createCollege(t.ds, { seatCount: 10 });
    const b = await createCollege(t.ds, { seatCount: 3 });
    const good = await createMember(t.ds, { collegeId: a.id });
    const lapsed = await createMember(t.ds, { collegeId: a.id, duesPaidUntil: await daysFromToday(t.ds, -10) });
    await createMember(t.ds, { collegeId: b.id, suspended: true });
    await createMember(t.ds, { collegeId: b.id, duesPaidUntil: null });
    const { person: young } = await t.personWith([], { birthYear: year - 25 });
    const { person: older } = await t.personWith([], { birthYear: year - 50 });
    const { person: unknownAge } = await t.personWith([]);
    const { person: former } = await t.personWith([], { birthYear: year - 20 });
    await designate(t.ds, good.id, young.id);
    await designate(t.ds, good.id, older.id);
    await designate(t.ds, lapsed.id, unknownAge.id);
    const ended = await designate(t.ds, lapsed.id, former.id);
    await t.ds.query(`UPDATE delegates SET ended_at = now() WHERE id = $1`, [ended.id]);

    await t.ds.query(`INSERT INTO delegate_requests (member_id, full_name, email, requested_by) VALUES ($1, 'Awa Diallo', 'awa@pivot.test', $2)`, [good.id, young.id]);
    await t.ds.query(`INSERT INTO delegate_requests (member_id, full_name, email, requested_by, status, rejection_reason) VALUES ($1, 'Léo Roy', 'leo@pivot.test', $2, 'rejected', 'Doublon')`, [
      good.id,
      young.id,
    ]);

    const { token } = await t.personWith([]);
    const res = await t.http.get('/api/dashboard').set('Authorization', `Bearer ${token}`).expect(200);
    expect(res.body).toEqual({
      memberCount: 4,
      byStanding: { good_standing: 1, suspended: 1, lapsed: 2 },
      collegeCount: 2,
      seatCount: 13,
      delegateCount: 3,
      youthDelegateCount: 1,
      pendingDelegateRequests: 1,
    });
    await t.http.get('/api/dashboard').expect(401);
  });
});
