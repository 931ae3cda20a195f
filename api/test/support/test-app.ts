import { NestExpressApplication } from '@nestjs/platform-express';
import type { Role, TokenResponse } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { generateKeyPairSync, randomBytes } from 'crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type AppLogging, createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/config';
import { PersonEntity } from '../../src/people/person.entity';
import { OWNER_ROLE } from '../../src/database/roles';
import { TEMPLATE_DB, testUrls } from './global-setup';

export type DatabaseRole = 'admin' | 'owner' | 'app';

export const TEST_PASSWORD = 'correct-horse-battery';
/** The audit checkpoint signing key of every test app (Ed25519, PKCS#8 PEM). */
export const TEST_AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
let passwordHash: Promise<string> | null = null;

export interface SignedIn extends TokenResponse {
  cookie: string;
}

/** What the web app sends with refresh and logout, besides the cookie. */
export const CSRF = { 'X-Concerto-Csrf': '1' };

/** The `name=value` of the refresh-token cookie a response sets, or null. */
export function refreshCookie(res: { headers: Record<string, unknown> }): string | null {
  const cookies = (res.headers['set-cookie'] as string[] | undefined) ?? [];
  const found = cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('concerto_refresh=') && c !== 'concerto_refresh=');
  return found ?? null;
}

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  /** The API's own connection: the application role. */
  ds: DataSource;
  /**
   * A connection to this test's database as another role: `admin` (superuser, e.g. a tamperer
   * who bypasses triggers), `owner` (the schema owner) or `app` (the API's role).
   */
  as<T>(role: DatabaseRole, work: (client: Client) => Promise<T>): Promise<T>;  /** A fresh person with these staff roles, and a valid access token for them. */
  personWith(roles: Role[], extra?: Partial<PersonEntity>): Promise<{ person: PersonEntity; token: string }>;
  /** Signs in: the response body, and the refresh-token cookie (`concerto_refresh=…`) to send back as `Cookie`. */
  login(email: string, password?: string): Promise<SignedIn>;
  close(): Promise<void>;
}

/**
 * One application over its own database, cloned from the migrated template: test files never
 * see each other's data, and no file pays for migrations.
 */
export async function createTestApp(env: Record<string, string> = {}, logging: AppLogging = {}): Promise<TestApp> {
  const adminUrl = process.env['CONCERTO_TEST_PG_URL'];
  if (!adminUrl) throw new Error('CONCERTO_TEST_PG_URL is not set: run through jest (global setup starts PostgreSQL)');
  const dbName = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${TEMPLATE_DB} OWNER ${OWNER_ROLE}`);
  await admin.end();
  const urls = testUrls(dbName);
  const url = urls.app;
  const config = loadConfig({ DATABASE_URL: url, JWT_SECRET: 'test-secret-'.padEnd(48, 'x'), LOG_LEVEL: 'silent', WEB_DIST: '', REFRESH_TOKEN_CLEANUP_MINUTES: '0', AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY, AUDIT_CHECKPOINT_MINUTES: '0', ...env });
  const app = await createApp(config, url, config.jwtSecret!, logging);
  const ds = app.get(DataSource);
  const http = request(app.getHttpServer());
  let n = 0;

  const login = async (email: string, password = TEST_PASSWORD): Promise<SignedIn> => {
    const res = await http.post('/api/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = refreshCookie(res);
    if (!cookie) throw new Error(`login ${email} set no refresh cookie`);
    return { ...(res.body as TokenResponse), cookie };
  };

  return {
    app,
    http,
    ds,
    login,
    async as(role, work) {
      const c = new Client({ connectionString: urls[role] });
      await c.connect();
      try {
        return await work(c);
      } finally {
        await c.end();
      }
    },
    async personWith(roles, extra = {}) {
      passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
      const repo = ds.getRepository(PersonEntity);
      const person = await repo.save(
        repo.create({
          email: `person${++n}-${randomBytes(3).toString('hex')}@test.concerto`,
          fullName: `Person ${n}`,
          preferredLanguage: 'fr',
          roles,
          passwordHash: await passwordHash,
          ...extra,
        }),
      );
      const tokens = await login(person.email);
      return { person, token: tokens.accessToken };
    },
    async close() {
      await app.close();
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    },
  };
}
