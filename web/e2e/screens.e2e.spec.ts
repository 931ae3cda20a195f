import { mkdirSync } from 'fs';
import { join } from 'path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type RunningApi, WORKSPACE, startApi, launchChromium, switchLanguage } from './api-process';

/**
 * Every screen, for each role that may open it, at 1280 px and 390 px, in French and English:
 * no serious or critical axe-core violation, no horizontal scrolling on a phone, a screenshot of
 * each (test-artifacts/screenshots/walk-*.png). A new screen is one more line in SCREENS.
 */
type Who = 'anonymous' | 'admin' | 'delegate';

interface Screen {
  /** Screenshot name. */
  name: string;
  path: string;
  as: Who;
  /** A test id to click once the page is shown (to reach a screen with an id in its address). */
  open?: string;
  /** The page's h1 in fr and en, when checked. */
  heading?: [RegExp, RegExp];
}

const SCREENS: Screen[] = [
  { name: 'home', path: '/', as: 'anonymous', heading: [/Bienvenue/, /Welcome/] },
  { name: 'login', path: '/login', as: 'anonymous', heading: [/Connexion/, /Log in/] },
  { name: 'colleges', path: '/colleges', as: 'anonymous' },
  { name: 'not-found', path: '/nulle-part', as: 'anonymous' },
  { name: 'board', path: '/board', as: 'anonymous', heading: [/Conseil d'administration/, /Board of directors/] },
  { name: 'board-seat', path: '/board', as: 'anonymous', open: 'seat-link' },
  { name: 'dashboard', path: '/', as: 'admin' },
  { name: 'colleges-admin', path: '/colleges', as: 'admin' },
  { name: 'college-new', path: '/colleges/new', as: 'admin' },
  { name: 'members', path: '/members', as: 'admin' },
  { name: 'member-detail', path: '/members', as: 'admin', open: 'member-link' },
  { name: 'member-new', path: '/members/new', as: 'admin' },
  { name: 'member-import', path: '/members/import', as: 'admin' },
  { name: 'people', path: '/people', as: 'admin' },
  { name: 'person-new', path: '/people/new', as: 'admin' },
  { name: 'settings', path: '/settings', as: 'admin' },
  { name: 'audit', path: '/audit', as: 'admin' },
  { name: 'board-admin', path: '/board', as: 'admin' },
  { name: 'board-seat-admin', path: '/board', as: 'admin', open: 'seat-link' },
  { name: 'archive', path: '/archive', as: 'anonymous', heading: [/Archives du conseil/, /Board archive/] },
  { name: 'archive-minutes', path: '/archive', as: 'anonymous', open: 'archive-hit-link' },
  { name: 'minutes', path: '/board/minutes', as: 'admin', heading: [/Procès-verbaux du conseil/, /Board minutes/] },
  { name: 'minutes-detail', path: '/board/minutes', as: 'admin', open: 'minutes-link' },
  { name: 'meetings', path: '/board/meetings', as: 'admin', heading: [/Réunions du conseil/, /Board meetings/] },
  { name: 'meeting-new', path: '/board/meetings/new', as: 'admin' },
  { name: 'meeting-detail', path: '/board/meetings', as: 'admin', open: 'meeting-link' },
  { name: 'account', path: '/account', as: 'admin' },
  { name: 'dashboard-delegate', path: '/', as: 'delegate' },
  { name: 'not-allowed', path: '/people', as: 'delegate', heading: [/Accès non autorisé/, /Not allowed/] },
];

const ACCOUNTS: Record<Exclude<Who, 'anonymous'>, string> = { admin: 'admin@concerto.demo', delegate: 'delegue@concerto.demo' };
const PASSWORD = 'Concerto-demo-2026';
const WIDTHS = [1280, 390] as const;
const LANGUAGES = ['fr', 'en'] as const;
const SCREENSHOTS = join(__dirname, '../../test-artifacts/screenshots');
const AXE = require.resolve('axe-core/axe.min.js');

jest.setTimeout(600_000);

let api: RunningApi | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startApi(join(WORKSPACE, 'test-artifacts', 'e2e-screens-api.log'));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
}, 60_000);

interface Finding {
  screen: string;
  problem: string;
}

async function signIn(page: Page, who: Who): Promise<void> {
  if (who === 'anonymous') {
    await page.goto(api!.baseUrl);
    await page.locator('main h1').first().waitFor();
    return;
  }
  await page.goto(`${api!.baseUrl}/login`);
  await page.getByTestId('login-form').waitFor();
  await page.locator('#login-email').fill(ACCOUNTS[who]);
  await page.locator('#login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('main h1').first().waitFor();
}

async function check(page: Page, screen: Screen, language: 'fr' | 'en', width: number): Promise<Finding[]> {
  const label = `${screen.name} ${language} ${width}px (${screen.as})`;
  await page.goto(`${api!.baseUrl}${screen.path}`);
  await page.locator('main h1').first().waitFor();
  if (screen.open) {
    await page.getByTestId(screen.open).first().click();
    await page.waitForLoadState('networkidle');
  }
  await page.waitForLoadState('networkidle');
  const findings: Finding[] = [];
  if (screen.heading) {
    const h1 = (await page.locator('main h1').first().textContent()) ?? '';
    if (!screen.heading[language === 'fr' ? 0 : 1].test(h1)) findings.push({ screen: label, problem: `heading « ${h1} »` });
  }
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  if (scrollWidth > innerWidth) findings.push({ screen: label, problem: `scrolls sideways: ${scrollWidth} px wide for ${innerWidth} px` });
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) findings.push({ screen: label, problem: `axe ${v.impact} ${v.id}: ${v.targets.join(', ')}` });
  await page.screenshot({ path: join(SCREENSHOTS, `walk-${screen.name}-${language}-${width}.png`), fullPage: true });
  return findings;
}

describe('every screen at 390 px and 1280 px, in French and English', () => {
  it.each(['anonymous', 'admin', 'delegate'] as const)('is accessible and fits a phone for the %s', async (who) => {
    const context: BrowserContext = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA', bypassCSP: true }); // axe-core is injected as a script
    const page = await context.newPage();
    await signIn(page, who);
    const findings: Finding[] = [];
    for (const language of LANGUAGES) {
      await switchLanguage(page, language, who !== 'anonymous');
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        for (const screen of SCREENS.filter((s) => s.as === who)) findings.push(...(await check(page, screen, language, width)));
      }
    }
    await switchLanguage(page, 'fr', who !== 'anonymous');
    await context.close();
    expect(findings).toEqual([]);
  });
});
