import type { Member, Page, Person } from '@concerto/contracts';
import { createMember } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

/** Names sorted as a French reader expects: accents do not push a name after the Zs. */
describe('names in French order', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = (await t.personWith(['admin'], { fullName: 'Zoé Administratrice' })).token;
  });
  afterAll(() => t.close());
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('lists people Émile, Eve, Félix, François (not François before Félix, nor Émile last)', async () => {
    for (const fullName of ['François Tremblay', 'Eve Gagnon', 'Félix Roy', 'Émile Côté', 'eve Bouchard']) await t.personWith([], { fullName });
    const res = await t.http.get('/api/people?pageSize=50').set(as(admin)).expect(200);
    const names = (res.body as Page<Person>).items.map((p) => p.fullName);
    expect(names).toEqual(['Émile Côté', 'eve Bouchard', 'Eve Gagnon', 'Félix Roy', 'François Tremblay', 'Zoé Administratrice']);
  });

  it('pages the member directory in French order of the legal names', async () => {
    for (const legalName of ['Coop François', 'Coop Félix', 'Coop Eve', 'Coop Émile']) await createMember(t.ds, { legalName });
    const res = await t.http.get('/api/members?q=coop&pageSize=2&page=2').set(as(admin)).expect(200);
    expect((res.body as Page<Member>).items.map((m) => m.legalName)).toEqual(['Coop Félix', 'Coop François']);
  });

  it('declares the name columns with the French collation in the database', async () => {
    const rows = await t.ds.query<{ col: string; collation_name: string }[]>(
      `SELECT table_name || '.' || column_name AS col, collation_name FROM information_schema.columns
        WHERE (table_name, column_name) IN (('people', 'full_name'), ('members', 'legal_name'), ('members', 'search_name'), ('colleges', 'name_fr'), ('colleges', 'name_en'))
        ORDER BY 1`,
    );
    expect(rows).toEqual(['colleges.name_en', 'colleges.name_fr', 'members.legal_name', 'members.search_name', 'people.full_name'].map((col) => ({ col, collation_name: 'french' })));
  });
});
