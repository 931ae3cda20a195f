import type { AssemblyDetail, BylawSettings } from '@concerto/contracts';
import { count, createCollege } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('the assembly preset of the bylaw settings', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
    // The youth seats of the settings need a board with seats.
    await createCollege(t.ds, { code: 'reseaux', seatCount: 10 });
    await createCollege(t.ds, { code: 'aile_jeunesse', seatCount: 3 });
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const settings = async () => (await t.http.get('/api/settings').set(as(admin)).expect(200)).body as BylawSettings;

  it('starts non-profit with three minutes per speaker', async () => {
    expect(await settings()).toMatchObject({ assemblyPreset: 'nonprofit', speakerSeconds: 180 });
  });

  it('choosing cooperative turns proxies off and weighs votes per member, audited', async () => {
    await t.http.patch('/api/settings').set(as(admin)).send({ proxiesAllowed: true, maxProxiesPerDelegate: 2, voteWeighting: 'per_delegate' }).expect(200);
    const res = await t.http.patch('/api/settings').set(as(admin)).send({ assemblyPreset: 'cooperative' }).expect(200);
    expect(res.body).toMatchObject({ assemblyPreset: 'cooperative', proxiesAllowed: false, maxProxiesPerDelegate: 0, voteWeighting: 'per_member' });
    const [entry] = await t.ds.query(`SELECT before, after FROM audit_log WHERE action = 'settings.updated' ORDER BY seq DESC LIMIT 1`);
    expect(entry.before).toMatchObject({ assemblyPreset: 'nonprofit', proxiesAllowed: true });
    expect(entry.after).toMatchObject({ assemblyPreset: 'cooperative', proxiesAllowed: false, voteWeighting: 'per_member' });
  });

  it('refuses turning proxies on under it (400 on proxiesAllowed) or weighing per delegate, changing nothing', async () => {
    const before = await count(t.ds, 'audit_log');
    const proxies = await t.http.patch('/api/settings').set(as(admin)).set('Accept-Language', 'en').send({ proxiesAllowed: true, maxProxiesPerDelegate: 1 }).expect(400);
    expect(proxies.body.fields.map((f: { field: string }) => f.field)).toEqual(['proxiesAllowed']);
    expect(proxies.body.fields[0].message).toContain('cooperative preset');
    const weighting = await t.http.patch('/api/settings').set(as(admin)).send({ voteWeighting: 'per_delegate' }).expect(400);
    expect(weighting.body.fields.map((f: { field: string }) => f.field)).toEqual(['voteWeighting']);
    expect(await count(t.ds, 'audit_log')).toBe(before);
    expect(await settings()).toMatchObject({ assemblyPreset: 'cooperative', proxiesAllowed: false });
  });

  it('refuses choosing cooperative and proxies in one request, and a speaking time under 15 seconds', async () => {
    await t.http.patch('/api/settings').set(as(admin)).send({ assemblyPreset: 'nonprofit' }).expect(200);
    const both = await t.http.patch('/api/settings').set(as(admin)).send({ assemblyPreset: 'cooperative', proxiesAllowed: true, maxProxiesPerDelegate: 1 }).expect(400);
    expect(both.body.fields.map((f: { field: string }) => f.field)).toContain('proxiesAllowed');
    const short = await t.http.patch('/api/settings').set(as(admin)).send({ speakerSeconds: 10 }).expect(400);
    expect(short.body.fields.map((f: { field: string }) => f.field)).toEqual(['speakerSeconds']);
    await t.http.patch('/api/settings').set(as(admin)).send({ assemblyPreset: 'cooperative', speakerSeconds: 120 }).expect(200);
  });

  it('gives an assembly created under it the cooperative rules: no proxies, the speaking time of the settings', async () => {
    const a = (await t.http.post('/api/assemblies').set(as(admin)).send({ kind: 'annual', titleFr: 'AGA', titleEn: 'AGM', startsAt: '2027-06-10T19:00:00-04:00', videoUrl: 'https://meet.example.org/aga' }).expect(201))
      .body as AssemblyDetail;
    expect(a.rules).toMatchObject({ preset: 'cooperative', proxiesAllowed: false, maxProxiesPerDelegate: 0, speakerSeconds: 120 });
  });
});
