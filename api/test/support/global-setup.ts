import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '../../src/database/data-source';
import { startEmbeddedPostgres } from '../../src/database/embedded';

export const TEMPLATE_DB = 'concerto_template';

/**
 * Starts one real PostgreSQL (embedded) for the whole run, or uses TEST_DATABASE_URL's server,
 * and migrates a template database; each test file then clones it (see test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-test-pg-'));
  let adminUrl = process.env['TEST_DATABASE_URL'] ?? '';
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!adminUrl) {
    const port = 55000 + Math.floor(Math.random() * 5000);
    embedded = await startEmbeddedPostgres(dir, port);
    adminUrl = embedded.url;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DB);
  const ds = createDataSource(templateUrl);
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  // Workers start after global setup and inherit this.
  process.env['CONCERTO_TEST_PG_URL'] = adminUrl;
  (globalThis as { __concertoPg?: unknown }).__concertoPg = { embedded, dir };
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = '/' + db;
  return u.toString();
}
