import fc from 'fast-check';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { deflateSync, gzipSync } from 'zlib';
import { FIELD_LABELS } from '../../src/common/field-labels';
import { createAssembly, nameOnDesk, registerDirect } from '../assemblies/assembly-fixtures';
import { createCollege, createMember, designate } from '../support/factories';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * Bounded, seeded fuzzing of every endpoint of the OpenAPI document (new ones are covered
 * without touching this file), as an anonymous caller and as an administrator: bad strings,
 * numbers, dates, encodings and shapes in bodies, query strings and path parameters. Any 5xx
 * fails the test. Reproduce a run with FUZZ_SEED=<seed>; FUZZ_RUNS sets requests per endpoint
 * and caller.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261125);
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 50);
jest.setTimeout(240_000);

interface Operation {
  method: string;
  path: string;
  query: string[];
  body: string[];
}

interface FuzzRequest {
  path: string;
  query: string;
  headers: Record<string, string>;
  body: Buffer | null;
}

/** Strings that once broke a server: NUL, lone surrogates, text that grows when folded, huge, RTL, emoji. */
const badString = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udc00', '\udbff\udfff', '\u202eRTL\u202c', 'مرحبا', '👍🏽👨‍👩‍👧', '%', '%00', '..', '../..', '\\', "'; DROP TABLE people; --", '{{x}}', '${x}'),
  fc.integer({ min: 1, max: 400 }).map((n) => 'İ'.repeat(n)),
  fc.integer({ min: 1, max: 400 }).map((n) => 'œ'.repeat(n)),
  fc.integer({ min: 1, max: 400 }).map((n) => 'ß'.repeat(n)),
  fc.constantFrom(255, 1000, 5000, 70_000).map((n) => 'a'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
  fc.emailAddress().map((e) => e.toUpperCase()),
);
const badNumber = fc.oneof(
  fc.constantFrom(1e18, -1, 0, -0, 0.5, 1.5e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31) - 1, 1e-9),
  fc.double(),
  fc.integer(),
);
const badDate = fc.constantFrom('0000-01-01', '9999-12-31', '1899-12-31', '3000-01-01', '2026-02-30', '2026-13-01', '+275760-09-13', '2026-1-1', '2026-01-01T00:00:00Z', '1e18');
const scalar = fc.oneof(badString, badNumber, badDate, fc.boolean(), fc.constant(null), badNumber.map(String));
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(badString, tie('v'), { maxKeys: 3 })),
})).v;

const nested = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);
const bodyText = (fields: string[]) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.record({ known: fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 6 }), extra: fc.dictionary(badString, value, { maxKeys: 2 }) }).map(({ known, extra }) => JSON.stringify({ ...extra, ...known })) },
    fc.array(value, { maxLength: 3 }).map((v) => JSON.stringify(v)),
    scalar.map((v) => JSON.stringify(v) ?? 'null'),
    fc.constantFrom(40, 1000, 20_000).map((d) => `{"${fields[0] ?? 'x'}":${nested(d, '[', ']')}}`),
    fc.constantFrom(40, 3000).map((d) => nested(d, '{"a":', '}').replace(/\{"a":\}$/, '{}')),
    fc.constantFrom('{', '{"a":', '[1,', 'nul', '"\\ud800"', '{"a":"\\u0000"}', '\u0000', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}'),
    fc.constantFrom(150_000).map((n) => JSON.stringify({ [fields[0] ?? 'x']: 'x'.repeat(n) })),
    fc.string({ unit: 'binary', maxLength: 60 }),
  );

const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=foo',
  'application/json; charset=utf-16',
  'text/csv',
  'text/csv; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '',
);
const contentEncoding = fc.constantFrom('', '', '', 'identity', 'bogus', 'gzip', 'gzip-garbage', 'deflate', 'deflate-garbage', 'br-garbage');

function encodeBody(text: string, encoding: string): { bytes: Buffer; header: string } {
  const raw = Buffer.from(text, 'utf8');
  switch (encoding) {
    case 'gzip':
      return { bytes: gzipSync(raw), header: 'gzip' };
    case 'deflate':
      return { bytes: deflateSync(raw), header: 'deflate' };
    case 'gzip-garbage':
      return { bytes: raw, header: 'gzip' };
    case 'deflate-garbage':
      return { bytes: raw, header: 'deflate' };
    case 'br-garbage':
      return { bytes: raw, header: 'br' };
    default:
      return { bytes: raw, header: encoding };
  }
}

/** Percent-encodes the UTF-8 bytes of a string; some values go as raw escapes (invalid UTF-8, NUL, a lone %). */
const RAW_ESCAPES = ['%00', '%ED%A0%80', '%FF', '%C0%AF', '%', '%zz', '%2e%2e', '%E2%80%AE'];
function percent(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : '%' + b.toString(16).toUpperCase().padStart(2, '0'))).join('');
}
const urlPiece = fc.oneof({ weight: 4, arbitrary: scalar.map((v) => percent(String(v))) }, fc.constantFrom(...RAW_ESCAPES));

