import { mkdirSync } from 'fs';
import { join } from 'path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type RunningApi, WORKSPACE, startApi, launchChromium } from './api-process';

/**
 * A delegate's own organization, in a real browser against the real API and its demo data: Kevin
 * Nguyen, delegate of Le Pivot, updates its phone and e-mail and asks for a delegate in place of
 * the other one (Le Pivot already has the two the bylaws allow); the administrator approves.
 */
const SCREENSHOTS = join(__dirname, '../../test-artifacts/screenshots');
const PASSWORD = 'Concerto-demo-2026';
const DELEGATE = 'delegue@concerto.demo';
const ADMIN = 'admin@concerto.demo';
const PIVOT = 'Coopérative de solidarité Le Pivot';

jest.setTimeout(180_000);

let api: RunningApi | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The same page at phone width (390 px), then back to 1280 px. */
async function phoneShot(name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  await shot(name);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signIn(email: string): Promise<void> {
  await page.goto(`${api!.baseUrl}/login`);
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('dashboard-summary').waitFor();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startApi(join(WORKSPACE, 'test-artifacts', 'e2e-api-self-service.log'));
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
  page = await context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
}, 60_000);

describe("a delegate's organization", () => {
  it('the delegate updates its phone and e-mail and asks for a new delegate in place of another', async () => {
    await signIn(DELEGATE);
    await page.getByTestId('nav-my-organization').click();
    await page.getByRole('heading', { level: 1, name: 'Mon organisation' }).waitFor();
    await page.getByRole('heading', { level: 2, name: PIVOT }).waitFor();
    expect(await page.getByTestId('my-org-standing').textContent()).toContain('En règle');

    // Contact details: the postal code comes back as Canada Post writes it.
    await page.getByTestId('contact-phone').fill('418 555-0142');
    await page.getByTestId('contact-email').fill('Info@LePivot.coop');
    await page.getByTestId('contact-postalCode').fill('g1k3a1');
    await page.getByTestId('contact-save').click();
    await page.getByTestId('my-org-contact-saved').waitFor();
    expect(await page.getByTestId('contact-postalCode').inputValue()).toBe('G1K 3A1');
    expect(await page.getByTestId('contact-email').inputValue()).toBe('info@lepivot.coop');

    // Adding a third delegate is refused: the bylaws allow two.
    await page.getByTestId('request-fullName').fill('Awa Diallo');
    await page.getByTestId('request-email').fill('awa.diallo@lepivot.coop');
    await page.getByTestId('request-birthYear').fill('1999');
    await page.getByTestId('request-send').click();
    expect(await page.getByTestId('error-message').last().textContent()).toMatch(/maximum permis/);

    // So the delegate asks to replace the other delegate.
    const select = page.getByTestId('request-replacesDelegateId');
    const other = await select.locator('option', { hasNotText: 'Kevin Nguyen' }).filter({ hasText: 'Remplacer' }).first().getAttribute('value');
    await select.selectOption(other);
    await page.getByTestId('request-send').click();
    await page.getByTestId('my-org-request-sent').waitFor();
    await page.getByTestId('request-status-pending').waitFor();
    await shot('20-my-organization-fr');
    await phoneShot('21-my-organization-fr-390');
    await page.getByTestId('logout').click();
  });

  it('the administrator sees the pending request and approves it: the new delegate replaces the other', async () => {
    await signIn(ADMIN);
    expect(await page.getByTestId('pending-requests').textContent()).toContain('1');
    await page.getByTestId('nav-delegate-requests').click();
    await page.getByRole('heading', { level: 1, name: 'Demandes de délégué·es' }).waitFor();
    const row = page.getByTestId('request-row').filter({ hasText: 'Awa Diallo' });
    await row.waitFor();
    await shot('22-delegate-requests-fr');
    await phoneShot('23-delegate-requests-fr-390');
    await row.getByTestId('request-approve').click();
    await page.getByTestId('requests-notice').waitFor();
    await page.getByTestId('requests-empty').waitFor();

    // The record of Le Pivot: the new delegate, the contact details the delegate gave.
    await page.goto(`${api!.baseUrl}/members?q=pivot`);
    await page.getByRole('link', { name: PIVOT }).click();
    await page.getByRole('heading', { level: 1, name: PIVOT }).waitFor();
    const delegates = page.getByTestId('member-delegates');
    await delegates.getByText('Awa Diallo').waitFor();
    expect(await delegates.getByText('Kevin Nguyen').count()).toBe(1);
    expect(await page.getByTestId('member-contact').textContent()).toContain('418 555-0142');

    // Ending a designation asks first; Escape cancels and nothing changes.
    await delegates.getByTestId('delegate-end').first().click();
    const dialog = page.getByTestId('confirm-end');
    await dialog.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('confirm-cancel');
    await shot('24-confirm-end-designation-fr');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await delegates.getByTestId('delegate-end').count()).toBe(2);

    // Suspending asks too, with its consequences in words.
    await page.getByTestId('suspend-reason').fill('Cotisation impayée');
    await page.getByTestId('member-suspend').click();
    await page.getByTestId('confirm-suspend').waitFor({ state: 'visible' });
    expect(await page.getByTestId('confirm-suspend').textContent()).toContain('ni voter ni se porter candidat');
    await phoneShot('25-confirm-suspend-fr-390');
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('member-standing').textContent()).toContain('En règle');
    await phoneShot('26-member-detail-fr-390');
  });

  it('the directory sorts by a column, says so to assistive technology, and folds its filters on a phone', async () => {
    await page.goto(`${api!.baseUrl}/members?region=03`);
    await page.getByTestId('member-table').waitFor();
    await page.getByTestId('sort-dues').click();
    await page.waitForURL(/sort=dues/);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Cotisation');
    await page.getByTestId('sort-dues').click();
    await page.waitForURL(/dir=desc/);
    // The list reloads after the URL changes: wait for the header to say so.
    await page.locator('th[aria-sort="descending"]').waitFor();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Cotisation');
    await page.getByTestId('member-chips').waitFor();
    await shot('27-directory-sorted-fr');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${api!.baseUrl}/members?region=03&sort=dues&dir=desc`);
    await page.getByTestId('member-table').waitFor();
    expect(await page.getByTestId('member-filters-panel').getAttribute('open')).toBeNull();
    await shot('28-directory-fr-390');
    // The chip clears its filter.
    await page.getByTestId('member-chips').getByRole('button').first().click();
    await page.waitForURL((url) => !url.search.includes('region='));
    expect(page.url()).toContain('sort=dues');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
