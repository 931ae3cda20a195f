import { mkdirSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { type Browser, type Page } from 'playwright-core';
import { type RunningApi, WORKSPACE, launchChromium, startApi } from './api-process';
import { markEveryonePresent, proposeResolution } from './board-steps';

/**
 * A board meeting from the secretary's chair: plan it, set its agenda, attach a PDF, record
 * attendance and see the quorum, then a resolution adopted by vote, with its number.
 */
const SCREENSHOTS = join(__dirname, '../../test-artifacts/screenshots');
const SECRETARY = { email: 'secretaire@concerto.demo', password: 'Concerto-demo-2026' };

jest.setTimeout(180_000);

let api: RunningApi | undefined;
let browser: Browser | undefined;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** A minimal one-page PDF. */
function pdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
}

/**
 * Three demo people take a seat for the coming years (the board register has its own screens,
 * not this test's): the meeting then has a board to convene, whoever else holds a seat.
 */
async function seatThreeMembers(databaseUrl: string): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const people = await db.query<{ id: string }>(
      `SELECT p.id FROM people p JOIN delegates d ON d.person_id = p.id AND d.ended_at IS NULL
        WHERE NOT EXISTS (SELECT 1 FROM board_terms bt WHERE bt.person_id = p.id) ORDER BY p.full_name LIMIT 3`,
    );
    const [{ id: collegeId }] = (await db.query<{ id: string }>(`SELECT id FROM colleges ORDER BY sort_order LIMIT 1`)).rows;
    for (const [i, p] of people.rows.entries()) {
      const seat = await db.query<{ id: string }>(`INSERT INTO board_seats (college_id, number) VALUES ($1, $2) RETURNING id`, [collegeId, 900 + i]);
      await db.query(`INSERT INTO board_terms (seat_id, person_id, starts_on, ends_on) VALUES ($1, $2, current_date - 30, current_date + 1000)`, [seat.rows[0].id, p.id]);
    }
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  api = await startApi(join(WORKSPACE, 'test-artifacts', 'e2e-meetings-api.log'));
  await seatThreeMembers(api.databaseUrl);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-CA', timezoneId: 'America/Toronto' });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
}, 60_000);

describe('a board meeting', () => {
  it('is planned, given an agenda and a document, and adopts a numbered resolution by vote once quorum is met', async () => {
    const baseUrl = api!.baseUrl;
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Adresse courriel').fill(SECRETARY.email);
    await page.getByLabel('Mot de passe').fill(SECRETARY.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));

    // The open action item of the demo shows on the secretary's dashboard.
    await page.getByTestId('my-action-items').waitFor();

    // Plan the meeting.
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meetings-upcoming').waitFor();
    await page.getByTestId('meeting-create').click();
    await page.getByLabel('Date et heure').fill('2027-03-04T18:30');
    await page.getByLabel(/^Lieu/).fill('Salle du conseil, Montréal');
    await page.getByTestId('meeting-save').click();
    await page.waitForURL(/\/board\/meetings\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('meeting-title').textContent()).toContain('4 mars 2027 à 18 h 30');

    // The agenda, in French and English.
    for (const [fr, en] of [['Adoption du budget 2027', 'Adoption of the 2027 budget'], ['Varia', 'Other business']]) {
      await page.locator('#agenda-titleFr').fill(fr);
      await page.locator('#agenda-titleEn').fill(en);
      await page.getByTestId('agenda-add-submit').click();
      await page.getByTestId('meeting-agenda').getByText(fr, { exact: true }).waitFor();
    }
    expect(await page.getByTestId('agenda-item-1').textContent()).toContain('Adoption du budget 2027');

    // A PDF on the first item.
    await page.getByTestId('upload-1').setInputFiles({ name: 'budget-2027.pdf', mimeType: 'application/pdf', buffer: pdf() });
    await page.getByTestId('document-budget-2027.pdf').waitFor();

    // The convocation goes to the board once, after a confirmation.
    await page.getByTestId('send-convocation').click();
    await page.getByTestId('convocation-dialog').getByTestId('confirm-ok').click();
    await page.getByTestId('convocation-status').getByText(/^\s*Envoyée le/).waitFor();
    expect(await page.getByTestId('send-convocation').count()).toBe(0);

    // Attendance: everyone holding a seat at the meeting's date is present; quorum is met.
    const quorum = page.getByTestId('quorum');
    expect(await quorum.textContent()).toContain('Quorum non atteint');
    expect(await markEveryonePresent(page)).toBeGreaterThanOrEqual(3);
    await shot('meetings-01-agenda-quorum-fr-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot('meetings-02-agenda-quorum-fr-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A resolution moved and seconded by two present members, adopted by vote.
    const resolution = await proposeResolution(page, 'Que le budget 2027 soit adopté tel que présenté.', 'That the 2027 budget be adopted as presented.');
    const ballots = resolution.locator('select');
    const voters = await ballots.count();
    for (let i = 0; i < voters; i++) await ballots.nth(i).selectOption(i === voters - 1 && voters > 2 ? 'abstain' : 'for');
    await resolution.getByTestId('record-votes').click();
    const label = resolution.getByTestId('resolution-label');
    await label.waitFor();
    expect(await label.textContent()).toMatch(/^CA-2027-\d{3}$/);
    expect(await resolution.textContent()).toContain('Adoptée');
    expect(await resolution.getByTestId('resolution-counts').textContent()).toContain(`Pour : ${voters > 2 ? voters - 1 : voters}`);
    await resolution.scrollIntoViewIfNeeded();
    await shot('meetings-03-resolution-adopted-fr-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await shot('meetings-04-resolution-adopted-fr-390');
  });
});
