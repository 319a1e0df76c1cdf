import type { Locator, Page } from '@playwright/test';
import { currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { figureEvidence, quoteWithMostSources, readDataset } from './fixtures/dataset';

const viewer = (page: Page) => page.getByRole('dialog');
const markedWords = (page: Page) => viewer(page).locator('mark');
const textOf = (locator: Locator) => locator.evaluate((element) => element.textContent);

/** Opens the quotes of the quote's speaker in the Actors region and returns the quote's card. */
async function revealQuote(page: Page, quoteId: string) {
  const dataset = readDataset();
  const quote = dataset.quotes.find((candidate) => candidate.id === quoteId);
  const actor = dataset.actors.find((candidate) => candidate.id === quote?.actorId);
  if (!quote || !actor) throw new Error(`quote ${quoteId} or its actor is missing`);
  const actors = page.getByRole('region', { name: 'Actors' });
  await actors.getByRole('button', { name: new RegExp(`quotes? by ${actor.name}$`) }).click();
  // Exact words: one quote's text can be part of another's ("… there will be no other elections").
  return actors.locator('figure').filter({ has: page.getByText(`“${quote.text}”`, { exact: true }) });
}

test('quote= opens the Source viewer with the quote’s exact words marked and in view', async ({ page }) => {
  const quote = quoteWithMostSources();
  const evidence = quote.evidence[0]!;
  await openDashboard(page, `?quote=${quote.id}`);
  await expect(viewer(page)).toBeVisible();
  await expect(markedWords(page)).toHaveCount(1);
  expect(await textOf(markedWords(page))).toBe(evidence.exact);
  await expect(markedWords(page)).toBeInViewport();
  const source = readDataset().sources.find((candidate) => candidate.id === evidence.sourceId)!;
  if (source.outlet) await expect(viewer(page).getByRole('heading', { level: 2 })).toHaveText(source.outlet);
});

test('each Source link of a quote opens its own article at the quote', async ({ page }) => {
  const quote = quoteWithMostSources();
  await openDashboard(page);
  const card = await revealQuote(page, quote.id);
  const links = card.getByRole('link', { name: /^Source/ });
  // One link per article; where an article reports the quote twice, the link goes to the first.
  const firstPerArticle = quote.evidence.filter(
    (evidence, index) => quote.evidence.findIndex((other) => other.sourceId === evidence.sourceId) === index,
  );
  await expect(links).toHaveCount(firstPerArticle.length);

  for (const [index, evidence] of firstPerArticle.entries()) {
    await links.nth(index).click();
    await expect(viewer(page)).toBeVisible();
    expect(await textOf(markedWords(page))).toBe(evidence.exact);
    expect(currentSearch(page).get('quote')).toBe(quote.id);
    expect(currentSearch(page).get('source')).toBe(evidence.sourceId);
    await viewer(page).getByRole('button', { name: 'Close' }).click();
    await expect(viewer(page)).toBeHidden();
    expect(currentSearch(page).has('source')).toBe(false);
  }
});

test('source= with span= marks the words of a figure, and other cited passages can be selected', async ({ page }) => {
  const evidence = figureEvidence();
  await openDashboard(page, `?source=${evidence.sourceId}&span=${evidence.start}-${evidence.end}`);
  expect(await textOf(markedWords(page))).toBe(evidence.exact);
  await expect(viewer(page).getByText(/^Highlighted: Figure:/)).toBeVisible();

  const other = viewer(page).locator('a.annotation').first();
  const words = await textOf(other);
  await other.click();
  await expect(markedWords(page)).toBeInViewport();
  expect(await textOf(markedWords(page))).toBe(words);
  expect(`${currentSearch(page).get('span')}${currentSearch(page).get('quote')}`).not.toBe(
    `${evidence.start}-${evidence.end}null`,
  );
  // Back returns to the figure's words.
  await page.goBack();
  await expect.poll(() => textOf(markedWords(page))).toBe(evidence.exact);
});

test('the Source viewer works from the keyboard: Enter opens it, Escape closes it and focus returns', async ({
  page,
}) => {
  const quote = quoteWithMostSources();
  await openDashboard(page);
  const card = await revealQuote(page, quote.id);
  const link = card.getByRole('link', { name: /^Source/ }).first();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(viewer(page)).toBeVisible();
  await expect(markedWords(page)).toBeFocused();

  // Tab stays inside the modal viewer.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);

  await page.keyboard.press('Escape');
  await expect(viewer(page)).toBeHidden();
  await expect(link).toBeFocused();
  expect(currentSearch(page).has('quote')).toBe(false);
});

test('every article is one click from the page footer', async ({ page }) => {
  const [source] = readDataset().sources;
  await openDashboard(page);
  await page.getByRole('contentinfo').getByRole('link').first().click();
  await expect(viewer(page)).toBeVisible();
  expect(currentSearch(page).get('source')).toBe(source!.id);
  await expect(viewer(page)).toContainText(source!.text.slice(0, 40).trim());
});
