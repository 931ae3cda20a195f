import { mkdirSync } from 'fs';
import { join } from 'path';
import { type Browser, type Page } from 'playwright-core';
import { type RunningApi, WORKSPACE, startApi, launchChromium, switchLanguage } from './api-process';

/**
 * "Who suspended this member, and when?" answered from the member's page in a few clicks: the
 * administrator suspends a member, then opens its history in the audit log.
 */
const SCREENSHOTS = join(__dirname, '../../test-artifacts/screenshots');
const ADMIN = { email: 'admin@concerto.demo', password: 'Concerto-demo-2026', name: 'Hélène Tremblay' };
const PIVOT = 'Coopérative de solidarité Le Pivot';

jest.setTimeout(120_000);

let api: RunningApi | undefined;
let browser: Browser | undefined;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startApi(join(WORKSPACE, 'test-artifacts', 'e2e-audit-api.log'));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
}, 60_000);

describe('the audit log', () => {
  it('tells the administrator who suspended a member and when, from the member page', async () => {
    const baseUrl = api!.baseUrl;
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Adresse courriel').fill(ADMIN.email);
    await page.getByLabel('Mot de passe').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dashboard-summary').waitFor();

    // Suspend Le Pivot.
    await page.goto(`${baseUrl}/members?q=Pivot`);
    await page.getByRole('link', { name: PIVOT }).click();
    await page.getByRole('heading', { level: 1, name: PIVOT }).waitFor();
    await page.getByTestId('suspend-reason').fill('Cotisation impayée depuis deux ans');
    await page.getByTestId('member-suspend').click();
    await page.getByTestId('confirm-suspend').getByTestId('confirm-ok').click();
    await page.getByTestId('member-reinstate').waitFor();
    const suspendedAt = new Date();

    // Its history: the audit log filtered on this member, the suspension first, in words.
    await page.getByTestId('member-history').click();
    await page.waitForURL(/\/audit\?.*targetId=/);
    const first = page.getByTestId('audit-row').first();
    await first.waitFor();
    expect(await first.getByTestId('audit-action').textContent()).toContain("Suspension d'une organisation membre");
    expect(await first.getByTestId('audit-actor').getByRole('link').textContent()).toBe(ADMIN.name);
    const when = await first.getByTestId('audit-when').locator('time').getAttribute('datetime');
    expect(Math.abs(new Date(when!).getTime() - suspendedAt.getTime())).toBeLessThan(60_000);
    expect(await first.textContent()).toContain('Cotisation impayée depuis deux ans');
    expect(await page.getByTestId('audit-chip').textContent()).toContain(PIVOT);
    // Every entry listed concerns this member.
    expect(await page.getByTestId('audit-row').count()).toBeGreaterThanOrEqual(2);
    await shot('audit-01-member-history-fr-1280');

    // The technical details are one click away.
    await first.locator('summary').click();
    expect(await first.locator('code.hash').first().textContent()).toMatch(/^[0-9a-f]{64}$/);

    // On a phone: cards, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('audit-02-member-history-fr-390');

    // Filtering by kind of action and words, in English.
    await page.setViewportSize({ width: 1280, height: 900 });
    // The switch saves the choice to the account: let it land before the page reloads.
    await switchLanguage(page, 'en', true);
    await page.goto(`${baseUrl}/audit`);
    await page.getByTestId('audit-category').selectOption('member');
    await page.getByTestId('audit-q').fill('impayée');
    await page.getByTestId('audit-filter').click();
    await page.waitForURL(/category=member/);
    await page.getByTestId('audit-row').first().waitFor();
    expect(await page.getByTestId('audit-row').count()).toBe(1);
    expect(await page.getByTestId('audit-action').first().textContent()).toContain('Member organization suspended');
    await shot('audit-03-filtered-en-1280');
  });
});
