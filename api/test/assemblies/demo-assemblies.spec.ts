import type { AssemblyDetail, AssemblyRegistration, AssemblySummary, Convocation } from '@concerto/contracts';
import { DEMO_PASSWORD, seedDemoData } from '../../src/demo/demo-data';
import { createTestApp, TestApp } from '../support/test-app';

describe('demo general assemblies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoData(t.ds);
  });
  afterAll(() => t.close());
  const signIn = async (email: string) => ({ Authorization: `Bearer ${(await t.login(email, DEMO_PASSWORD)).accessToken}` });

  it('has an upcoming annual assembly, convened within the notice period, its chair and desk named, twenty registered and nobody present', async () => {
    const delegate = await signIn('delegue@concerto.demo');
    const list = (await t.http.get('/api/assemblies').set(delegate).expect(200)).body as AssemblySummary[];
    expect(list.map((a) => a.status)).toEqual(['convened', 'closed']);
    const next = (await t.http.get(`/api/assemblies/${list[0].id}`).set(delegate).expect(200)).body as AssemblyDetail;
    expect(next).toMatchObject({ kind: 'annual', registered: true, present: false });
    expect(next.agenda).toHaveLength(8);
    const [{ days }] = await t.ds.query(`SELECT (starts_at::date - convened_at::date) AS days FROM assemblies WHERE id = $1`, [next.id]);
    expect(days).toBeGreaterThanOrEqual(next.rules.noticePeriodDays);
    expect(next.staff.map((s) => [s.duty, s.fullName])).toEqual([
      ['chair', 'Jean-François Roy'],
      ['credentials', 'Marc-André Gagnon'],
    ]);
    expect(next.live.quorum).toMatchObject({ registered: 20, present: 0, met: false });
    const mine = (await t.http.get('/api/assemblies/convocations/mine').set(delegate).expect(200)).body as Convocation[];
    expect(mine.map((c) => [c.assemblyId, c.registered])).toEqual([[next.id, true]]);
    // The secretary keeps its desk.
    const desk = await signIn('secretaire@concerto.demo');
    const regs = (await t.http.get(`/api/assemblies/${next.id}/registrations`).set(desk).expect(200)).body as AssemblyRegistration[];
    expect(regs).toHaveLength(20);
    expect(regs.some((r) => r.fullName === 'Kevin Nguyen')).toBe(true);
  });

  it('has last year’s assembly closed, with its attendance in the log', async () => {
    const admin = await signIn('admin@concerto.demo');
    const list = (await t.http.get('/api/assemblies').set(admin).expect(200)).body as AssemblySummary[];
    const past = (await t.http.get(`/api/assemblies/${list[1].id}`).set(admin).expect(200)).body as AssemblyDetail;
    expect(past.status).toBe('closed');
    expect(past.live.quorum).toMatchObject({ registered: 30, present: 27, met: true });
    expect(past.live.quorum.presentOnline).toBeGreaterThan(0);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM assembly_attendance_log l JOIN assembly_registrations r ON r.id = l.registration_id WHERE r.assembly_id = $1`, [past.id]);
    expect(n).toBe(27);
    const verify = await t.http.get('/api/audit/verify').set(admin).expect(200);
    expect(verify.body.ok).toBe(true);
  });
});
