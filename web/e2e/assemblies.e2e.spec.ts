import { mkdirSync } from 'fs';
import { join } from 'path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { type RunningApi, WORKSPACE, launchChromium, startApi, switchLanguage } from './api-process';

/**
 * A general assembly on four screens at once: the credentials desk registers a delegate and
 * checks them in with the keyboard; the chair's console and the room display (public link, no
 * sign-in) show the present count rise and the quorum reached without reloading; a delegate on
 * a phone joins online and asks for the floor, and the console shows the request.
 */
const SCREENSHOTS = join(__dirname, '../../test-artifacts/screenshots');
const PASSWORD = 'Concerto-demo-2026';
const ADMIN = 'admin@concerto.demo';
const SECRETARY = 'secretaire@concerto.demo';
const CHAIR = 'presidence@concerto.demo';
const DELEGATE = 'delegue@concerto.demo';

jest.setTimeout(240_000);

let api: RunningApi | undefined;
let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A long phone page, also in screen-high parts (easier to read than one tall picture). */
async function phoneShots(page: Page, name: string): Promise<void> {
  await shot(page, name);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()!.width;
  for (let y = 0, n = 1; y < height && n <= 4; y += 844, n++) {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-part${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(844, height - y) } });
  }
}

async function apiCall<T>(token: string | null, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${api!.baseUrl}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'fr', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function signInApi(email: string): Promise<{ token: string; id: string }> {
  const r = await apiCall<{ accessToken: string; user: { id: string } }>(null, 'POST', '/api/auth/login', { email, password: PASSWORD });
  return { token: r.accessToken, id: r.user.id };
}

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  // bypassCSP: axe-core is injected as a script to check accessibility.
  const context = await browser!.newContext({ viewport, locale: 'fr-CA', timezoneId: 'America/Toronto', bypassCSP: true });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${api!.baseUrl}/login`);
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Waits until the element's text matches, without reloading the page. */
async function waitForText(page: Page, testId: string, pattern: RegExp): Promise<void> {
  await page.waitForFunction(
    ([id, source]) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return !!el && new RegExp(source).test(el.textContent ?? '');
    },
    [testId, pattern.source] as const,
    { timeout: 15_000 },
  );
}

const AXE = require.resolve('axe-core/axe.min.js');

/** Serious and critical accessibility problems axe finds on the page as it is. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startApi(join(WORKSPACE, 'test-artifacts', 'e2e-assemblies-api.log'));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await api?.stop();
}, 60_000);

describe('a general assembly, live on every screen', () => {
  it('registers and checks in at the desk, shows the quorum reached on the console and the room display, and takes a floor request from a phone', async () => {
    // Setup through the API (its own screens are not this test's): quorum of two votes, a convened assembly.
    const admin = await signInApi(ADMIN);
    const secretary = await signInApi(SECRETARY);
    const chair = await signInApi(CHAIR);
    const delegate = await signInApi(DELEGATE);
    await apiCall(admin.token, 'PATCH', '/api/settings', { quorumType: 'count', quorumValue: 3, noticePeriodDays: 10, speakerSeconds: 120, proxiesAllowed: true, maxProxiesPerDelegate: 1 });
    const startsAt = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const assembly = await apiCall<{ id: string }>(admin.token, 'POST', '/api/assemblies', {
      kind: 'annual', titleFr: 'Assemblée générale annuelle 2027', titleEn: '2027 Annual general assembly', startsAt, place: 'Palais des congrès, Montréal', videoUrl: 'https://video.example.org/aga-2027',
    });
    await apiCall(admin.token, 'PUT', `/api/assemblies/${assembly.id}/staff`, { chairId: chair.id, credentialsIds: [secretary.id] });
    await apiCall(admin.token, 'POST', `/api/assemblies/${assembly.id}/convocation`);
    const candidates = await apiCall<{ personId: string; fullName: string; memberId: string; ineligibility: string | null; registrationId: string | null }[]>(secretary.token, 'GET', `/api/assemblies/${assembly.id}/credentials?q=`);
    const walkIn = candidates.find((c) => !c.ineligibility && !c.registrationId && c.personId !== delegate.id);
    expect(walkIn).toBeDefined();
    // An absent delegate of another member, who gives their proxy at the desk.
    const absent = candidates.find((c) => !c.ineligibility && !c.registrationId && ![delegate.id, walkIn!.personId].includes(c.personId) && c.memberId !== walkIn!.memberId);
    expect(absent).toBeDefined();

    // The chair opens the assembly from the console and creates the room display's link.
    const consolePage = await newPage({ width: 1280, height: 900 });
    await signIn(consolePage, CHAIR);
    await consolePage.goto(`${api!.baseUrl}/assemblies/${assembly.id}/console`);
    await consolePage.getByTestId('session-open').click();
    await waitForText(consolePage, 'console-status', /En cours/);
    await waitForText(consolePage, 'console-current-item', /\S/);
    await consolePage.getByTestId('display-link').click();
    const displayUrl = await consolePage.getByTestId('display-url').getAttribute('href');
    expect(displayUrl).toMatch(/\/display\/[^/]+$/);

    // The room display: no sign-in, no menu.
    const displayPage = await newPage({ width: 1600, height: 900 });
    await displayPage.goto(displayUrl!);
    await waitForText(displayPage, 'display-present', /^0$/);
    expect(await displayPage.locator('app-header').count()).toBe(0);
    expect(await displayPage.getByTestId('display-quorum').getAttribute('data-met')).toBe('false');

    // The credentials desk: type the name, Enter registers the first hit, Enter again checks them in.
    const deskPage = await newPage({ width: 1280, height: 900 });
    await signIn(deskPage, SECRETARY);
    await deskPage.goto(`${api!.baseUrl}/assemblies/${assembly.id}/desk`);
    const search = deskPage.getByTestId('desk-q');
    await search.focus();
    await search.pressSequentially(walkIn!.fullName, { delay: 20 });
    await deskPage.locator('.hit.first').getByTestId('hit-register').waitFor();
    expect(await deskPage.locator('.hit.first').getAttribute('data-testid')).toBe(`hit-${walkIn!.personId}`);
    await search.press('Enter');
    await deskPage.locator('.hit.first').getByTestId('hit-check-in').waitFor();
    await search.press('Enter');
    await waitForText(deskPage, 'desk-notice', /Présence enregistrée/);
    await deskPage.getByTestId(`registration-${walkIn!.personId}`).getByTestId('check-out').waitFor();
    await shot(deskPage, 'assemblies-01-desk-fr-1280');
    expect(await axeProblems(deskPage)).toEqual([]);

    // Console and display follow without reload: one present, quorum not met yet.
    await waitForText(consolePage, 'present-count', /^\s*1\b/);
    await waitForText(displayPage, 'display-present', /^1$/);
    expect(await displayPage.getByTestId('display-quorum').getAttribute('data-met')).toBe('false');

    // A proxy recorded at the desk, with who gave it: two votes present.
    await deskPage.getByTestId('proxy-giver').pressSequentially(absent!.fullName, { delay: 10 });
    await deskPage.getByTestId('desk-proxy').getByRole('button', { name: new RegExp(absent!.fullName) }).click();
    await deskPage.getByTestId('proxy-holder').selectOption({ index: 1 }); // the one registration so far: the walk-in
    await deskPage.getByTestId('proxy-save').click();
    await waitForText(deskPage, `registration-${walkIn!.personId}`, new RegExp(`de ${absent!.fullName}`));
    await waitForText(consolePage, 'proxies-count', /^\s*1\b/);
    await waitForText(displayPage, 'display-quorum', /2 voix présentes sur 3/);
    expect(await consolePage.getByTestId('quorum-status').textContent()).toContain('Quorum non atteint');

    // The delegate on a phone: the convocation on the dashboard, register, join online.
    const phone = await newPage({ width: 390, height: 844 });
    await signIn(phone, DELEGATE);
    await phone.getByTestId('my-convocations').waitFor();
    // (The demo has its own assembly: this one is found by its link.)
    await phone.locator(`[data-testid="my-convocations"] a[data-testid="convocation-register"][href="/assemblies/${assembly.id}"]`).click();
    await phone.getByTestId('register').click();
    await phone.getByTestId('join-online').click();
    await waitForText(phone, 'your-status', /Présent·e/);

    // Three votes present: the quorum is reached on the console and the room display, live.
    await waitForText(consolePage, 'present-count', /^\s*2\b/);
    await waitForText(consolePage, 'quorum-status', /Quorum atteint/);
    await waitForText(displayPage, 'display-present', /^2$/);
    await waitForText(displayPage, 'display-quorum-status', /Quorum atteint/);
    await waitForText(phone, 'quorum-status', /Quorum atteint/);

    // The delegate asks for the floor from the phone; the console shows the request, and gives the floor.
    await phone.getByTestId('floor-order').waitFor();
    await phoneShots(phone, 'assemblies-02a-delegate-present-fr-390');
    await phone.getByTestId('floor-for').click();
    await waitForText(phone, 'floor-mine', /1er sur la liste/);
    await consolePage.getByTestId(`speaker-${delegate.id}`).waitFor({ timeout: 15_000 });
    await displayPage.locator('.display-waiting li').filter({ hasText: 'Kevin Nguyen' }).waitFor({ timeout: 15_000 });
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await phoneShots(phone, 'assemblies-02-delegate-floor-fr-390');
    await shot(consolePage, 'assemblies-03-console-waiting-fr-1280');

    await consolePage.getByTestId('speaker-give').click();
    await waitForText(consolePage, 'countdown', /^\s*[12]:\d\d\s*$/);
    await waitForText(displayPage, 'display-countdown', /[12]:\d\d/);
    await waitForText(phone, 'floor-mine', /Vous avez la parole/);
    await shot(consolePage, 'assemblies-04-console-speaking-fr-1280');
    await shot(displayPage, 'assemblies-05-display-fr-en-1600');
    expect(await axeProblems(consolePage)).toEqual([]);
    expect(await axeProblems(displayPage)).toEqual([]);
    expect(await axeProblems(phone)).toEqual([]);
    await consolePage.setViewportSize({ width: 390, height: 844 });
    await displayPage.setViewportSize({ width: 390, height: 844 });
    await consolePage.waitForTimeout(300);
    expect(await overflow(consolePage)).toBeLessThanOrEqual(0);
    expect(await overflow(displayPage)).toBeLessThanOrEqual(0);
    await phoneShots(consolePage, 'assemblies-06-console-fr-390');
    await phoneShots(displayPage, 'assemblies-07-display-fr-en-390');
    await phone.setViewportSize({ width: 1280, height: 900 });
    await shot(phone, 'assemblies-08-delegate-fr-1280');
    await switchLanguage(phone, 'en', true);
    await waitForText(phone, 'quorum-status', /Quorum reached/);
    await waitForText(phone, 'floor-mine', /You have the floor/);
    await shot(phone, 'assemblies-08b-delegate-en-1280');

    // The room display in one language only: English.
    await displayPage.setViewportSize({ width: 1600, height: 900 });
    await displayPage.getByTestId('display-en').click();
    await displayPage.waitForURL(/\?lang=en$/);
    expect(await displayPage.getByTestId('display-title').count()).toBe(1);
    await waitForText(displayPage, 'display-quorum-status', /^\s*Quorum reached\s*$/);
    await shot(displayPage, 'assemblies-09-display-en-1600');
  });

  it('is planned by the administrator on its screens, and the convocation refused in words when the notice is too short', async () => {
    const admin = await signInApi(ADMIN);
    await apiCall(admin.token, 'PATCH', '/api/settings', { noticePeriodDays: 10 });
    const page = await newPage({ width: 1280, height: 900 });
    await signIn(page, ADMIN);
    await page.getByTestId('nav-assemblies').click();
    await page.getByTestId('assembly-create').click();
    await page.getByTestId('kind-special').check();
    await page.locator('#assembly-titleFr').fill('Assemblée extraordinaire sur les règlements');
    await page.locator('#assembly-titleEn').fill('Special assembly on the bylaws');
    // Three days from now: shorter than the ten days of notice of the bylaws.
    const soon = new Date(Date.now() + 3 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await page.locator('#assembly-startsAt').fill(`${soon.getFullYear()}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}T18:30`);
    await page.locator('#assembly-place').fill('Centre communautaire, Québec');
    await page.getByTestId('assembly-save').click();
    await page.waitForURL(/\/assemblies\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('assembly-status').textContent()).toContain('En préparation');

    // One more item, in both languages, moved up one place.
    const before = await page.locator('[data-testid^="agenda-item-"]').count();
    await page.locator('#agenda-titleFr').fill('Modification des règlements généraux');
    await page.locator('#agenda-titleEn').fill('Amendment of the general bylaws');
    await page.locator('#agenda-bodyFr').fill('Que l\'article 12 soit modifié.');
    await page.getByTestId('agenda-add-submit').click();
    await page.getByTestId(`agenda-item-${before + 1}`).getByText('Modification des règlements généraux').waitFor();
    await page.getByTestId(`agenda-item-${before + 1}`).getByRole('button', { name: /Monter le point/ }).click();
    await page.getByTestId(`agenda-item-${before}`).getByText('Modification des règlements généraux').waitFor();

    // A document, and the duties: the chair among those holding the role, the desk among the staff.
    await page.locator('#document-titleFr').fill('Projet de règlements');
    await page.locator('#document-titleEn').fill('Draft bylaws');
    await page.getByTestId('document-upload').setInputFiles({ name: 'reglements.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1') });
    await page.getByTestId('document-reglements.pdf').getByText('Projet de règlements').waitFor();
    await page.getByTestId('duty-chair').selectOption({ label: 'Jean-François Roy' });
    await page.getByTestId(`duty-desk-${SECRETARY}`).check();
    await page.getByTestId('duties-save').click();
    await page.getByText('Marc-André Gagnon — Accréditation').waitFor();
    await page.getByText('Jean-François Roy — Présidence d\'assemblée').waitFor();

    // The rules in force, read-only, and the convocation refused with the earliest date in words.
    await page.getByTestId('assembly-rules').getByText('10 jours au moins').waitFor();
    await page.getByTestId('send-convocation').click();
    await page.getByTestId('convocation-dialog').getByTestId('confirm-ok').click();
    const refusal = page.locator('.alert-error').filter({ hasText: "ne peut avoir lieu avant le" });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/\d{1,2} \p{L}+ \d{4}|\d{4}-\d{2}-\d{2}/u);
    expect(await page.getByTestId('convocation-status').textContent()).toContain('Pas encore envoyée');
    await shot(page, 'assemblies-10-setup-notice-refused-fr-1280');
    expect(await axeProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await phoneShots(page, 'assemblies-11-setup-fr-390');
  });

  it('lets a delegate who cannot attend give their proxy from a phone, to a registered delegate found by name', async () => {
    const admin = await signInApi(ADMIN);
    const secretary = await signInApi(SECRETARY);
    const delegate = await signInApi(DELEGATE);
    await apiCall(admin.token, 'PATCH', '/api/settings', { assemblyPreset: 'nonprofit', noticePeriodDays: 10, proxiesAllowed: true, maxProxiesPerDelegate: 1 });
    const startsAt = new Date(Date.now() + 40 * 86_400_000).toISOString();
    const assembly = await apiCall<{ id: string }>(admin.token, 'POST', '/api/assemblies', { kind: 'special', titleFr: 'Assemblée extraordinaire', titleEn: 'Special assembly', startsAt, place: 'Québec' });
    await apiCall(admin.token, 'PUT', `/api/assemblies/${assembly.id}/staff`, { chairId: null, credentialsIds: [secretary.id] });
    await apiCall(admin.token, 'POST', `/api/assemblies/${assembly.id}/convocation`);
    const candidates = await apiCall<{ personId: string; fullName: string; ineligibility: string | null }[]>(secretary.token, 'GET', `/api/assemblies/${assembly.id}/credentials?q=`);
    const holder = candidates.find((c) => !c.ineligibility && c.personId !== delegate.id)!;
    await apiCall(secretary.token, 'POST', `/api/assemblies/${assembly.id}/registrations`, { personId: holder.personId });

    const phone = await newPage({ width: 390, height: 844 });
    await signIn(phone, DELEGATE);
    await phone.goto(`${api!.baseUrl}/assemblies/${assembly.id}`);
    await phone.getByTestId('proxy-search').pressSequentially(holder.fullName.split(' ')[0], { delay: 10 });
    await phone.getByTestId(`proxy-to-${holder.personId}`).click();
    await waitForText(phone, 'proxy-given', new RegExp(holder.fullName));
    expect(await overflow(phone)).toBeLessThanOrEqual(0);
    await phoneShots(phone, 'assemblies-12-delegate-proxy-fr-390');
    // The desk sees who gave it.
    const registrations = await apiCall<{ personId: string; proxies: { giverPersonId: string }[] }[]>(secretary.token, 'GET', `/api/assemblies/${assembly.id}/registrations`);
    expect(registrations.find((r) => r.personId === holder.personId)!.proxies.map((p) => p.giverPersonId)).toEqual([delegate.id]);
  });
});
