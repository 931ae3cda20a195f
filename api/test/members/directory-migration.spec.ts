import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { createDataSource } from '../../src/database/data-source';
import { searchName } from '../../src/members/search-name';
import { withDatabase } from '../support/global-setup';

describe('migration of the member directory search', () => {
  const adminUrl = process.env['CONCERTO_TEST_PG_URL']!;
  const dbName = `t_migration_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  beforeAll(() => admin(`CREATE DATABASE ${dbName}`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));

  it('folds the city of members created before it, as the API folds it', async () => {
    const ds = createDataSource(withDatabase(adminUrl, dbName));
    await ds.initialize();
    try {
      const [initial, directory] = ds.migrations;
      const runner = ds.createQueryRunner();
      await initial.up(runner);
      await ds.query(`INSERT INTO colleges (id, code, name_fr, name_en, seat_count) VALUES ('00000000-0000-4000-8000-000000000001', 'c', 'C', 'C', 1)`);
      const cities = ['Trois-Rivières', '  Sept-Îles ', 'Baie-Saint-Paul', 'Cœur  du Lac'];
      for (const [i, city] of cities.entries()) {
        await ds.query(`INSERT INTO members (legal_name, search_name, kind, sector, region, college_id, city) VALUES ($1, $1, 'other', 'other', '01', '00000000-0000-4000-8000-000000000001', $2)`, [
          `m${i}`,
          city,
        ]);
      }
      await directory.up(runner);
      await runner.release();
      const rows = await ds.query<{ city: string; search_city: string }[]>(`SELECT city, search_city FROM members ORDER BY legal_name`);
      expect(rows.map((r) => r.search_city)).toEqual(cities.map(searchName));
    } finally {
      await ds.destroy();
    }
  });
});
