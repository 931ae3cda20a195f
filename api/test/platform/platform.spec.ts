import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../../src/config/config';
import { createTestApp, TestApp } from '../support/test-app';

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

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ DATABASE_URL: 'postgres://u:p@db/concerto' }, 'JWT_SECRET'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA'],
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
