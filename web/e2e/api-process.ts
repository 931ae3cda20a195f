import { type Browser, type Page, chromium } from 'playwright-core';
import { type ChildProcess, spawn } from 'child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

export const WORKSPACE = join(__dirname, '..', '..');

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApi {
  baseUrl: string;
  /** Its database as the API's own role (concerto_app), for a test to write what no screen of it writes. */
  databaseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the built API (dist/api) with demo data in a fresh data directory, serving the built
 * web app, and waits until /api/health answers 200. Its output goes to `logFile`. `env` adds
 * or overrides environment variables (an SMTP server, for instance).
 */
export async function startApi(logFile: string, timeoutMs = 90_000, env: Record<string, string> = {}): Promise<RunningApi> {
  const port = await freePort();
  const pgPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'concerto-e2e-'));
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, [join(WORKSPACE, 'dist/api/api/src/main.js')], {
    cwd: WORKSPACE,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DEMO_DATA: 'true', WEB_DIST: join(WORKSPACE, 'dist/web/browser'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; resolve(); }));

  const stop = async (): Promise<void> => {
    if (!exited && child.pid) {
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exit, new Promise<void>((resolve) => (timer = setTimeout(resolve, 15_000)))]);
      clearTimeout(timer);
      // Whatever is left of its process group (an embedded database, for instance).
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) {
      await stop();
      throw new Error(`The API exited before answering /api/health; see ${logFile}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) {
        const appPassword = readFileSync(join(dataDir, 'postgres-app-password'), 'utf8').trim();
        return { baseUrl, databaseUrl: `postgres://concerto_app:${appPassword}@127.0.0.1:${pgPort}/concerto`, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`The API did not answer /api/health within ${timeoutMs / 1000} s; see ${logFile}`);
}

/** Debian's Chromium, headless, with the background networking this closed machine refuses turned off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * The header's language switch. For a signed-in person the choice is saved to the account
 * (PATCH /api/me), and the next page load applies the account's language: wait for that answer,
 * not for "network idle" (which Playwright reports at once when the page reached it before).
 */
export async function switchLanguage(page: Page, language: 'fr' | 'en', signedIn: boolean): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === language) return;
  const saved = signedIn
    ? page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === '/api/me')
    : Promise.resolve(undefined);
  await page.getByTestId('language-switch').click();
  await page.waitForFunction((l) => document.documentElement.lang === l, language);
  await saved;
}
