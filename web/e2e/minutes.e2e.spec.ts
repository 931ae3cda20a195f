import { execFileSync } from 'child_process';
import { mkdirSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { type Browser, type Page } from 'playwright-core';
import { type RunningApi, WORKSPACE, startApi, launchChromium } from './api-process';
import { markEveryonePresent, proposeResolution } from './board-steps';

/**
 * The minutes from draft to the public archive, in the browser: the secretary drafts the minutes
 * of a meeting the portal recorded, edits and submits them, records their adoption by a later
 * meeting; the président·e and the secretary sign (password asked again); the secretary
 * publishes. Then anyone, without an account, finds them in the archive by a word of their
 * text, checks their digest and downloads the PDF (its first page is looked at as an image).
 */
const SCREENSHOTS = join(__dirname, '../../test-artifacts/screenshots');
const PASSWORD = 'Concerto-demo-2026';
const SECRETARY = 'secretaire@concerto.demo';

jest.setTimeout(240_000);

let api: RunningApi | undefined;
let browser: Browser | undefined;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function login(email: string): Promise<void> {
  await page.goto(`${api!.baseUrl}/login`);
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-account').waitFor();
}

async function logout(): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('nav-login').waitFor();
}

async function noOverflowAt390(name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ name, overflow }).toEqual({ name, overflow: 0 });
  await shot(`${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A meeting held yesterday, every seat holder present, whose adopted resolution adopts the minutes of the earlier one (the browser records that one). */
async function recordLaterMeeting(db: Client): Promise<{ presidentEmail: string }> {
  const holders = (await db.query(`SELECT person_id FROM board_terms WHERE starts_on <= current_date AND current_date < COALESCE(ended_on, ends_on)`)).rows.map((r) => r.person_id as string);
  const [president] = (await db.query(`SELECT p.email FROM board_officers o JOIN people p ON p.id = o.person_id WHERE o.office = 'president' AND o.ended_on IS NULL`)).rows;
  const meeting = async (daysAgo: number, place: string, fr: string, en: string) => {
    const [{ id }] = (await db.query(`INSERT INTO board_meetings (starts_at, place, status) VALUES (now() - $1 * interval '1 day', $2, 'held') RETURNING id`, [daysAgo, place])).rows;
    const [{ id: item }] = (await db.query(`INSERT INTO board_agenda_items (meeting_id, position, title_fr, title_en) VALUES ($1, 1, 'Projet d’écoquartier', 'Eco-district project') RETURNING id`, [id])).rows;
    for (const h of holders) await db.query(`INSERT INTO board_attendance (meeting_id, person_id, status) VALUES ($1, $2, 'present')`, [id, h]);
    const [{ id: r }] = (
      await db.query(`INSERT INTO board_resolutions (meeting_id, agenda_item_id, text_fr, text_en, mover_id, seconder_id, decision_mode) VALUES ($1, $2, $3, $4, $5, $6, 'consensus') RETURNING id`, [
        id,
        item,
        fr,
        en,
        holders[0],
        holders[1],
      ])
    ).rows;
    const [{ n }] = (
      await db.query(
        `INSERT INTO board_resolution_counters (year, last_number) VALUES (extract(year FROM current_date)::int, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = board_resolution_counters.last_number + 1 RETURNING last_number AS n`,
      )
    ).rows;
    await db.query(`UPDATE board_resolutions SET status = 'adopted', year = extract(year FROM current_date)::int, number = $2, decided_at = now() WHERE id = $1`, [r, n]);
    return id as string;
  };
  await meeting(1, 'Lévis, Centre des congrès', 'Le conseil adopte le procès-verbal de sa réunion précédente.', 'The board adopts the minutes of its previous meeting.');
  return { presidentEmail: president.email as string };
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startApi(join(WORKSPACE, 'test-artifacts', 'e2e-minutes-api.log'));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA', timezoneId: 'America/Toronto', acceptDownloads: true });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
}, 60_000);

/** Three days ago at 18:30, Québec time, as the form's date-and-time field writes it. */
function threeDaysAgo(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.now() - 3 * 86_400_000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}T18:30`;
}

/** The secretary records a meeting in the browser: agenda item, attendance (quorum), a resolution adopted by vote, held. */
async function recordMeetingInTheBrowser(): Promise<string> {
  await page.getByTestId('nav-meetings').click();
  await page.getByTestId('meeting-create').click();
  await page.getByLabel('Date et heure').fill(threeDaysAgo());
  await page.getByLabel(/^Lieu/).fill('Lévis, Centre des congrès');
  await page.getByTestId('meeting-save').click();
  await page.waitForURL(/\/board\/meetings\/[0-9a-f-]{36}$/);
  const meetingId = page.url().split('/').pop()!;
  await page.locator('#agenda-titleFr').fill('Projet d’écoquartier');
  await page.locator('#agenda-titleEn').fill('Eco-district project');
  await page.getByTestId('agenda-add-submit').click();
  await page.getByTestId('meeting-agenda').getByText('Projet d’écoquartier', { exact: true }).waitFor();
  await markEveryonePresent(page);
  const resolution = await proposeResolution(page, 'Le conseil appuie le projet d’écoquartier de Bellechasse.', 'The board supports the Bellechasse eco-district project.');
  const ballots = resolution.locator('select');
  for (let i = 0, n = await ballots.count(); i < n; i++) await ballots.nth(i).selectOption('for');
  await resolution.getByTestId('record-votes').click();
  await resolution.getByTestId('resolution-label').waitFor();
  await page.getByTestId('mark-held').click();
  await page.getByTestId('status-dialog').getByTestId('confirm-ok').click();
  await page.getByTestId('mark-held').waitFor({ state: 'detached' });
  return meetingId;
}

describe('a board meeting, its minutes, and the public archive', () => {
  it('the secretary records the meeting; its minutes are drafted, submitted, adopted, signed by both officers, published, then found, verified and downloaded by anyone', async () => {
    const db = new Client({ connectionString: api!.databaseUrl });
    await db.connect();
    const base = api!.baseUrl;

    // The secretary records the meeting in the browser; a later meeting (recorded directly) adopts its minutes.
    await login(SECRETARY);
    const meetingId = await recordMeetingInTheBrowser();
    const { presidentEmail } = await recordLaterMeeting(db).finally(() => db.end());

    // The secretary drafts the minutes from the meeting's records.
    await page.getByTestId('nav-minutes').click();
    await page.getByTestId('minutes-meeting').selectOption(meetingId);
    await page.getByTestId('minutes-draft').click();
    await page.waitForURL(/\/board\/minutes\/[0-9a-f-]{36}$/);
    const minutesUrl = page.url();
    expect(await page.getByTestId('minutes-status').textContent()).toContain('Brouillon');
    const bodyFr = page.getByTestId('minutes-bodyFr');
    expect(await bodyFr.inputValue()).toContain('Le conseil appuie le projet d’écoquartier de Bellechasse.');
    await bodyFr.fill((await bodyFr.inputValue()) + '\n\nLa présidence remercie l’équipe du Cœur-de-Bellechasse pour sa présentation.');
    await page.getByTestId('minutes-save').click();
    await page.getByText('Texte enregistré.').waitFor();
    await shot('minutes-01-draft-fr-1280');
    await page.getByTestId('minutes-submit').click();
    await page.getByTestId('minutes-submit-dialog').getByTestId('confirm-ok').click();
    await page.getByTestId('minutes-resolution').waitFor();
    expect(await page.getByTestId('minutes-status').textContent()).toContain('Soumis');

    // The adoption: the resolution of yesterday's meeting.
    const option = page.getByTestId('minutes-resolution').locator('option', { hasText: 'Le conseil adopte le procès-verbal' });
    await page.getByTestId('minutes-resolution').selectOption((await option.getAttribute('value')) ?? '');
    await page.getByTestId('minutes-adopt').click();
    await page.getByTestId('minutes-adoption').waitFor();
    expect(await page.getByTestId('minutes-status').textContent()).toContain('Adopté');

    // The secretary signs: a wrong password is refused, then the right one.
    await page.getByTestId('minutes-sign-secretary').click();
    await page.getByTestId('minutes-sign-password').fill('pas-le-bon');
    await page.getByTestId('minutes-sign-confirm').click();
    expect(await page.getByTestId('minutes-sign-dialog').getByTestId('error-message').textContent()).toContain('Mot de passe incorrect');
    await page.getByTestId('minutes-sign-password').fill(PASSWORD);
    await page.getByTestId('minutes-sign-confirm').click();
    await page.getByTestId('minutes-sign-secretary').waitFor({ state: 'detached' });
    expect(await page.getByTestId('minutes-publish').isDisabled()).toBe(true);
    await logout();

    // The président·e signs.
    await login(presidentEmail);
    await page.goto(minutesUrl);
    await page.getByTestId('minutes-sign-president').click();
    await page.getByTestId('minutes-sign-password').fill(PASSWORD);
    await page.getByTestId('minutes-sign-confirm').click();
    await page.getByTestId('minutes-sign-president').waitFor({ state: 'detached' });
    expect(await page.getByTestId('minutes-signatures').textContent()).not.toContain('pas encore signé');
    await logout();

    // The secretary publishes.
    await login(SECRETARY);
    await page.goto(minutesUrl);
    await page.getByTestId('minutes-publish').click();
    await page.getByTestId('minutes-publish-dialog').getByTestId('confirm-ok').click();
    const digest = (await page.getByTestId('minutes-digest').textContent())!.trim();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await page.getByTestId('minutes-status').textContent()).toContain('Publié');
    await shot('minutes-02-published-fr-1280');
    await noOverflowAt390('minutes-02-published-fr');
    await page.goto(`${base}/board/minutes`);
    await page.getByTestId('minutes-table').waitFor();
    await shot('minutes-03-list-fr-1280');
    await noOverflowAt390('minutes-03-list-fr');
    await logout();

    // Anyone: the archive, a word of the text without its accents.
    await page.goto(`${base}/archive`);
    await page.getByTestId('archive-q').fill('ecoquartier bellechasse');
    await page.getByTestId('archive-search').click();
    await page.waitForURL(/q=ecoquartier/);
    await page.getByTestId('archive-hit').first().waitFor();
    expect(await page.getByTestId('archive-count').textContent()).toMatch(/[12] résultats?/);
    await shot('minutes-04-archive-search-fr-1280');
    await noOverflowAt390('minutes-04-archive-search-fr');
    await page.getByTestId('archive-hit-link').first().click();
    await page.getByTestId('archive-digest').waitFor();
    expect((await page.getByTestId('archive-digest').textContent())!.trim()).toBe(digest);
    expect(await page.getByTestId('archive-text').textContent()).toContain('Cœur-de-Bellechasse');
    await page.getByTestId('archive-verify').click();
    expect(await page.getByTestId('archive-verification').textContent()).toContain('Intact');
    await shot('minutes-05-public-page-fr-1280');
    await noOverflowAt390('minutes-05-public-page-fr');

    // The PDF, downloaded as a file, read back, its first page rendered as an image.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('archive-pdf-fr').click()]);
    expect(download.suggestedFilename()).toMatch(/^proces-verbal-\d{4}-\d{2}-\d{2}-fr\.pdf$/);
    const file = join(WORKSPACE, 'test-artifacts', 'minutes-e2e.pdf');
    await download.saveAs(file);
    const reader = join(WORKSPACE, 'api/test/support/read-pdf.cjs');
    const { text } = JSON.parse(execFileSync(process.execPath, [reader, file, join(SCREENSHOTS, 'minutes-06-pdf-page1-fr.png')], { encoding: 'utf8' })) as { text: string };
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Procès-verbal');
    expect(flat).toContain('Bellechasse');
    expect(flat).toMatch(/CA-\d{4}-\d{3}/);
    expect(flat).toContain(digest);
  });
});
