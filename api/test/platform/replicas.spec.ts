import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { createDataSource, runMigrations, withStartupLock } from '../../src/database/data-source';
import { MIGRATIONS } from '../../src/database/migrations';
import { seedDemoData } from '../../src/demo/demo-data';
import { OWNER_ROLE } from '../../src/database/roles';
import { testUrls } from '../support/global-setup';

describe('several API replicas starting on one database', () => {
  const adminUrl = process.env['CONCERTO_TEST_PG_URL']!;
  const dbName = `t_replicas_${randomBytes(4).toString('hex')}`;
  // Replicas migrate as the schema owner (MIGRATION_DATABASE_URL), as in production.
  const url = testUrls(dbName).owner;

  beforeAll(async () => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`CREATE DATABASE ${dbName} OWNER ${OWNER_ROLE}`);
    await c.end();
  });
  afterAll(async () => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await c.end();
  });

  it('migrate and seed once, whichever starts first', async () => {
    const replicas = [createDataSource(url), createDataSource(url), createDataSource(url)];
    await Promise.all(replicas.map((ds) => ds.initialize()));
    try {
      const applied = await Promise.all(replicas.map((ds) => runMigrations(ds)));
      // One replica applied every migration; the others found nothing left to do.
      expect(applied.filter((a) => a.length > 0)).toHaveLength(1);
      expect([...applied.flat()].sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
      const recorded = await replicas[0].query<{ name: string }[]>(`SELECT name FROM migrations`);
      expect(recorded.map((r) => r.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
      const seeded = await Promise.all(replicas.map((ds) => withStartupLock(ds, () => seedDemoData(ds))));
      expect(seeded.filter(Boolean)).toHaveLength(1);
      const [{ n }] = await replicas[0].query(`SELECT count(*)::int AS n FROM people WHERE email = 'admin@concerto.demo'`);
      expect(n).toBe(1);
    } finally {
      await Promise.all(replicas.map((ds) => ds.destroy()));
    }
  });
});
