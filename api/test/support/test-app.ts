import { NestExpressApplication } from '@nestjs/platform-express';
import type { Role, TokenResponse } from '@concerto/contracts';
import * as argon2 from 'argon2';
import { randomBytes } from 'crypto';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type AppLogging, createApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/config';
import { PersonEntity } from '../../src/people/person.entity';
import { TEMPLATE_DB, withDatabase } from './global-setup';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | null = null;

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  ds: DataSource;
  /** A fresh person with these staff roles, and a valid access token for them. */
  personWith(roles: Role[], extra?: Partial<PersonEntity>): Promise<{ person: PersonEntity; token: string }>;
  login(email: string, password?: string): Promise<TokenResponse>;
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
  await admin.query(`CREATE DATABASE ${dbName} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const url = withDatabase(adminUrl, dbName);
  const config = loadConfig({ DATABASE_URL: url, JWT_SECRET: 'test-secret-'.padEnd(48, 'x'), LOG_LEVEL: 'silent', WEB_DIST: '', ...env });
  const app = await createApp(config, url, config.jwtSecret!, logging);
  const ds = app.get(DataSource);
  const http = request(app.getHttpServer());
  let n = 0;

  const login = async (email: string, password = TEST_PASSWORD): Promise<TokenResponse> => {
    const res = await http.post('/api/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as TokenResponse;
  };

  return {
    app,
    http,
    ds,
    login,
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
