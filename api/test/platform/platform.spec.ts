import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../../src/config/config';
import { demoWarning } from '../../src/config/warnings';
import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { createTestApp, TEST_AUDIT_SIGNING_KEY, TestApp } from '../support/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database as reachable', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http.get('/api/docs/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/health', '/api/audit/verify']));
  });

  it('answers an unknown address with 404 in the caller language', async () => {
    const res = await t.http.get('/api/nowhere').set('Accept-Language', 'en').expect(404);
    expect(res.body).toEqual({ statusCode: 404, code: 'ROUTE_NOT_FOUND', message: 'This address does not exist.' });
  });

  it('answers malformed JSON with 400', async () => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_BODY');
  });

  it('has migrations that match the entities exactly (nothing left to generate)', async () => {
    const sql = await t.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});

describe('configuration', () => {
  it('keeps mail in the portal unless an SMTP server is given, and builds links from the public address', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({ smtpUrl: null, publicUrl: 'http://localhost:8080', mailMaxAttempts: 8 });
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'Fédération <portail@example.org>', PUBLIC_URL: 'https://portail.example.org/' })).toMatchObject({
      smtpUrl: 'smtps://u:p@mail.example.org:465',
      mailFrom: 'Fédération <portail@example.org>',
      publicUrl: 'https://portail.example.org',
    });
  });

  it('uses safe defaults', () => {
    const c = loadConfig({}, '/srv');
    expect(c).toMatchObject({ port: 3000, databaseUrl: null, dataDir: '/srv/data', demoData: true, jwtSecret: null, accessTokenTtlSeconds: 900 });
  });

  it('listens on loopback only with the embedded database, unless HOST says otherwise', () => {
    expect(loadConfig({}, '/srv').host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }, '/srv').host).toBe('0.0.0.0');
    expect(loadConfig({ DATABASE_URL: 'postgres://concerto_app:p@db/concerto', JWT_SECRET: 'x'.repeat(32), AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY }, '/srv').host).toBe('0.0.0.0');
  });

  it('migrates as MIGRATION_DATABASE_URL when given, as DATABASE_URL otherwise', () => {
    const base = { DATABASE_URL: 'postgres://concerto_app:p@db/concerto', JWT_SECRET: 'x'.repeat(32), AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY };
    expect(loadConfig(base).migrationDatabaseUrl).toBeNull();
    expect(loadConfig({ ...base, MIGRATION_DATABASE_URL: 'postgres://concerto_owner:q@db/concerto' }).migrationDatabaseUrl).toBe('postgres://concerto_owner:q@db/concerto');
  });

  it('warns that the demo password is public, louder when other machines can reach the portal', () => {
    expect(demoWarning({ demoData: false, host: '0.0.0.0' })).toBeNull();
    const local = demoWarning({ demoData: true, host: '127.0.0.1' });
    expect(local).toContain(DEMO_PASSWORD);
    expect(local).not.toMatch(/^WARNING/);
    expect(demoWarning({ demoData: true, host: '::1' })).toBe(local);
    const open = demoWarning({ demoData: true, host: '0.0.0.0' });
    expect(open).toMatch(/^WARNING: demo data while listening on 0\.0\.0\.0: anyone who can reach this machine can sign in as an administrator/);
    expect(open).toContain(DEMO_PASSWORD);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ DATABASE_URL: 'postgres://u:p@db/concerto' }, 'JWT_SECRET'],
    [{ DATABASE_URL: 'postgres://u:p@db/concerto', JWT_SECRET: 'x'.repeat(32) }, 'AUDIT_SIGNING_KEY'],
    [{ AUDIT_SIGNING_KEY: 'not a key' }, 'AUDIT_SIGNING_KEY'],
    [{ AUDIT_CHECKPOINT_MINUTES: '-1' }, 'AUDIT_CHECKPOINT_MINUTES'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
    [{ MIGRATION_DATABASE_URL: 'postgres://o:p@db/concerto' }, 'MIGRATION_DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://a:p@db/concerto', JWT_SECRET: 'x'.repeat(32), MIGRATION_DATABASE_URL: 'mysql://x' }, 'MIGRATION_DATABASE_URL'],
    [{ REFRESH_TOKEN_CLEANUP_MINUTES: 'hourly' }, 'REFRESH_TOKEN_CLEANUP_MINUTES'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ACCESS_TOKEN_TTL_SECONDS: '5' }, 'ACCESS_TOKEN_TTL_SECONDS'],
    [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://' }, 'SMTP_URL'],
    [{ MAIL_FROM: 'Concerto' }, 'MAIL_FROM'],
    [{ PUBLIC_URL: 'portail.example.org' }, 'PUBLIC_URL'],
    [{ MAIL_MAX_ATTEMPTS: '0' }, 'MAIL_MAX_ATTEMPTS'],
    [{ MAIL_POLL_MILLISECONDS: '10' }, 'MAIL_POLL_MILLISECONDS'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
