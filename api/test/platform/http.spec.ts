import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { loadConfig } from '../../src/config/config';
import { rolesInWords, startBanner } from '../../src/common/start-banner';
import { createTestApp, TestApp } from '../support/test-app';

/** These start their own applications and hash passwords: slow on a busy machine. */
const SLOW = 120_000;

/** Everything written to a log stream, as text. */
function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('request logs', () => {
  it('outside a terminal, writes one JSON line per request: method, path, status, duration, who', async () => {
    const log = capture();
    const t = await createTestApp({ LOG_LEVEL: 'info' }, { output: { terminal: false, stream: log.stream } });
    try {
      const { person, token } = await t.personWith(['admin']);
      await t.http.get('/api/me?x=1').set('Authorization', `Bearer ${token}`).expect(200);
      await settle();
      const lines = log.text().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      const me = lines.filter((l) => l['path'] === '/api/me');
      expect(me).toHaveLength(1);
      expect(me[0]).toMatchObject({ level: 'info', method: 'GET', path: '/api/me', status: 200, userId: person.id });
      expect(typeof me[0]['durationMs']).toBe('number');
      expect(typeof me[0]['time']).toBe('string');
    } finally {
      await t.close();
    }
  }, SLOW);

  it('in a terminal, keeps request lines out unless LOG_REQUESTS=true', async () => {
    const quiet = capture();
    const asked = capture();
    const t1 = await createTestApp({ LOG_LEVEL: 'info' }, { output: { terminal: true, stream: quiet.stream } });
    const t2 = await createTestApp({ LOG_LEVEL: 'info', LOG_REQUESTS: 'true' }, { output: { terminal: true, stream: asked.stream } });
    try {
      await t1.http.get('/api/health').expect(200);
      await t2.http.get('/api/health').expect(200);
      await settle();
      expect(quiet.text()).not.toContain('/api/health');
      // Readable, not JSON.
      expect(asked.text()).toContain('GET /api/health 200');
      expect(asked.text()).not.toContain('{"');
    } finally {
      await t1.close();
      await t2.close();
    }
  }, SLOW);

  it('stays silent with LOG_LEVEL=silent', async () => {
    const log = capture();
    const t = await createTestApp({ LOG_LEVEL: 'silent', LOG_REQUESTS: 'true' }, { output: { terminal: false, stream: log.stream } });
    try {
      await t.http.get('/api/nowhere').expect(404);
      await settle();
      expect(log.text()).toBe('');
    } finally {
      await t.close();
    }
  }, SLOW);
});

describe('start message', () => {
  it('ends with the address and the demo accounts with their roles in English and French', () => {
    const text = startBanner({
      url: 'http://localhost:3000',
      demo: {
        password: 'Concerto-demo-2026',
        accounts: [
          { email: 'admin@concerto.demo', roles: ['admin'] },
          { email: 'delegue@concerto.demo', roles: [] },
        ],
      },
      warnings: ['The demo password is in use on a public address'],
    });
    expect(text.split('\n')).toEqual([
      'Concerto is running at http://localhost:3000  (API http://localhost:3000/api, documentation http://localhost:3000/api/docs)',
      '',
      'Demo accounts (password Concerto-demo-2026):',
      '  admin@concerto.demo    administrator / administrateur·rice',
      '  delegue@concerto.demo  delegate / délégué·e',
      '',
      'Warning: The demo password is in use on a public address',
      '',
    ]);
    expect(text).not.toMatch(/\badmin\b(?!@)/);
  });

  it('names several roles in words, never their internal codes', () => {
    expect(rolesInWords(['secretary', 'election_officer'])).toBe("board secretary / secrétaire du conseil, election officer / président·e d'élection");
    expect(startBanner({ url: 'http://localhost:3000', demo: null, warnings: [] })).not.toContain('Demo accounts');
  });
});

describe('behind a proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1', LOGIN_MAX_FAILURES_PER_ADDRESS: '3', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100' });
  }, SLOW);
  afterAll(() => t.close());

  it('a forged X-Forwarded-For cannot dodge the per-address login limit: only the last hop counts', async () => {
    const real = '203.0.113.7';
    for (let i = 1; i <= 3; i++) {
      await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', `10.0.0.${i}, ${real}`)
        .send({ email: `nobody${i}@test.concerto`, password: 'bad-password' })
        .expect(401);
    }
    const { person } = await t.personWith([]);
    const res = await t.http.post('/api/auth/login').set('X-Forwarded-For', `198.51.100.1, ${real}`).send({ email: person.email, password: 'correct-horse-battery' });
    expect(res.status).toBe(429);
    const keys = await t.ds.query<{ key: string; failures: number }[]>(`SELECT key, failures FROM login_throttle WHERE key LIKE 'address:%' AND failures > 0`);
    expect(keys).toEqual([{ key: `address:${real}`, failures: 3 }]);
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.login_failed' AND after->>'address' = $1`, [real]);
    expect(n).toBe(3);
  }, SLOW);
});

describe('HTTP defaults', () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-web-'));
    fs.writeFileSync(path.join(web, 'index.html'), `<!doctype html><html><body>${'<p>Concerto</p>'.repeat(200)}</body></html>`);
    fs.writeFileSync(path.join(web, 'main-AB12CD34.js'), 'console.log("x");'.repeat(200));
    fs.writeFileSync(path.join(web, 'robots.txt'), 'User-agent: *\nAllow: /\n');
    t = await createTestApp({ WEB_DIST: web });
  }, SLOW);
  afterAll(async () => {
    await t.close();
    fs.rmSync(web, { recursive: true, force: true });
  });

  it('sends security headers: a content security policy, nosniff, no framing, no X-Powered-By', async () => {
    const res = await t.http.get('/api/health').expect(200);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('compresses responses for clients that accept it', async () => {
    const res = await t.http.get('/api/docs/openapi.json').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    const page = await t.http.get('/members').set('Accept-Encoding', 'gzip').expect(200);
    expect(page.headers['content-encoding']).toBe('gzip');
  });

  it('caches hashed build files for a year and revalidates the page itself', async () => {
    const js = await t.http.get('/main-AB12CD34.js').expect(200);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await t.http.get('/members/42').expect(200);
    expect(page.text).toContain('<p>Concerto</p>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const index = await t.http.get('/index.html').expect(200);
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('serves robots.txt as text, and a missing file as 404 rather than the app', async () => {
    const robots = await t.http.get('/robots.txt').expect(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    expect(robots.text).toContain('User-agent');
    await t.http.get('/sitemap.xml').expect(404);
    await t.http.get('/chunk-GONE1234.js').expect(404);
  });
});

describe('TRUST_PROXY', () => {
  it('is a number of hops or a list of subnets; true is read as one hop, with a warning', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback']);
    const c = loadConfig({ TRUST_PROXY: 'true' });
    expect(c.trustProxy).toBe(1);
    expect(c.warnings).toEqual([expect.stringContaining('TRUST_PROXY=true')]);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/^Invalid configuration: TRUST_PROXY /);
  });
});