function requestFor(op: Operation, ids: string[], token: string | null): fc.Arbitrary<FuzzRequest> {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  const paramValue = fc.oneof(fc.constantFrom(...ids), fc.uuid(), urlPiece);
  const queryNames = [...new Set([...op.query, 'q', 'page', 'pageSize', 'collegeId', 'region', 'standing', 'actorId', 'targetId'])];
  const queryPair = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...queryNames) }, badString.map(percent), fc.constantFrom('page[a]', 'page[]', 'q[__proto__]', '__proto__')), urlPiece);
  return fc
    .record({
      params: fc.tuple(...pathParams.map(() => paramValue)),
      query: fc.array(queryPair, { maxLength: 4 }),
      body: op.body.length || op.method !== 'get' ? fc.option(bodyText(op.body), { nil: null, freq: 8 }) : fc.constant(null),
      type: contentType,
      encoding: contentEncoding,
      lang: fc.constantFrom('fr', 'en', 'de', ''),
    })
    .map(({ params, query, body, type, encoding, lang }) => {
      let path = op.path;
      pathParams.forEach((name, i) => (path = path.replace(`{${name}}`, (params)[i] ?? '')));
      const headers: Record<string, string> = {};
      if (token) headers['Authorization'] = `Bearer ${token}`;
      if (lang) headers['Accept-Language'] = lang;
      let bytes: Buffer | null = null;
      if (body !== null) {
        const encoded = encodeBody(body, encoding);
        bytes = encoded.bytes;
        if (type) headers['Content-Type'] = type;
        if (encoded.header) headers['Content-Encoding'] = encoded.header;
      }
      return { path, query: query.map(([k, v]) => `${k}=${v}`).join('&'), headers, body: bytes };
    });
}

function send(port: number, agent: http.Agent, method: string, r: FuzzRequest): Promise<number> {
  return new Promise((resolve) => {
    const headers = { ...r.headers, ...(r.body ? { 'Content-Length': String(r.body.length) } : {}) };
    const req = http.request({ host: '127.0.0.1', port, agent, method: method.toUpperCase(), path: r.path + (r.query ? `?${r.query}` : ''), headers, timeout: 20_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    // A refused body may close the connection before it is all sent: not a server error.
    req.on('error', () => resolve(-1));
    req.on('timeout', () => req.destroy());
    req.end(r.body ?? undefined);
  });
}

describe('fuzzing every endpoint with bad input', () => {
  let t: TestApp;
  let admin: string;
  let ids: string[];
  let port: number;
  beforeAll(async () => {
    t = await createTestApp();
    const who = await t.personWith(['admin']);
    admin = who.token;
    const college = await createCollege(t.ds, { code: 'reseaux' });
    const member = await createMember(t.ds, { collegeId: college.id });
    // A convened assembly with the administrator on its desk, a registration and its agenda item, so its endpoints get past the 404.
    const assemblyId = await createAssembly(t);
    await nameOnDesk(t, assemblyId, who.person.id);
    const delegate = (await t.personWith([])).person;
    await designate(t.ds, member.id, delegate.id);
    const registrationId = await registerDirect(t, assemblyId, delegate.id, member.id);
    const [{ id: itemId }] = await t.ds.query<{ id: string }[]>(`SELECT id FROM assembly_agenda_items WHERE assembly_id = $1`, [assemblyId]);
    ids = [college.id, member.id, who.person.id, assemblyId, registrationId, itemId, delegate.id];
    const server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  it('answers every generated request of every OpenAPI endpoint without a 5xx', async () => {
    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }>>;
    };
    const allFields = Object.keys(FIELD_LABELS);
    const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method,
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        body: [...Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}), ...allFields],
      })),
    );
    expect(operations.length).toBeGreaterThan(20);

    fc.configureGlobal({ seed: SEED, numRuns: RUNS });
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    let sent = 0;
    let dropped = 0;
    const byStatus = new Map<number, number>();
    const failures: string[] = [];
    const started = Date.now();
    for (const op of operations) {
      for (const token of [null, admin]) {
        const requests = fc.sample(requestFor(op, ids, token), { seed: SEED + sent, numRuns: RUNS });
        for (let i = 0; i < requests.length; i += 4) {
          const batch = requests.slice(i, i + 4);
          const statuses = await Promise.all(batch.map((r) => send(port, agent, op.method, r)));
          statuses.forEach((status, j) => {
            sent++;
            byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
            if (status === -1) dropped++;
            if (status >= 500) {
              const r = batch[j];
              failures.push(`${status} ${op.method.toUpperCase()} ${r.path}?${r.query} ${JSON.stringify(r.headers)} ${r.body?.subarray(0, 200).toString('utf8')}`);
            }
          });
        }
      }
    }
    agent.destroy();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: seed ${SEED}, ${RUNS} runs × ${operations.length} endpoints × 2 callers: ${sent} requests in ${seconds} s, ${failures.length} 5xx, ${dropped} connections closed by the server; by status ${JSON.stringify(Object.fromEntries([...byStatus].sort((a, b) => a[0] - b[0])))}`);
    if (failures.length) console.log(`fuzz: first server errors (FUZZ_SEED=${SEED} to replay):\n${failures.slice(0, 20).join('\n')}`);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
