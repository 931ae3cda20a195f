import { mkdirSync } from 'fs';
import { join } from 'path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type RunningApi, WORKSPACE, startApi, launchChromium, switchLanguage } from './api-process';

/**
 * The board register: anyone reads the current board without an account, in French and English,
 * on a computer and on a phone; the board secretary names a holder to a vacant seat, then names
 * that new board member treasurer.
 */
const SCREENSHOTS = join(__dirname, '../../test-artifacts/screenshots');
const SECRETARY = { email: 'secretaire@concerto.demo', password: 'Concerto-demo-2026' };
const NEW_HOLDER = 'Kevin Nguyen';

jest.setTimeout(180_000);

let api: RunningApi | undefined;
let browser: Browser | undefined;

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startApi(join(WORKSPACE, 'test-artifacts', 'e2e-board-api.log'));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
}, 60_000);

describe('the board of directors', () => {
  it('is public: the current board by college, its officers, vacancies and youth seats, in French and English, on a phone too', async () => {
    const context: BrowserContext = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
    const page = await context.newPage();
    await page.goto(api!.baseUrl);
    await page.getByTestId('nav-board').click();
    await page.getByRole('heading', { level: 1, name: "Conseil d'administration" }).waitFor();
    await page.getByTestId('board-college').first().waitFor();
    expect(await page.getByTestId('board-college').count()).toBe(8);
    expect(await page.getByTestId('board-filled').textContent()).toBe('33');
    expect(await page.getByTestId('board-vacant').textContent()).toBe('2');
    expect(await page.getByTestId('officer-president').getByTestId('officer-name').textContent()).toContain('Isabelle Lavoie');
    expect(await page.getByTestId('officer-secretary').getByTestId('officer-name').textContent()).toContain('Marc-André Gagnon');
    expect(await page.getByTestId('seat-youth').count()).toBe(2);
    expect(await page.locator('[data-testid="board-seat"][data-vacant="true"]').count()).toBe(2);
    expect(await page.getByTestId('officer-end').count()).toBe(0);
    await shot(page, 'board-01-public-fr-1280');

    await switchLanguage(page, 'en', false);
    await page.getByRole('heading', { level: 1, name: 'Board of directors' }).waitFor();
    expect(await page.getByTestId('officer-president').locator('th').textContent()).toBe('Chair');
    expect(await page.getByTestId('board-officers').getByRole('heading', { level: 2 }).textContent()).toBe('Officers');
    await shot(page, 'board-02-public-en-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'board-03-public-en-390');

    // A seat's history, still without an account.
    await page.getByTestId('seat-link').first().click();
    await page.getByTestId('seat-history').waitFor();
    expect(await page.getByTestId('history-row').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('term-end').count()).toBe(0);
    await context.close();
  });

  it('lets the secretary name a holder to a vacant seat, then name them treasurer', async () => {
    const context: BrowserContext = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
    const page = await context.newPage();
    await page.goto(`${api!.baseUrl}/login`);
    await page.locator('#login-email').fill(SECRETARY.email);
    await page.locator('#login-password').fill(SECRETARY.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    // The secretary holds a seat too: the dashboard says which, until when, and the office.
    const mine = page.getByTestId('my-board-seat');
    await mine.waitFor();
    expect(await mine.textContent()).toMatch(/Organismes de développement local, siège 1 : mandat du \d{4}-\d{2}-\d{2} au \d{4}-\d{2}-\d{2}\./);
    expect(await mine.textContent()).toContain('Secrétariat');
    await page.getByTestId('nav-board').click();
    await page.getByTestId('board-college').first().waitFor();

    // The vacant youth seat refuses an adult, in words, and changes nothing.
    await page.locator('[data-testid="board-seat"][data-vacant="true"]').filter({ has: page.getByTestId('seat-youth') }).getByTestId('seat-link').click();
    await page.getByTestId('candidate-search').fill('Gagnon');
    await page.getByTestId('candidate-search-submit').click();
    await page.getByTestId('candidates').getByRole('listitem').filter({ hasText: 'Marc-André Gagnon' }).getByTestId('candidate-choose').click();
    await page.getByTestId('assign-submit').click();
    await page.getByTestId('confirm-assign').getByTestId('confirm-ok').click();
    await page.getByText("Ce siège est réservé à l'Aile jeunesse : Marc-André Gagnon n'en fait pas partie").waitFor();
    expect(await page.getByTestId('history-row').count()).toBe(0);
    await shot(page, 'board-04a-youth-refused-fr-1280');
    await page.getByRole('link', { name: /Retour au conseil/ }).click();
    await page.getByTestId('board-college').first().waitFor();

    // The vacant seat that is not reserved for youth.
    const vacant = page.locator('[data-testid="board-seat"][data-vacant="true"]').filter({ hasNot: page.getByTestId('seat-youth') });
    expect(await vacant.count()).toBe(1);
    await vacant.getByTestId('seat-link').click();
    await page.getByTestId('seat-assign').waitFor();
    await page.getByTestId('candidate-search').fill('nguyen');
    await page.getByTestId('candidate-search-submit').click();
    await page.getByTestId('candidates').getByRole('listitem').filter({ hasText: NEW_HOLDER }).getByTestId('candidate-choose').click();
    expect(await page.getByTestId('assign-chosen').textContent()).toBe(NEW_HOLDER);
    await shot(page, 'board-04-assign-fr-1280');
    await page.getByTestId('assign-submit').click();
    await page.getByTestId('confirm-assign').getByTestId('confirm-ok').click();
    await page.getByTestId('seat-notice').waitFor();
    expect(await page.getByTestId('seat-notice').textContent()).toContain('Le mandat est inscrit au registre.');
    expect(await page.getByTestId('seat-current-holder').textContent()).toContain(NEW_HOLDER);
    expect(await page.getByTestId('history-row').first().locator('th').textContent()).toBe(NEW_HOLDER);
    await shot(page, 'board-05-assigned-fr-1280');

    // Back on the board: one vacancy left; Kevin Nguyen named treasurer in place of the current one.
    await page.getByRole('link', { name: /Retour au conseil/ }).click();
    await page.getByTestId('officer-form').waitFor();
    expect(await page.getByTestId('board-vacant').textContent()).toBe('1');
    const before = (await page.getByTestId('officer-treasurer').getByTestId('officer-name').textContent())?.trim();
    await page.getByTestId('officer-office').selectOption('treasurer');
    await page.getByTestId('officer-person').selectOption({ label: NEW_HOLDER });
    await page.getByTestId('officer-name-submit').click();
    expect(await page.getByTestId('confirm-officer').textContent()).toContain(NEW_HOLDER);
    await page.getByTestId('confirm-officer').getByTestId('confirm-ok').click();
    await page.getByTestId('officer-treasurer').getByTestId('officer-name').filter({ hasText: NEW_HOLDER }).waitFor();
    expect(before).not.toContain(NEW_HOLDER);
    expect(await page.getByTestId('board-officers').getByRole('status').textContent()).toContain('La nomination est enregistrée.');
    await shot(page, 'board-06-officer-fr-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'board-07-manage-fr-390');
    await page.getByTestId('seat-link').first().click();
    await page.getByTestId('seat-history').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'board-08-seat-fr-390');
    await context.close();
  });
});
