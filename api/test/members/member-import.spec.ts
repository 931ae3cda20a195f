import type { ImportReport } from '@concerto/contracts';
import { count, createCollege, createMember } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

describe('importing member organizations from a CSV file', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'])).token;
    await createCollege(t.ds, { code: 'reseaux', seatCount: 10, sortOrder: 1 });
    await createCollege(t.ds, { code: 'poles', seatCount: 7, sortOrder: 7 });
  });
  afterAll(() => t.close());
  const post = (csv: string, lang = 'fr') =>
    t.http.post('/api/members/import').set('Authorization', `Bearer ${admin}`).set('Content-Type', 'text/csv').set('Accept-Language', lang).send(csv);

  it('creates every row of a good file in one go, each audited, plus one entry for the import', async () => {
    const csv = [
      'Legal_Name;NEQ;kind;sector;region;college_code;dues_paid_until;city',
      '"Coopérative de solidarité Le Pivot";1143256789;cooperative;food;3;reseaux;2030-03-31;Québec',
      '"Marché solidaire ""La Grange""";;nonprofit;retail;06;RESEAUX;;Montréal',
      'Pôle d’économie sociale de l’Estrie;1187 6543 21;regional_pole;other;05;poles;2029-12-31;',
    ].join('\r\n');
    const membersBefore = await count(t.ds, 'members');
    const res = await post(csv).expect(200);
    expect(res.body).toEqual({ imported: true, totalRows: 3, createdCount: 3, rejected: [] });
    expect(await count(t.ds, 'members')).toBe(membersBefore + 3);
    const rows = await t.ds.query(`SELECT legal_name, search_name, neq, region, to_char(dues_paid_until, 'YYYY-MM-DD') AS dues, city FROM members ORDER BY search_name`);
    expect(rows).toEqual([
      { legal_name: 'Coopérative de solidarité Le Pivot', search_name: 'cooperative de solidarite le pivot', neq: '1143256789', region: '03', dues: '2030-03-31', city: 'Québec' },
      { legal_name: 'Marché solidaire "La Grange"', search_name: 'marche solidaire "la grange"', neq: null, region: '06', dues: null, city: 'Montréal' },
      { legal_name: 'Pôle d’économie sociale de l’Estrie', search_name: 'pole d’economie sociale de l’estrie', neq: '1187654321', region: '05', dues: '2029-12-31', city: null },
    ]);
    expect(await count(t.ds, 'audit_log', `action = 'member.created' AND stream = 'membership'`)).toBe(3);
    const [summary] = await t.ds.query(`SELECT after FROM audit_log WHERE action = 'member.import'`);
    expect(summary.after).toEqual({ totalRows: 3, createdCount: 3 });
    const verify = await t.http.get('/api/audit/verify').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(verify.body.ok).toBe(true);
  });

  it('reports every bad row with its line number and creates nothing', async () => {
    const [reseaux] = await t.ds.query(`SELECT id FROM colleges WHERE code = 'reseaux'`);
    await createMember(t.ds, { neq: '5000000001', collegeId: reseaux.id });
    const csv = [
      'legal_name,neq,kind,sector,region,college_code,dues_paid_until,city',
      'Coop du Bon Pain,5000000002,cooperative,food,02,reseaux,2030-01-01,Alma', // line 2: fine
      'Coop Inconnue,,cooperative,food,02,nulle-part,,', // 3: unknown college
      'Coop Région,,cooperative,food,18,reseaux,,', // 4: bad region
      'Coop Date,,cooperative,food,02,reseaux,2030-02-30,', // 5: bad date
      'Coop Doublon,5000000002,cooperative,food,02,reseaux,,', // 6: NEQ repeated in the file
      'Coop Existante,5000000001,cooperative,food,02,reseaux,,', // 7: NEQ of an existing member
      ',,cooperative,food,02,reseaux,,', // 8: no name
      '"Coop ""multi', 'ligne""",,banque,finance,02,reseaux,,', // 9-10: unknown kind, row starting on line 9
      'Coop Courte,,cooperative', // 11: too few columns
    ].join('\n');
    const before = { members: await count(t.ds, 'members'), audit: await count(t.ds, 'audit_log') };
    const res = await post(csv).expect(200);
    const report = res.body as ImportReport;
    expect(report).toMatchObject({ imported: false, totalRows: 9, createdCount: 0 });
    expect(report.rejected).toEqual([
      { line: 3, errors: ['Le champ « Code du collège » (colonne college_code) contient « nulle-part », qui ne correspond à aucun collège (reseaux, poles).'] },
      { line: 4, errors: ["Le champ « Région administrative » (colonne region) contient « 18 », qui n'est pas un numéro de région de 01 à 17."] },
      { line: 5, errors: ["Le champ « Cotisation payée jusqu'au » (colonne dues_paid_until) contient « 2030-02-30 », qui n'est pas une date valide AAAA-MM-JJ."] },
      { line: 6, errors: ['Le champ « NEQ » (colonne neq) contient 5000000002, un NEQ qui figure déjà à la ligne 2 du fichier.'] },
      { line: 7, errors: ["Le champ « NEQ » (colonne neq) contient 5000000001, le NEQ d'un membre existant."] },
      { line: 8, errors: ['Le champ « Nom légal » (colonne legal_name) est obligatoire.'] },
      { line: 9, errors: [expect.stringMatching(/^Le champ « Type d'organisation » \(colonne kind\) contient une valeur inconnue, « banque » \(valeurs permises : cooperative, nonprofit/)] },
      { line: 11, errors: ['La ligne a 3 colonnes au lieu de 8.'] },
    ]);
    expect(await count(t.ds, 'members')).toBe(before.members);
    expect(await count(t.ds, 'audit_log')).toBe(before.audit);
  });

  it('writes the rejections in English when asked', async () => {
    const res = await post('legal_name,kind,sector,region,college_code\nCoop,coop,food,3,reseaux\n', 'en').expect(200);
    expect(res.body.rejected).toEqual([{ line: 2, errors: [expect.stringMatching(/^The field "Kind of organization" \(column kind\) has an unknown value, "coop" \(allowed: cooperative, nonprofit/)] }]);
  });

  it('refuses a file whose header lacks a column or has an unknown one (400), creating nothing', async () => {
    const before = await count(t.ds, 'members');
    const missing = await post('legal_name,kind,sector,college_code\nCoop,cooperative,food,reseaux\n');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 'IMPORT_MISSING_COLUMNS', message: expect.stringContaining("Colonnes manquantes dans l'en-tête : region.") });
    const unknown = await post('legal_name,kind,sector,region,college_code,telephone\nCoop,cooperative,food,03,reseaux,555\n', 'en');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'IMPORT_UNKNOWN_COLUMNS', message: expect.stringContaining('Unknown columns in the header: telephone.') });
    expect((await post('legal_name,kind,sector,region,college_code\n')).body.code).toBe('IMPORT_EMPTY');
    expect(await count(t.ds, 'members')).toBe(before);
  });

  it('imports the optional contact columns, normalised like the form, and reports bad ones by line', async () => {
    const header = 'legal_name;kind;sector;region;college_code;address;postal_code;phone;email;website';
    const bad = await post([header, 'Coop Contact A;cooperative;food;03;reseaux;1 rue Principale;12345;pas un numéro;nope;javascript:alert(1)'].join('\r\n'));
    expect(bad.body.imported).toBe(false);
    expect(bad.body.rejected).toHaveLength(1);
    expect(bad.body.rejected[0].errors).toHaveLength(4);
    expect(bad.body.rejected[0].errors[0]).toContain('« Code postal » (colonne postal_code) contient « 12345 »');
    expect(await count(t.ds, 'members', `legal_name LIKE 'Coop Contact%'`)).toBe(0);

    const good = await post([header, 'Coop Contact B;cooperative;food;03;reseaux;"2175, boul. De Maisonneuve Est";h2k4s3;514 555-1234;Info@Contact.coop;contact.coop'].join('\r\n'));
    expect(good.body).toMatchObject({ imported: true, createdCount: 1 });
    const [row] = await t.ds.query(`SELECT address, postal_code, phone, email, website FROM members WHERE legal_name = 'Coop Contact B'`);
    expect(row).toEqual({ address: '2175, boul. De Maisonneuve Est', postal_code: 'H2K 4S3', phone: '514 555-1234', email: 'info@contact.coop', website: 'https://contact.coop' });
  });

  it('refuses a body that is not CSV text', async () => {
    const res = await t.http.post('/api/members/import').set('Authorization', `Bearer ${admin}`).send({ csv: 'legal_name' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_NOT_CSV');
  });

  it('imports a thousand-odd rows in batches within one transaction', async () => {
    const lines = ['legal_name,neq,kind,sector,region,college_code,dues_paid_until,city'];
    for (let i = 0; i < 2500; i++) lines.push(`Organisme en lot ${i},${String(7000000000 + i)},nonprofit,education,${(i % 17) + 1},poles,2031-06-30,Laval`);
    const before = await count(t.ds, 'members');
    const res = await post(lines.join('\n')).expect(200);
    expect(res.body).toMatchObject({ imported: true, createdCount: 2500 });
    expect(await count(t.ds, 'members')).toBe(before + 2500);
    expect(await count(t.ds, 'members', `region = '17' AND legal_name LIKE 'Organisme en lot %'`)).toBe(147);
  });
});
