import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '../../src/database/data-source';
import { startEmbeddedPostgres } from '../../src/database/embedded';
import { prepareDatabase } from '../../src/database/roles';

export const TEMPLATE_DB = 'concerto_template';

/**
 * Starts one real PostgreSQL (embedded) for the whole run, or uses TEST_DATABASE_URL's server
 * (a superuser), sets up the owner and application roles as production does, and migrates a
 * template database as the owner; each test file then clones it and runs the API as the
 * application role (see test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-test-pg-'));
  let adminUrl = process.env['TEST_DATABASE_URL'] ?? '';
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!adminUrl) {
    const port = 55000 + Math.floor(Math.random() * 5000);
    embedded = await startEmbeddedPostgres(dir, port);
    adminUrl = embedded.adminUrl;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
  await admin.end();
  const passwords = { owner: randomBytes(12).toString('hex'), app: randomBytes(12).toString('hex') };
  const { ownerUrl, appUrl } = await prepareDatabase(adminUrl, TEMPLATE_DB, passwords);
  const ds = createDataSource(ownerUrl);
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();
  // Workers start after global setup and inherit these.
  process.env['CONCERTO_TEST_PG_URL'] = adminUrl;
  process.env['CONCERTO_TEST_OWNER_URL'] = ownerUrl;
  process.env['CONCERTO_TEST_APP_URL'] = appUrl;
  (globalThis as { __concertoPg?: unknown }).__concertoPg = { embedded, dir };
}

export function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = '/' + db;
  return u.toString();
}

/** The three connections of a test database: the superuser, the schema owner, the API's role. */
export function testUrls(db: string): { admin: string; owner: string; app: string } {
  const env = (name: string) => {
    const v = process.env[name];
    if (!v) throw new Error(`${name} is not set: run through jest (global setup starts PostgreSQL)`);
    return v;
  };
  return { admin: withDatabase(env('CONCERTO_TEST_PG_URL'), db), owner: withDatabase(env('CONCERTO_TEST_OWNER_URL'), db), app: withDatabase(env('CONCERTO_TEST_APP_URL'), db) };
}
