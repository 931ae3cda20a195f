import type { BylawSettings } from '@concerto/contracts';
import { count, createCollege } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('bylaw settings', () => {
  let t: TestApp;
  let admin: string;
  let chair: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
    chair = (await t.personWith(['assembly_chair'])).token;
    await createCollege(t.ds, { code: 'reseaux', seatCount: 10 });
    await createCollege(t.ds, { code: 'aile_jeunesse', seatCount: 3 });
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const settingsRow = async () => (await t.ds.query(`SELECT * FROM bylaw_settings`))[0];

  it('shows the settings to the assembly chair, with the defaults of a new federation', async () => {
    const res = await t.http.get('/api/settings').set(as(chair)).expect(200);
    expect(res.body).toMatchObject({
      noticePeriodDays: 30,
      quorumType: 'count',
      quorumValue: 25,
      proxiesAllowed: false,
      maxProxiesPerDelegate: 0,
      delegatesPerMember: 2,
      voteWeighting: 'per_delegate',
      termLengthYears: 2,
      staggeredTerms: true,
      youthReservedSeats: 2,
      youthMaxAge: 35,
      electionMethod: 'plurality',
    });
    expect(typeof (res.body as BylawSettings).updatedAt).toBe('string');
  });

  it('lets the administrator change some settings, audited with before and after on the settings stream', async () => {
    const res = await t.http.patch('/api/settings').set(as(admin)).send({ proxiesAllowed: true, maxProxiesPerDelegate: 2, electionMethod: 'stv_meek' }).expect(200);
    expect(res.body).toMatchObject({ proxiesAllowed: true, maxProxiesPerDelegate: 2, electionMethod: 'stv_meek', noticePeriodDays: 30 });
    const [entry] = await t.ds.query(`SELECT stream, before, after FROM audit_log WHERE action = 'settings.updated' ORDER BY id DESC LIMIT 1`);
    expect(entry.stream).toBe('settings');
    expect(entry.before).toMatchObject({ proxiesAllowed: false, maxProxiesPerDelegate: 0, electionMethod: 'plurality' });
    expect(entry.after).toMatchObject({ proxiesAllowed: true, maxProxiesPerDelegate: 2, electionMethod: 'stv_meek' });
  });

  it('turning proxies off without a number sets the proxies a delegate may hold to 0', async () => {
    const res = await t.http.patch('/api/settings').set(as(admin)).send({ proxiesAllowed: false }).expect(200);
    expect(res.body).toMatchObject({ proxiesAllowed: false, maxProxiesPerDelegate: 0 });
  });

  it('refuses proxies held when proxies are not allowed, naming the field, and changes nothing', async () => {
    const before = await settingsRow();
    const audit = await count(t.ds, 'audit_log');
    const fr = await t.http.patch('/api/settings').set(as(admin)).send({ proxiesAllowed: false, maxProxiesPerDelegate: 3 });
    expect(fr.status).toBe(400);
    expect(fr.body.fields).toEqual([{ field: 'maxProxiesPerDelegate', message: 'Le champ « Procurations par délégué·e (maximum) » doit être 0 quand les procurations ne sont pas permises.' }]);
    const en = await t.http.patch('/api/settings').set(as(admin)).set('Accept-Language', 'en').send({ maxProxiesPerDelegate: 1 });
    expect(en.body.fields).toEqual([{ field: 'maxProxiesPerDelegate', message: 'The field "Proxies per delegate (maximum)" must be 0 when proxies are not allowed.' }]);
    expect(await settingsRow()).toEqual(before);
    expect(await count(t.ds, 'audit_log')).toBe(audit);
  });

  it('refuses more reserved youth seats than the board has', async () => {
    const res = await t.http.patch('/api/settings').set(as(admin)).set('Accept-Language', 'en').send({ youthReservedSeats: 14 });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual([{ field: 'youthReservedSeats', message: 'The field "Seats reserved for the youth wing" (14) exceeds the number of board seats (13).' }]);
    await t.http.patch('/api/settings').set(as(admin)).send({ youthReservedSeats: 13 }).expect(200);
    expect((await settingsRow()).youth_reserved_seats).toBe(13);
  });

  it('refuses negative numbers, unknown methods, a percentage over 100 and unknown fields', async () => {
    const before = await settingsRow();
    const res = await t.http.patch('/api/settings').set(as(admin)).send({ noticePeriodDays: -1, electionMethod: 'borda', quorum: 3, youthMaxAge: null });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        { field: 'noticePeriodDays', message: 'Le champ « Délai de convocation (jours) » doit être supérieur ou égal à 0.' },
        { field: 'electionMethod', message: 'Le champ « Mode de scrutin des élections au conseil » doit être une des valeurs : Majorité relative (pluralité), Vote par approbation, Vote unique transférable — méthode Meek, Vote unique transférable — règles écossaises.' },
        { field: 'quorum', message: "Le champ « quorum » n'est pas accepté." },
        { field: 'youthMaxAge', message: "Le champ « Âge maximal de l'Aile jeunesse » doit être un nombre entier." },
      ]),
    );
    const percent = await t.http.patch('/api/settings').set(as(admin)).send({ quorumType: 'percent', quorumValue: 150 });
    expect(percent.body.fields).toEqual([{ field: 'quorumValue', message: 'Le champ « Valeur du quorum » ne peut dépasser 100 quand le quorum est un pourcentage.' }]);
    expect(await settingsRow()).toEqual(before);
  });

  it('does not let anyone but the administrator change them', async () => {
    const before = await settingsRow();
    await t.http.patch('/api/settings').set(as(chair)).send({ noticePeriodDays: 10 }).expect(403);
    await t.http.patch('/api/settings').send({ noticePeriodDays: 10 }).expect(401);
    expect(await settingsRow()).toEqual(before);
  });
});
