import { randomBytes } from 'crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createDataSource, dataSourceOptions, runMigrations } from '../../src/database/data-source';
import { MIGRATIONS } from '../../src/database/migrations';
import { APP_ROLE, OWNER_ROLE, prepareDatabase } from '../../src/database/roles';
import { testUrls } from '../support/global-setup';
import { createTestApp, TestApp } from '../support/test-app';

describe('the API connects as a least-privileged database role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // At least one audit entry to protect.
    await t.personWith(['admin']);
  });
  afterAll(() => t.close());

  const auditRows = () => t.as('admin', async (c) => Number((await c.query(`SELECT count(*) AS n FROM audit_log`)).rows[0].n));

  it('is the application role, neither superuser nor allowed to create roles or databases, owner of no table', async () => {
    const [me] = await t.ds.query(`SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(me).toEqual({ name: APP_ROLE, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const owned = await t.ds.query(`SELECT relname FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`);
    expect(owned).toEqual([]);
  });

  it.each([
    ['disable the audit triggers', `ALTER TABLE audit_log DISABLE TRIGGER ALL`],
    ['rewrite an audit entry', `UPDATE audit_log SET action = 'forged'`],
    ['delete audit entries', `DELETE FROM audit_log`],
    ['truncate the audit log', `TRUNCATE audit_log`],
    ['delete a stream head', `DELETE FROM audit_stream_heads`],
    ['rewrite a signed checkpoint', `UPDATE audit_checkpoints SET signature = 'forged'`],
    ['delete signed checkpoints', `DELETE FROM audit_checkpoints`],
    ['alter a table', `ALTER TABLE people ADD COLUMN backdoor text`],
    ['drop a table', `DROP TABLE members`],
    ['create a table', `CREATE TABLE shadow (id int)`],
    ['create a role', `CREATE ROLE intruder LOGIN SUPERUSER`],
    ['bypass triggers by replication role', `SET session_replication_role = replica`],
  ])('cannot %s', async (_what, sql) => {
    const before = await auditRows();
    await expect(t.ds.query(sql)).rejects.toThrow(/permission denied|must be owner|must be superuser|append-only|not have permission/);
    expect(await auditRows()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('still reads and writes the rows the portal works with', async () => {
    await t.ds.transaction(async (em) => {
      await em.query(`INSERT INTO colleges (code, name_fr, name_en, seat_count) VALUES ('role-test', 'Collège', 'College', 1)`);
      await em.query(`UPDATE colleges SET seat_count = 2 WHERE code = 'role-test'`);
      await em.query(`DELETE FROM colleges WHERE code = 'role-test'`);
    });
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM colleges WHERE code = 'role-test'`);
    expect(n).toBe(0);
  });

  it('gets the usual rights on a table a later migration creates, and loses those the migration revokes', async () => {
    await t.as('owner', async (owner) => {
      await owner.query(`CREATE TABLE later_ledger (id bigserial PRIMARY KEY, note text)`);
      await owner.query(`REVOKE UPDATE, DELETE ON later_ledger FROM ${APP_ROLE}`);
    });
    await t.ds.query(`INSERT INTO later_ledger (note) VALUES ('appended')`);
    expect(await t.ds.query(`SELECT note FROM later_ledger`)).toEqual([{ note: 'appended' }]);
    await expect(t.ds.query(`UPDATE later_ledger SET note = 'changed'`)).rejects.toThrow(/permission denied/);
    await expect(t.ds.query(`DELETE FROM later_ledger`)).rejects.toThrow(/permission denied/);
  });
});

describe('the embedded PostgreSQL', () => {
  const adminUrl = process.env['CONCERTO_TEST_PG_URL']!;
  const embedded = !process.env['TEST_DATABASE_URL'];
  const show = async (sql: string) => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    try {
      return (await c.query(sql)).rows;
    } finally {
      await c.end();
    }
  };

  (embedded ? it : it.skip)('asks every client for a SCRAM-SHA-256 password, trusts no one', async () => {
    // (The setting is called password_encryption; there is no password_encoding.)
    expect(await show(`SHOW password_encryption`)).toEqual([{ password_encryption: 'scram-sha-256' }]);
    const stored = (await show(`SELECT rolname, rolpassword LIKE 'SCRAM-SHA-256$%' AS scram FROM pg_authid WHERE rolcanlogin`)) as { rolname: string; scram: boolean }[];
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(stored.filter((r) => !r.scram)).toEqual([]);
    const rules = (await show(`SELECT type, auth_method, error FROM pg_hba_file_rules`)) as { type: string; auth_method: string; error: string | null }[];
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => r.auth_method === 'scram-sha-256' && r.error === null)).toBe(true);
    expect(rules.map((r) => r.type)).toContain('local');
  });

  (embedded ? it : it.skip)('keeps its socket to itself and listens on loopback only', async () => {
    expect(await show(`SHOW unix_socket_permissions`)).toEqual([{ unix_socket_permissions: '0700' }]);
    const [{ unix_socket_directories: socketDir }] = await show(`SHOW unix_socket_directories`);
    const [{ data_directory: dataDir }] = await show(`SHOW data_directory`);
    expect(socketDir).toBe(dataDir);
    expect(await show(`SHOW listen_addresses`)).toEqual([{ listen_addresses: '127.0.0.1' }]);
  });
});

describe('an install migrated before the roles existed (everything owned by the superuser)', () => {
  const adminUrl = process.env['CONCERTO_TEST_PG_URL']!;
  const dbName = `t_upgrade_${randomBytes(4).toString('hex')}`;
  const urls = testUrls(dbName);
  const admin = async (sql: string) => {
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));

  it('is handed to the owner role at start, migrates as it, and the API role gets its rights', async () => {
    await admin(`CREATE DATABASE ${dbName}`);
    const before = new DataSource({ ...dataSourceOptions(urls.admin), migrations: MIGRATIONS.slice(0, 2) });
    await before.initialize();
    await runMigrations(before);
    await before.query(`INSERT INTO colleges (code, name_fr, name_en, seat_count) VALUES ('old', 'Ancien', 'Old', 3)`);
    await before.destroy();

    // What the embedded database does at every start (with the passwords the roles already have).
    const password = (url: string) => decodeURIComponent(new URL(url).password);
    await prepareDatabase(adminUrl, dbName, { owner: password(urls.owner), app: password(urls.app) });
    const owner = createDataSource(urls.owner);
    await owner.initialize();
    try {
      expect(await runMigrations(owner)).toEqual(MIGRATIONS.slice(2).map((m) => m.name));
      const foreign = await owner.query(
        `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S', 'v', 'm') AND pg_get_userbyid(relowner) <> $1`,
        [OWNER_ROLE],
      );
      expect(foreign).toEqual([]);
    } finally {
      await owner.destroy();
    }
    const app = new Client({ connectionString: urls.app });
    await app.connect();
    try {
      expect((await app.query(`SELECT code FROM colleges`)).rows).toEqual([{ code: 'old' }]);
      await app.query(`INSERT INTO colleges (code, name_fr, name_en, seat_count) VALUES ('new', 'Nouveau', 'New', 1)`);
      await expect(app.query(`ALTER TABLE colleges ADD COLUMN x int`)).rejects.toThrow(/must be owner/);
    } finally {
      await app.end();
    }
  });
});
