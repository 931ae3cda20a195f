/**
 * Benchmark of the web app on a phone (not a test): starts the built API with demo data and the
 * built web app, then runs Lighthouse 12 (mobile, simulated 4G) in Debian's Chromium on the public
 * home, the login page and the admin's dashboard, and prints the four category scores, LCP and FCP.
 * Targets: performance ≥ 95 and LCP < 2.5 s; accessibility, best practices and SEO 100.
 * Run: npm run bench:lighthouse (CHROMIUM=/path/to/chrome to use another browser, RUNS=3 to repeat,
 * LIGHTHOUSE_REPORTS=folder to keep each page's full JSON report).
 *
 * Lighthouse slows the CPU down 4× to play a mid-range phone on a fast desktop. On a busy or slow
 * machine that overshoots: CPU_SLOWDOWN=auto measures Lighthouse's benchmark index in the page just
 * before each run and picks the multiplier that brings it to a mid-range phone's (index 1533 → 4×,
 * Lighthouse's CPU-throttling calculator; never below 1×). CPU_SLOWDOWN=<number> fixes it.
 */
import { type ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'puppeteer-core';
import { freePort } from './support';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../api/src/demo/demo-data';

const WORKSPACE = path.resolve(__dirname, '..', '..', '..');
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The built API (dist/api) with demo data and the built web app, as `npm start` runs it. */
async function startApi(): Promise<{ baseUrl: string; stop: () => void }> {
  const main = path.join(WORKSPACE, 'dist/api/api/src/main.js');
  const web = path.join(WORKSPACE, 'dist/web/browser');
  if (!fs.existsSync(main) || !fs.existsSync(path.join(web, 'index.html'))) throw new Error('Build first: nx run-many -t build -p web api');
  const [port, pgPort] = [await freePort(), await freePort()];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concerto-lighthouse-'));
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: WORKSPACE,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), DEMO_DATA: 'true', WEB_DIST: web },
    stdio: 'ignore',
    detached: true,
  });
  const stop = (): void => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    setTimeout(() => fs.rmSync(dataDir, { recursive: true, force: true }), 3000).unref();
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('The API did not start');
}

/** Lighthouse's "mid-range phone": the benchmark index that its 4× slowdown targets (1533 / 4). */
const PHONE_BENCHMARK_INDEX = 1533 / 4;

async function cpuSlowdown(page: Page): Promise<{ multiplier: number; benchmarkIndex: number | null }> {
  const wanted = process.env['CPU_SLOWDOWN'] ?? '4';
  if (wanted !== 'auto') return { multiplier: Number(wanted), benchmarkIndex: null };
  const { pageFunctions } = (await import('lighthouse/core/lib/page-functions.js')) as { pageFunctions: { computeBenchmarkIndex: () => number } };
  await page.goto('about:blank');
  const benchmarkIndex = await page.evaluate(pageFunctions.computeBenchmarkIndex);
  return { multiplier: Math.max(1, Math.round((benchmarkIndex / PHONE_BENCHMARK_INDEX) * 10) / 10), benchmarkIndex };
}

interface Figures {
  page: string;
  cpu: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  fcpMs: number;
  transferKb: number;
}

async function audit(page: Page, url: string, name: string, keepSession: boolean): Promise<Figures> {
  const { default: lighthouse } = await import('lighthouse');
  const cpu = await cpuSlowdown(page);
  const result = await lighthouse(
    url,
    { output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableStorageReset: keepSession, throttling: { cpuSlowdownMultiplier: cpu.multiplier } },
    undefined,
    page,
  );
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  const reports = process.env['LIGHTHOUSE_REPORTS'];
  if (reports) {
    fs.mkdirSync(reports, { recursive: true });
    fs.writeFileSync(path.join(reports, `${name.replace(/\W+/g, '-')}.json`), JSON.stringify(lhr, null, 1));
  }
  if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.message}`);
  const score = (c: string): number => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
  if (failing.length) console.log(`  ${name}: audits below 90: ${failing.map((a) => `${a.id} (${a.displayValue ?? a.score})`).join(', ')}`);
  return {
    page: name,
    cpu: `${cpu.multiplier}×` + (cpu.benchmarkIndex === null ? '' : ` (index ${cpu.benchmarkIndex})`),
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
    transferKb: (lhr.audits['total-byte-weight']?.numericValue ?? NaN) / 1024,
  };
}

/** Signs the admin in through the login form, so the next load of "/" shows the dashboard. */
async function signIn(page: Page, baseUrl: string): Promise<void> {
  const admin = DEMO_ACCOUNTS.find((a) => a.roles.includes('admin'))!;
  await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle0' });
  await page.type('[data-testid="login-email"]', admin.email);
  await page.type('[data-testid="login-password"]', DEMO_PASSWORD);
  await page.click('[data-testid="login-submit"]');
  await page.waitForSelector('[data-testid="dashboard-summary"]', { timeout: 30_000 });
}

async function main(): Promise<void> {
  const api = await startApi();
  const puppeteer = await import('puppeteer-core');
  let browser: Browser | null = null;
  try {
    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
    const results: Figures[] = [];
    const runs = Number(process.env['RUNS'] ?? 1);
    for (let run = 0; run < runs; run++) {
      for (const [name, route] of [
        ['public home', '/'],
        ['login', '/login'],
      ] as const) {
        const page = await browser.newPage();
        results.push(await audit(page, `${api.baseUrl}${route}`, name, false));
        await page.close();
      }
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await signIn(page, api.baseUrl);
      results.push(await audit(page, `${api.baseUrl}/`, 'dashboard (admin)', true));
      await context.close();
    }
    console.log('\nLighthouse 12, mobile, simulated 4G (targets: performance ≥ 95, LCP < 2.5 s, others 100)');
    console.log('page                 perf  a11y  best   seo     LCP     FCP   bytes  CPU slowdown');
    for (const r of results) {
      const s = r.scores;
      console.log(
        `${r.page.padEnd(20)} ${[s.performance, s.accessibility, s['best-practices'], s.seo].map((n) => String(n).padStart(5)).join(' ')}` +
          ` ${(r.lcpMs / 1000).toFixed(2).padStart(6)} s ${(r.fcpMs / 1000).toFixed(2).padStart(5)} s ${r.transferKb.toFixed(0).padStart(4)} kB  ${r.cpu}`,
      );
    }
  } finally {
    await browser?.close();
    api.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
