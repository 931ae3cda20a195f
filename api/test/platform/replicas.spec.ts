import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { createDataSource, runMigrations, withStartupLock } from '../../src/database/data-source';
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
      expect(applied.flat()).toHaveLength(applied[0].length + applied[1].length + applied[2].length);
      expect(applied.filter((a) => a.length > 0)).toHaveLength(1);
      const seeded = await Promise.all(replicas.map((ds) => withStartupLock(ds, () => seedDemoData(ds))));
      expect(seeded.filter(Boolean)).toHaveLength(1);
      const [{ n }] = await replicas[0].query(`SELECT count(*)::int AS n FROM people WHERE email = 'admin@concerto.demo'`);
      expect(n).toBe(1);
    } finally {
      await Promise.all(replicas.map((ds) => ds.destroy()));
    }
  });
});
