import { mkdirSync } from 'fs';
import { join } from 'path';
import { type Browser, type Page } from 'playwright-core';
import { type RunningApi, WORKSPACE, freePort, startApi, launchChromium } from './api-process';
import { type Inbox, startInbox } from './smtp-inbox';

/**
 * A forgotten password in a real browser, the message going through a real SMTP server started
 * here: request the link, read it from the received message, choose a new password, log in with
 * it; then the administrator's outbox screen. Screenshots at 1280 and 390 px.
 */
const SCREENSHOTS = join(__dirname, '../../test-artifacts/screenshots');
const DELEGATE = { email: 'delegue@concerto.demo', oldPassword: 'Concerto-demo-2026', newPassword: 'Un-nouveau-mot-de-passe-2026' };
const ADMIN = { email: 'admin@concerto.demo', password: 'Concerto-demo-2026' };

jest.setTimeout(120_000);

let api: RunningApi | undefined;
let inbox: Inbox | undefined;
let browser: Browser | undefined;
let page: Page;

async function shots(name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const smtpPort = await freePort();
  inbox = await startInbox(smtpPort);
  api = await startApi(join(WORKSPACE, 'test-artifacts', 'e2e-password-reset-api.log'), 90_000, {
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: 'Concerto <portail@concerto.demo>',
    MAIL_POLL_MILLISECONDS: '200',
  });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA' });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await inbox?.stop();
}, 60_000);

describe('a forgotten password', () => {
  it('is reset through the e-mailed link, and the new password logs the delegate in', async () => {
    const baseUrl = api!.baseUrl;
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-forgot').click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    await page.getByTestId('forgot-email').fill(DELEGATE.email);
    await shots('reset-01-request-fr');
    await page.getByTestId('forgot-submit').click();
    await page.getByTestId('forgot-sent').waitFor();
    await shots('reset-02-request-sent-fr');

    const mail = await inbox!.next();
    expect(mail.to).toEqual([DELEGATE.email]);
    expect(mail.text).toMatch(/^Bonjour Kevin Nguyen,/);
    const link = /http:\/\/localhost:\d+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0];
    const path = new URL(link).pathname + new URL(link).search;

    await page.goto(baseUrl + path);
    await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }).waitFor();
    await page.getByTestId('reset-password').fill(DELEGATE.newPassword);
    await page.getByTestId('reset-confirmation').fill('pas-le-meme-mot-de-passe');
    await page.getByTestId('reset-submit').click();
    await page.locator('#reset-confirmation-error').waitFor();
    await shots('reset-03-mismatch-fr');
    await page.getByTestId('reset-confirmation').fill(DELEGATE.newPassword);
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-done').waitFor();
    await shots('reset-04-done-fr');

    // The link served once: opened again, it says so.
    await page.goto(baseUrl + path);
    await page.getByTestId('reset-password').fill('Encore-un-autre-2026');
    await page.getByTestId('reset-confirmation').fill('Encore-un-autre-2026');
    await page.getByTestId('reset-submit').click();
    expect(await page.getByTestId('error-message').textContent()).toContain('Ce lien a déjà servi');
    await page.getByTestId('reset-ask-new').waitFor();
    await shots('reset-05-used-link-fr');

    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-email').fill(DELEGATE.email);
    await page.getByTestId('login-password').fill(DELEGATE.newPassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dashboard-summary').waitFor();
    await page.getByTestId('logout').click();
    await page.getByTestId('nav-login').waitFor();
  });

  it('shows the administrator the message as sent in the outbox', async () => {
    const baseUrl = api!.baseUrl;
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-email').fill(ADMIN.email);
    await page.getByTestId('login-password').fill(ADMIN.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dashboard-summary').waitFor();
    await page.getByTestId('nav-mail').click();
    await page.getByRole('heading', { level: 1, name: 'Courriels envoyés par le portail' }).waitFor();
    await page.getByTestId('mail-table').waitFor();
    expect(await page.getByTestId('mail-table').textContent()).toContain(DELEGATE.email);
    expect(await page.getByTestId('mail-table').textContent()).toContain('Envoyé');
    await shots('reset-06-outbox-fr');
    await page.getByTestId('mail-status-filter').selectOption('sent');
    await page.waitForURL(/status=sent/);
    await page.locator('.chip').waitFor();
    await page.getByTestId('mail-table').getByRole('link').first().click();
    await page.getByTestId('mail-detail').waitFor();
    await shots('reset-07-outbox-message-fr');
  });

  it('invites a person the administrator adds: the e-mailed link lets them choose their password', async () => {
    const baseUrl = api!.baseUrl;
    await page.goto(`${baseUrl}/people/new`);
    await page.getByTestId('person-email').fill('nouvelle.secretaire@concerto.demo');
    await page.getByTestId('person-fullName').fill('Nadia Bélanger');
    await page.getByTestId('person-role-secretary').check();
    await page.getByTestId('person-invitation-hint').waitFor();
    await shots('reset-08-person-invitation-fr');
    await page.getByTestId('person-save').click();
    await page.getByTestId('people-table').waitFor();

    const mail = await inbox!.next();
    expect(mail.to).toEqual(['nouvelle.secretaire@concerto.demo']);
    expect(mail.text).toMatch(/Hélène Tremblay a créé votre compte/);
    const link = new URL(/http:\/\/localhost:\d+\/reset-password\?token=[A-Za-z0-9_-]+&invitation=1/.exec(mail.text)![0]);
    await page.getByTestId('logout').click();
    await page.getByTestId('nav-login').waitFor();
    await page.goto(baseUrl + link.pathname + link.search);
    await page.getByRole('heading', { level: 1, name: 'Bienvenue : choisissez votre mot de passe' }).waitFor();
    await page.getByTestId('reset-password').fill('Nadia-choisit-2026');
    await page.getByTestId('reset-confirmation').fill('Nadia-choisit-2026');
    await shots('reset-09-invitation-fr');
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-login').click();
    await page.getByTestId('login-email').fill('nouvelle.secretaire@concerto.demo');
    await page.getByTestId('login-password').fill('Nadia-choisit-2026');
    await shots('reset-10-login-with-link-fr');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('dashboard-summary').waitFor();
  });
});
