import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';

export const WORKSPACE = path.join(__dirname, '..', '..', '..');

/**
 * Compiles the API as `nx run api:build` does (tsc, then tsc-alias for the libs' paths), into a
 * folder of its own under dist/ (so a test never runs a stale build, nor removes the one others
 * use). Returns the folder; remove it with `fs.rmSync` when done.
 */
export function buildApi(): string {
  const out = path.join(WORKSPACE, 'dist', `api-test-${process.pid}-${randomBytes(3).toString('hex')}`);
  const bin = (name: string) => path.join(WORKSPACE, 'node_modules', '.bin', name);
  execFileSync(bin('tsc'), ['-p', 'api/tsconfig.app.json', '--outDir', out], { cwd: WORKSPACE, stdio: 'pipe' });
  execFileSync(bin('tsc-alias'), ['-p', 'api/tsconfig.app.json', '--outDir', out], { cwd: WORKSPACE, stdio: 'pipe' });
  return out;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** SIGTERM (the API closes its streams and connections and exits), then the exit code; SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<number | null>;
  /** What it printed (its log level is `error`). */
  output(): string;
}

/** Starts the built API (`main.js` of `buildDir`) on an existing database, as a compose replica does. */
export async function startApiProcess(buildDir: string, env: Record<string, string>, timeoutMs = 60_000): Promise<ApiProcess> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-replica-'));
  let out = '';
  const child: ChildProcess = spawn(process.execPath, [path.join(buildDir, 'api/src/main.js')], {
    cwd: WORKSPACE,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, WEB_DIST: '', DEMO_DATA: 'false', LOG_LEVEL: 'error', REFRESH_TOKEN_CLEANUP_MINUTES: '0', AUDIT_CHECKPOINT_MINUTES: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve((exitCode = code))));
  const stop = async (stopTimeoutMs = 15_000): Promise<number | null> => {
    if (exitCode === undefined) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    return exitCode ?? null;
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`The API process exited (${exitCode}) before answering /api/health:\n${out}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).status === 200) return { baseUrl, pid: child.pid ?? 0, stop, output: () => out };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The API process did not answer /api/health within ${timeoutMs / 1000} s:\n${out}`);
}
