import { ChildProcess, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded';

/**
 * The embedded PostgreSQL started by one process (as the API starts it: same code, bundled by
 * esbuild for a plain `node` child), killed with `kill -9` and started again.
 */
const work = path.resolve(__dirname, '../../../tmp', `embedded-recovery-${randomBytes(4).toString('hex')}`);

interface Started {
  child: ChildProcess;
  adminUrl: string;
  notes: string[];
}

function startChild(dataDir: string, port: number): Promise<Started> {
  const child = spawn(process.execPath, [path.join(work, 'child.mjs'), dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, ...(JSON.parse(line) as { adminUrl: string; notes: string[] }) });
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`child exited (${code}): ${err.split('\n').find((l) => l.startsWith('Error: ')) ?? err.trim()}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

describe('embedded PostgreSQL after the API was killed with kill -9', () => {
  jest.setTimeout(120_000);
  const children: ChildProcess[] = [];
  let dataDir: string;

  beforeAll(async () => {
    fs.mkdirSync(work, { recursive: true });
    await esbuild.build({
      entryPoints: [path.resolve(__dirname, '../../src/database/embedded.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: path.join(work, 'embedded.mjs'),
      logLevel: 'silent',
    });
    fs.writeFileSync(
      path.join(work, 'child.mjs'),
      `import { startEmbeddedPostgres } from './embedded.mjs';
       const db = await startEmbeddedPostgres(process.argv[2], Number(process.argv[3]));
       process.on('SIGTERM', () => db.stop().then(() => process.exit(0)));
       console.log(JSON.stringify({ adminUrl: db.adminUrl, notes: db.notes }));
       setInterval(() => undefined, 1 << 30);`,
    );
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-recovery-'));
  });

  afterAll(async () => {
    for (const c of children) {
      if (c.exitCode === null && c.signalCode === null) {
        c.kill('SIGTERM');
        await exited(c);
      }
    }
    fs.rmSync(work, { recursive: true, force: true });
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the next start stops the server left running in its own data folder, says so, and starts', async () => {
    const port = await freePort();
    const first = await startChild(dataDir, port);
    children.push(first.child);
    const leftover = Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(alive(leftover)).toBe(true);

    const second = await startChild(dataDir, port);
    children.push(second.child);
    expect(second.notes).toEqual([expect.stringMatching(new RegExp(`^Stopped the embedded PostgreSQL \\(process ${leftover}, port ${port}\\) left running in `))]);
    expect(alive(leftover)).toBe(false);
    const c = new Client({ connectionString: second.adminUrl });
    await c.connect();
    const { rows } = await c.query(`SELECT count(*)::int AS n FROM pg_roles WHERE rolname IN ('concerto_owner', 'concerto_app')`);
    await c.end();
    expect(rows).toEqual([{ n: 2 }]);
  });

  it('does not stop the server of a Concerto still running on that folder', async () => {
    const running = children[children.length - 1];
    const port = await freePort();
    await expect(startChild(dataDir, port)).rejects.toThrow(/in use by another running Concerto \(process \d+\)/);
    expect(running.exitCode).toBeNull();
  });

  it('still refuses, clearly, a port taken by another program', async () => {
    const other = net.createServer();
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
    const port = (other.address() as net.AddressInfo).port;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-port-'));
    try {
      await expect(startEmbeddedPostgres(dir, port)).rejects.toThrow(`Embedded PostgreSQL cannot start: port ${port} is already in use`);
    } finally {
      await new Promise((r) => other.close(r));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
