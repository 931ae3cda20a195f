import { Client } from 'pg';

/** Owns the database and its schema, runs the migrations and the startup lock. Never the API's runtime role. */
export const OWNER_ROLE = 'concerto_owner';
/**
 * The API's runtime role: reads and writes rows, owns nothing, so it can neither alter a table,
 * disable a trigger, nor update, delete or truncate the audit log (see migration ApplicationRole).
 */
export const APP_ROLE = 'concerto_app';

export interface RolePasswords {
  owner: string;
  app: string;
}

export interface DatabaseUrls {
  ownerUrl: string;
  appUrl: string;
}

export function withCredentials(url: string, user: string, password: string, database?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  if (database) u.pathname = '/' + database;
  return u.toString();
}

/**
 * As a superuser (`adminUrl`): creates or updates the owner and application roles (login, the
 * given passwords, no superuser, no CREATEROLE, no CREATEDB), creates `database` owned by the
 * owner role when missing, and hands the owner role what an earlier version created as the
 * superuser. Idempotent: the embedded database runs it at every start.
 */
export async function prepareDatabase(adminUrl: string, database: string, passwords: RolePasswords): Promise<DatabaseUrls> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const [role, password] of [
      [OWNER_ROLE, passwords.owner],
      [APP_ROLE, passwords.app],
    ] as const) {
      const exists = (await admin.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [role])).rowCount;
      const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${admin.escapeLiteral(password)}`;
      // Two starts at once (test workers, replicas) may both find the role missing.
      if (!exists) await admin.query(`CREATE ROLE ${role} ${attributes}`).catch(ignoreDuplicate);
      await admin.query(`ALTER ROLE ${role} ${attributes}`);
    }
    const found = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database])).rowCount;
    if (!found) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)} OWNER ${OWNER_ROLE}`).catch(ignoreDuplicate);
    else await admin.query(`ALTER DATABASE ${admin.escapeIdentifier(database)} OWNER TO ${OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  const inDatabase = new URL(adminUrl);
  inDatabase.pathname = '/' + database;
  await transferOwnership(inDatabase.toString());
  return {
    ownerUrl: withCredentials(adminUrl, OWNER_ROLE, passwords.owner, database),
    appUrl: withCredentials(adminUrl, APP_ROLE, passwords.app, database),
  };
}

/** Tables, sequences, views and functions of `public` created by another role (earlier versions migrated as the superuser). */
async function transferOwnership(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const notOurs = `pg_get_userbyid(%s) <> '${OWNER_ROLE}'`;
    // Tables first: a table carries its own sequences along.
    for (const kind of [`'r','p','v','m'`, `'S'`]) {
      const rows = (await c.query(
        `SELECT format('%I.%I', n.nspname, k.relname) AS name, k.relkind FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace
         WHERE n.nspname = 'public' AND k.relkind IN (${kind}) AND ${notOurs.replace('%s', 'k.relowner')}`,
      )).rows as { name: string; relkind: string }[];
      for (const r of rows) {
        const what = r.relkind === 'S' ? 'SEQUENCE' : r.relkind === 'v' ? 'VIEW' : r.relkind === 'm' ? 'MATERIALIZED VIEW' : 'TABLE';
        await c.query(`ALTER ${what} ${r.name} OWNER TO ${OWNER_ROLE}`);
      }
    }
    const functions = (await c.query(
      `SELECT p.oid::regprocedure::text AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND ${notOurs.replace('%s', 'p.proowner')}
         AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
    )).rows as { name: string }[];
    for (const f of functions) await c.query(`ALTER FUNCTION ${f.name} OWNER TO ${OWNER_ROLE}`);
  } finally {
    await c.end();
  }
}

function ignoreDuplicate(e: unknown): void {
  const code = (e as { code?: string }).code;
  // 42710 duplicate_object, 42P04 duplicate_database, 23505 unique_violation (catalog race).
  if (code !== '42710' && code !== '42P04' && code !== '23505') throw e;
}
