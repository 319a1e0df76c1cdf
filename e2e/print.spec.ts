import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, openDashboard, test } from './fixtures/dashboard';
import { readDataset } from './fixtures/dataset';

const chartMarks = (page: Page) => page.getByRole('region', { name: 'Detentions over time' }).locator('g.figure-mark');
const detentions = readDataset().figures.filter((figure) => figure.metric === 'detentions');

/** The text of every page of a PDF, as a reader's search would find it. */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n').replace(/\s+/g, ' ');
}

test('printing draws the chart the reader never scrolled to, with its marks and labels', async ({ page }) => {
  await openDashboard(page);
  // Below the fold the chart has not loaded: printing must load it.
  await expect(chartMarks(page)).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(chartMarks(page)).toHaveCount(detentions.length, { timeout: 30_000 });

  const text = await pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('people detained');
  for (const figure of detentions.filter((candidate) => candidate.value !== null)) expect(text).toContain(figure.label);
});

test('the printed page says what it is filtered to, lists its articles and leaves the controls out', async ({
  page,
}) => {
  const dataset = readDataset();
  const actor = dataset.actors.find((candidate) => candidate.id === 'lukashenko')!;
  await openDashboard(page, `?actor=${actor.id}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(`Filtered to ${actor.name}.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();

  const text = await pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain(`Filtered to ${actor.name}.`);
  expect(text).toContain('The articles');
  expect(text).not.toContain('Clear filters');
  expect(text).not.toContain('Copy link');
  expect(text).not.toContain('Take this view with you');
});
