import type { Locator, Page } from 'playwright-core';

/** On a meeting's page: every seat holder present, saved, and the quorum shown as met. */
export async function markEveryonePresent(page: Page): Promise<number> {
  const selects = page.getByTestId('meeting-attendance').locator('select');
  const n = await selects.count();
  for (let i = 0; i < n; i++) await selects.nth(i).selectOption('present');
  await page.getByTestId('save-attendance').click();
  await page.getByTestId('quorum').getByText('Quorum atteint.').waitFor();
  return n;
}

/**
 * On a meeting's page: a resolution on the first agenda item, moved and seconded by the first two
 * present members, to be decided by vote. Returns its block, once the ballots are shown.
 */
export async function proposeResolution(page: Page, textFr: string, textEn: string): Promise<Locator> {
  const form = page.getByTestId('resolution-form');
  await form.locator('#resolution-item').selectOption({ index: 1 });
  await form.locator('#resolution-textFr').fill(textFr);
  await form.locator('#resolution-textEn').fill(textEn);
  await form.locator('#resolution-mover').selectOption({ index: 1 });
  await form.locator('#resolution-seconder').selectOption({ index: 2 });
  await page.getByTestId('resolution-propose').click();
  const resolution = page.getByTestId('resolution-0');
  await resolution.getByTestId('record-votes').waitFor();
  return resolution;
}
