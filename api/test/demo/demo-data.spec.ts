import type { BoardRegister, College, DashboardSummary, Member, Page } from '@concerto/contracts';
import { DEMO_PASSWORD, seedDemoData } from '../../src/demo/demo-data';
import { createTestApp, TestApp } from '../support/test-app';

describe('demo federation', () => {
  let t: TestApp;
  let seeded: boolean;
  beforeAll(async () => {
    t = await createTestApp();
    seeded = await seedDemoData(t.ds);
  });
  afterAll(() => t.close());
  const asAdmin = async () => ({ Authorization: `Bearer ${(await t.login('admin@concerto.demo', DEMO_PASSWORD)).accessToken}` });

  // How long it takes is measured by bench/demo-data.bench.ts, not here.
  it('loads once', async () => {
    expect(seeded).toBe(true);
    expect(await seedDemoData(t.ds)).toBe(false);
  });

  it('has the eight colleges of the bylaws, 35 seats in all', async () => {
    const colleges = (await t.http.get('/api/colleges').expect(200)).body as College[];
    expect(colleges.map((c) => c.code)).toEqual(['reseaux', 'developpement_local', 'syndical', 'femmes', 'recherche', 'premieres_nations', 'poles_regionaux', 'aile_jeunesse']);
    expect(colleges.reduce((sum, c) => sum + c.seatCount, 0)).toBe(35);
    expect(colleges.every((c) => c.memberCount > 0 && c.nameFr && c.nameEn)).toBe(true);
  });

  it('has about sixty members across the 17 regions, mostly in good standing, Le Pivot among them', async () => {
    const auth = await asAdmin();
    const summary = (await t.http.get('/api/dashboard').set(auth).expect(200)).body as DashboardSummary;
    expect(summary.memberCount).toBeGreaterThanOrEqual(55);
    expect(summary.byStanding.suspended).toBeGreaterThanOrEqual(2);
    expect(summary.byStanding.lapsed).toBeGreaterThanOrEqual(2);
    expect(summary.byStanding.good_standing).toBeGreaterThan(summary.memberCount * 0.75);
    const [{ regions }] = await t.ds.query(`SELECT count(DISTINCT region)::int AS regions FROM members`);
    expect(regions).toBe(17);
    const found = (await t.http.get('/api/members').query({ q: 'Pivot' }).set(auth).expect(200)).body as Page<Member>;
    expect(found.items.map((m) => [m.legalName, m.standing])).toEqual([['Coopérative de solidarité Le Pivot', 'good_standing']]);
  });

  it('gives every member one or two delegates, about a quarter of them youth', async () => {
    const perMember = await t.ds.query(`SELECT count(d.id)::int AS n FROM members m LEFT JOIN delegates d ON d.member_id = m.id AND d.ended_at IS NULL GROUP BY m.id`);
    expect(perMember.every((r: { n: number }) => r.n >= 1 && r.n <= 2)).toBe(true);
    const summary = (await t.http.get('/api/dashboard').set(await asAdmin()).expect(200)).body as DashboardSummary;
    const share = summary.youthDelegateCount / summary.delegateCount;
    expect(share).toBeGreaterThan(0.18);
    expect(share).toBeLessThan(0.35);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM people p JOIN delegates d ON d.person_id = p.id WHERE p.email NOT LIKE '%@concerto.demo'`);
    expect(n).toBe(0);
  });

  it('makes the demo delegate account the delegate of Le Pivot', async () => {
    const tokens = await t.login('delegue@concerto.demo', DEMO_PASSWORD);
    expect(tokens.user.roles).toEqual(['delegate']);
    expect(tokens.user.delegateOf?.legalName).toBe('Coopérative de solidarité Le Pivot');
  });

  it('has a board: all seats filled but two, a youth seat held by a young person, and its four officers', async () => {
    const board = (await t.http.get('/api/board').expect(200)).body as BoardRegister;
    expect([board.filled, board.vacant]).toEqual([33, 2]);
    const youth = board.colleges.flatMap((c) => c.seats).filter((s) => s.youthReserved);
    expect(youth.map((s) => s.vacant)).toEqual([false, true]);
    const [{ birth_year }] = await t.ds.query(`SELECT birth_year FROM people WHERE id = $1`, [youth[0].current!.personId]);
    expect(new Date().getFullYear() - birth_year).toBeLessThanOrEqual(35);
    expect(board.officers.map((o) => [o.office, o.holdsSeat])).toEqual([
      ['president', true],
      ['vice_president', true],
      ['secretary', true],
      ['treasurer', true],
    ]);
    expect(board.officers[0].fullName).toBe('Isabelle Lavoie');
    expect(board.officers[2].fullName).toBe('Marc-André Gagnon');
    const chair = await t.login('ca.presidence@concerto.demo', DEMO_PASSWORD);
    expect(chair.user.roles).toEqual(['board_member']);
    const secretary = await t.login('secretaire@concerto.demo', DEMO_PASSWORD);
    expect(secretary.user.roles).toEqual(['secretary', 'board_member']);
    const [{ past }] = await t.ds.query(`SELECT count(*)::int AS past FROM board_terms WHERE ends_on <= current_date`);
    expect(past).toBeGreaterThanOrEqual(4);
  });

  it('records all of it in an audit log whose chains verify', async () => {
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE stream = 'membership'`);
    const [{ expected }] = await t.ds.query(`SELECT ((SELECT count(*) FROM colleges) + (SELECT count(*) FROM members) + (SELECT count(*) FROM delegates))::int AS expected`);
    expect(n).toBe(expected);
    const verify = await t.http.get('/api/audit/verify').set(await asAdmin()).expect(200);
    expect(verify.body.ok).toBe(true);
  });

  it('has the board minutes of three past meetings: two published (PDFs, intact digests), one draft', async () => {
    const minutes = (await t.http.get('/api/minutes').set(await asAdmin()).expect(200)).body as { id: string; status: string }[];
    expect(minutes.map((m) => m.status).sort()).toEqual(['draft', 'published', 'published']);
    for (const m of minutes.filter((x) => x.status === 'published')) {
      expect((await t.http.get(`/api/archive/minutes/${m.id}/verification`).expect(200)).body.ok).toBe(true);
      const page = (await t.http.get(`/api/archive/minutes/${m.id}`).expect(200)).body;
      expect(page.signatures).toHaveLength(2);
      expect(page.files).toHaveLength(2);
    }
    // Every demo meeting had quorum: its resolutions could be decided.
    const quorums = await t.ds.query(`SELECT (record->'quorum'->>'reached')::boolean AS reached FROM minutes WHERE record IS NOT NULL`);
    expect(quorums.map((q: { reached: boolean }) => q.reached)).toEqual([true, true]);
    const found = (await t.http.get('/api/archive?q=etats%20financiers%20verifies').expect(200)).body;
    expect(found.items.some((h: { kind: string; label: string | null }) => h.kind === 'resolution' && /^CA-\d{4}-\d{3}$/.test(h.label ?? ''))).toBe(true);
  });
});
