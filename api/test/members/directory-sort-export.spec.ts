import type { Member } from '@concerto/contracts';
import { createCollege, createMember, daysFromToday } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('the directory: sorting and CSV export', () => {
  let t: TestApp;
  let token: string;
  let collegeId: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = (await t.personWith(['secretary'])).token;
    const first = await createCollege(t.ds, { code: 'reseaux', nameFr: "Réseaux d'entreprises", nameEn: 'Enterprise networks', sortOrder: 1 });
    const second = await createCollege(t.ds, { code: 'femmes', nameFr: 'Groupes de femmes', nameEn: "Women's groups", sortOrder: 2 });
    collegeId = first.id;
    await createMember(t.ds, { collegeId: second.id, legalName: 'Économie Bleue', region: '01', kind: 'nonprofit', duesPaidUntil: await daysFromToday(t.ds, 30), city: 'Rimouski' });
    await createMember(t.ds, { collegeId: first.id, legalName: 'Atelier Zéro', region: '17', suspended: true, duesPaidUntil: await daysFromToday(t.ds, 300) });
    await createMember(t.ds, { collegeId: first.id, legalName: 'Coop Mauve', region: '06', duesPaidUntil: null });
  });
  afterAll(() => t.close());
  const names = async (query: string) => {
    const res = await t.http.get(`/api/members?${query}`).set({ Authorization: `Bearer ${token}` }).expect(200);
    return (res.body.items as Member[]).map((m) => m.legalName);
  };

  it('sorts by name, college, region, standing and dues date, each ascending or descending', async () => {
    expect(await names('')).toEqual(['Atelier Zéro', 'Coop Mauve', 'Économie Bleue']);
    expect(await names('sort=name&dir=desc')).toEqual(['Économie Bleue', 'Coop Mauve', 'Atelier Zéro']);
    expect(await names('sort=college')).toEqual(['Atelier Zéro', 'Coop Mauve', 'Économie Bleue']);
    expect(await names('sort=college&dir=desc')).toEqual(['Économie Bleue', 'Atelier Zéro', 'Coop Mauve']);
    expect(await names('sort=region')).toEqual(['Économie Bleue', 'Coop Mauve', 'Atelier Zéro']);
    expect(await names('sort=standing')).toEqual(['Économie Bleue', 'Coop Mauve', 'Atelier Zéro']);
    // Never-paid dues count as the oldest.
    expect(await names('sort=dues')).toEqual(['Coop Mauve', 'Économie Bleue', 'Atelier Zéro']);
    expect(await names('sort=dues&dir=desc')).toEqual(['Atelier Zéro', 'Économie Bleue', 'Coop Mauve']);
  });

  it('pages a sort without overlap', async () => {
    const pages = [await names('sort=region&pageSize=2&page=1'), await names('sort=region&pageSize=2&page=2')];
    expect(pages).toEqual([['Économie Bleue', 'Coop Mauve'], ['Atelier Zéro']]);
  });

  it('refuses an unknown sort column, naming the field', async () => {
    const res = await t.http.get('/api/members?sort=neq').set({ Authorization: `Bearer ${token}` }).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['sort']);
  });

  it('exports every matching row in the sort shown, as a CSV Excel opens in French: BOM, semicolons, CRLF, accents intact', async () => {
    const res = await t.http
      .get(`/api/members/export?collegeId=${collegeId}&sort=name&dir=desc`)
      .set({ Authorization: `Bearer ${token}` })
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      "Nom légal;NEQ;Type d'organisation;Secteur;Région administrative;Collège;Situation;Cotisation payée jusqu'au;Municipalité;Adresse;Code postal;Téléphone;Courriel;Site web;Délégué·es",
    );
    expect(lines.slice(1, -1).map((l) => l.split(';')[0])).toEqual(['Coop Mauve', 'Atelier Zéro']);
    expect(lines[2].split(';').slice(2, 7)).toEqual(['Coopérative', 'Alimentation', '17 Centre-du-Québec', "Réseaux d'entreprises", 'Suspendu']);
    expect(lines.at(-1)).toBe('');
    // "é" is the two UTF-8 bytes C3 A9, not a Latin-1 byte.
    expect(bytes.includes(Buffer.from([0xc3, 0xa9]))).toBe(true);
    expect(text).not.toContain('\n' + 'Économie');
  });

  it('writes headers and values in English for an English reader', async () => {
    const res = await t.http.get('/api/members/export?sort=standing').set({ Authorization: `Bearer ${token}`, 'Accept-Language': 'en' }).expect(200);
    const lines = (res.text).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0].split(';').slice(0, 3)).toEqual(['Legal name', 'NEQ', 'Kind of organization']);
    expect(lines[1].split(';').slice(0, 7)).toEqual(['Économie Bleue', '', 'Non-profit organization', 'Food', '01 Bas-Saint-Laurent', "Women's groups", 'In good standing']);
  });

  it('keeps a name Excel would run as a formula as plain text', async () => {
    await createMember(t.ds, { collegeId, legalName: '=HYPERLINK("http://x.test")' });
    const res = await t.http.get('/api/members/export?q=hyperlink').set({ Authorization: `Bearer ${token}` }).expect(200);
    expect((res.text).split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x\.test""\)";/);
  });
});
