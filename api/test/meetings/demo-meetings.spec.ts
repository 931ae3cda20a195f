import type { BoardActionItem, BoardMeeting, BoardMeetingSummary } from '@concerto/contracts';
import { DEMO_PASSWORD, seedDemoData } from '../../src/demo/demo-data';
import { createTestApp, TestApp } from '../support/test-app';

describe('demo board meeting', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.ds);
  });
  afterAll(() => t.close());

  it('has one upcoming meeting with its agenda and a PDF, and an open action item of the secretary, audited', async () => {
    const auth = { Authorization: `Bearer ${(await t.login('secretaire@concerto.demo', DEMO_PASSWORD)).accessToken}` };
    const all = (await t.http.get('/api/meetings').set(auth).expect(200)).body as BoardMeetingSummary[];
    // The past meetings are the minutes' (demo-minutes.ts); one is ahead.
    const list = all.filter((m) => new Date(m.startsAt).getTime() > Date.now());
    expect(list).toHaveLength(1);
    expect(list[0].status).toBe('planned');
    const m = (await t.http.get(`/api/meetings/${list[0].id}`).set(auth).expect(200)).body as BoardMeeting;
    expect(m.agenda).toHaveLength(5);
    const doc = m.agenda.flatMap((i) => i.documents)[0];
    const res = await t.http.get(`/api/meetings/${m.id}/documents/${doc.id}`).set(auth).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const mine = (await t.http.get('/api/action-items/mine').set(auth).expect(200)).body as BoardActionItem[];
    expect(mine).toEqual([expect.objectContaining({ meetingId: m.id, status: 'open' })]);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE stream = 'board-meetings'`);
    expect(n).toBe(8);
  });
});
