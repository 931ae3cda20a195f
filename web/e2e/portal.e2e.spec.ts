import { mkdirSync } from 'fs';
import { join } from 'path';
import { type Browser, type Page } from 'playwright-core';
import { type RunningApi, WORKSPACE, startApi, launchChromium } from './api-process';

/**
 * The portal in a real browser against the real API with its demo data: French first, login as
 * the administrator, English on request, the member directory and a member's record.
 * Run with `npx nx run web:e2e` (builds web and api first).
 */
const SCREENSHOTS = join(__dirname, '../../test-artifacts/screenshots');
const ADMIN = { email: 'admin@concerto.demo', password: 'Concerto-demo-2026' };
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
  api = await startApi(join(WORKSPACE, 'test-artifacts', 'e2e-api.log'));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
}, 60_000);

describe('the portal', () => {
  it('opens in French, logs the administrator in, switches to English and finds a member', async () => {
    const baseUrl = api!.baseUrl;

    // Public home, in French by default.
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Concerto' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByTestId('public-total-seats').waitFor();
    await shot('01-public-home-fr');

    // Login.
    await page.getByTestId('nav-login').click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await page.getByLabel('Adresse courriel').fill(ADMIN.email);
    await page.getByLabel('Mot de passe').fill(ADMIN.password);
    await shot('02-login-fr');
    await page.getByTestId('login-submit').click();

    // Dashboard of the administrator, still in French.
    await page.getByTestId('dashboard-summary').waitFor();
    await page.getByRole('heading', { name: 'La fédération en chiffres' }).waitFor();
    await page.getByTestId('shortcut-audit').waitFor();
    await shot('03-dashboard-fr');

    // English on request.
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'The federation in figures' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await shot('04-dashboard-en');

    // Member directory, searched for "Pivot".
    await page.getByTestId('nav-members').click();
    await page.getByRole('heading', { level: 1, name: 'Member directory' }).waitFor();
    await page.getByTestId('member-table').waitFor();
    await shot('05-directory-en');
    await page.getByLabel('Search (name, NEQ, city)').fill('Pivot');
    await page.getByTestId('filter-submit').click();
    await page.waitForURL(/[?&]q=Pivot/);
    const link = page.getByRole('link', { name: PIVOT });
    await link.waitFor();
    // Only organizations matching the search are listed.
    const found = await page.getByTestId('member-link').allTextContents();
    expect(found.filter((name) => !/pivot/i.test(name))).toEqual([]);
    await shot('06-directory-search-pivot-en');

    // The member's record.
    await link.click();
    await page.getByRole('heading', { level: 1, name: PIVOT }).waitFor();
    await page.getByTestId('member-delegates').waitFor();
    await shot('07-member-detail-en');

    // Back to French on the same page: the choice is remembered and applied at once.
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { name: 'Renseignements' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await shot('08-member-detail-fr');
  });

  it('creates a member through the form, showing the API\'s field errors, and finds it again in the directory', async () => {
    const baseUrl = api!.baseUrl;
    const name = 'Coopérative funéraire des Patriotes';

    // Still signed in as the administrator, and in French since the last switch.
    await page.goto(`${baseUrl}/members/new`);
    await page.getByRole('heading', { level: 1, name: 'Nouveau membre' }).waitFor();
    await page.getByTestId('member-legalName').fill(name);
    await page.getByTestId('member-neq').fill('12345');
    await page.getByTestId('member-kind').selectOption('cooperative');
    await page.getByTestId('member-collegeId').selectOption({ index: 1 });
    await page.getByTestId('member-sector').selectOption('funeral');
    await page.getByTestId('member-region').selectOption('16');
    await page.getByTestId('member-city').fill('Saint-Jean-sur-Richelieu');
    await page.getByTestId('member-duesPaidUntil').fill('2027-06-30');
    await page.getByTestId('member-save').click();

    // The API refuses the short NEQ; its French message appears beside the field.
    const neqError = page.getByTestId('field-error-neq');
    await neqError.waitFor();
    expect(await neqError.textContent()).toMatch(/NEQ/);
    await shot('09-member-form-error-fr');

    await page.getByTestId('member-neq').fill('1170000999');
    await page.getByTestId('member-save').click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    expect(await page.getByTestId('member-standing').textContent()).toContain('En règle');
    await shot('10-member-created-fr');

    // Found again in the directory, by a word of its name and by its region.
    await page.goto(`${baseUrl}/members?q=patriotes&region=16`);
    await page.getByRole('link', { name }).waitFor();
    expect(await page.getByTestId('member-link').count()).toBe(1);
    await shot('11-directory-finds-created-fr');
  });

  it('keeps one language choice for a signed-in person: the header switch saves it to the account, applied at the next login', async () => {
    const baseUrl = api!.baseUrl;
    // Still signed in as the administrator, in French. The header switch picks English…
    await page.goto(`${baseUrl}/account`);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    // …and the account page shows the same choice, saved on the server.
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('#account-language')?.value === 'en');

    // Logged out, an anonymous visitor switches to French: kept in this browser only.
    await page.getByTestId('logout').click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Concerto' }).waitFor();
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Concerto' }).waitFor();

    // Logging in applies the account's choice: English.
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Adresse courriel').fill(ADMIN.email);
    await page.getByLabel('Mot de passe').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'The federation in figures' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Focus is on the new page's heading, announced to screen readers.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // The account page agrees; choosing French there is the same single choice.
    await page.getByTestId('nav-account').click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    expect(await page.locator('#account-language').inputValue()).toBe('en');
    // Let the sign-in's own requests settle before changing the form (a slow machine).
    await page.waitForLoadState('networkidle');
    await page.locator('#account-language').selectOption('fr');
    await page.getByTestId('profile-save').click();
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await shot('12-account-language-fr');
  });

  it('shows a "not allowed" page, with a way back, for a screen the person may not use', async () => {
    const baseUrl = api!.baseUrl;
    await page.getByTestId('logout').click();
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Adresse courriel').fill('delegue@concerto.demo');
    await page.getByLabel('Mot de passe').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { level: 1, name: /Bonjour/ }).waitFor();
    await page.goto(`${baseUrl}/people`);
    await page.getByRole('heading', { level: 1, name: 'Accès non autorisé' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/people');
    await shot('13-not-allowed-fr');
    await page.getByTestId('not-allowed-home').click();
    await page.getByRole('heading', { level: 1, name: /Bonjour/ }).waitFor();
  });

  it('keeps the session across a reload (refresh cookie), shares it with a new tab, and a logout signs every tab out', async () => {
    const baseUrl = api!.baseUrl;

    // A reload forgets the in-memory access token; the httpOnly cookie restores the session.
    await page.goto(`${baseUrl}/members`);
    await page.getByRole('heading', { level: 1, name: 'Répertoire des membres' }).waitFor();
    await page.reload();
    await page.getByTestId('member-table').waitFor();
    expect(page.url()).toBe(`${baseUrl}/members`);
    // Nothing of the session is readable by scripts.
    expect(await page.evaluate(() => document.cookie)).not.toContain('concerto_refresh');
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/refresh/i);

    // A second tab of the same browser is signed in too.
    const other = await page.context().newPage();
    await other.goto(`${baseUrl}/members`);
    await other.getByTestId('member-table').waitFor();

    // Logout in the first tab: the second one is sent to the login page at once.
    await page.getByTestId('logout').click();
    await other.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();

    // And a reload shows the login page, not the directory.
    await page.goto(`${baseUrl}/members`);
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('12-signed-out-after-reload-390');
    await other.close();
  });
});
