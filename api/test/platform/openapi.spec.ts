import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createTestApp, TestApp } from '../support/test-app';

interface Problem {
  rule: string;
  severity: 'error' | 'warn';
  message: string;
  where?: string;
}

type Operation = { summary?: string; security?: unknown[]; responses: Record<string, unknown> };

/** Integrators read the OpenAPI document: it passes Redocly's recommended rules. */
describe('OpenAPI document', () => {
  let t: TestApp;
  let doc: { servers?: unknown[]; paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as typeof doc;
  });
  afterAll(() => t.close());

  const operations = () => Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })));

  it("has no error under Redocly's recommended rules", () => {
    const dir = mkdtempSync(join(tmpdir(), 'concerto-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const out = execFileSync(process.execPath, [join(__dirname, 'openapi-lint.mjs'), file], { encoding: 'utf8' });
      const errors = (JSON.parse(out) as Problem[]).filter((p) => p.severity === 'error');
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives every operation a summary, its security, and error responses with the error shape', () => {
    const bad = operations().filter(({ op }) => {
      const errors = Object.keys(op.responses).filter((code) => /^[45]/.test(code));
      return !op.summary || !Array.isArray(op.security) || errors.length === 0;
    });
    expect(bad.map((b) => b.name)).toEqual([]);
    const login = doc.paths['/api/auth/login']['post'];
    expect(login.security).toEqual([]);
    expect(Object.keys(login.responses)).toEqual(expect.arrayContaining(['400', '401', '429']));
    const people = doc.paths['/api/people']['get'];
    expect(people.security).toEqual([{ bearer: [] }]);
    expect(people.responses['401']).toEqual({ $ref: '#/components/responses/Unauthenticated' });
  });

  it('names a server', () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
  });
});
