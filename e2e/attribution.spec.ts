import type { Page } from '@playwright/test';
import type { Quote } from '../src/data/schema';
import { currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { readDataset } from './fixtures/dataset';

// Who says so, and when: every mark is derived here from the published data, so the specs follow the annotations.

const actorsRegion = (page: Page) => page.getByRole('region', { name: 'Actors' });
const chartRegion = (page: Page) => page.getByRole('region', { name: 'Detentions over time' });
const viewer = (page: Page) => page.getByRole('dialog');
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const formatLong = (date: string) => longDate.format(new Date(`${date}T00:00:00Z`));

const actorName = (actorId: string) => readDataset().actors.find((actor) => actor.id === actorId)!.name;
const outletOf = (sourceId: string) => readDataset().sources.find((source) => source.id === sourceId)!.outlet;

/** Opens the quotes of a quote's speaker in the Actors region and returns the quote's card. */
async function revealQuote(page: Page, quote: Quote) {
  const actors = actorsRegion(page);
  const toggle = actors.getByRole('button', { name: new RegExp(`quotes? by ${actorName(quote.actorId)}$`) });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return actors.locator('figure').filter({ has: page.getByText(`“${quote.text}”`, { exact: true }) });
}

test('an October filter shows the statements of the 27 October article, marked as reported, not dated', async ({
  page,
}) => {
  const undated = readDataset().quotes.filter(
    (quote) => quote.date === null && quote.reported >= '2020-10-01' && quote.reported <= '2020-10-31',
  );
  expect(undated.length).toBeGreaterThan(0);
  await openDashboard(page, '?from=2020-10-01&to=2020-10-31');
  for (const quote of undated) {
    const card = await revealQuote(page, quote);
    await expect(card).toContainText(`reported ${formatLong(quote.reported)}; the article gives no date`);
    // The day it was reported is never shown as if it were the day it was said.
    await expect(card.locator('figcaption')).not.toContainText(`· ${formatLong(quote.reported)}`);
  }
});

test('the chart’s crowd table names who estimated a crowd, with the words that say so', async ({ page }) => {
  const estimated = readDataset().figures.filter(
    (figure) => figure.metric === 'crowd' && figure.attribution?.kind === 'estimate',
  );
  expect(estimated.length).toBeGreaterThan(0);
  await openDashboard(page);
  const chart = chartRegion(page);
  await chart.scrollIntoViewIfNeeded();
  await chart.getByRole('radio', { name: /^Crowd sizes/ }).check();
  await chart.getByRole('button', { name: 'Show as table' }).click();
  const table = chart.getByRole('table', { name: /^Crowd sizes as reported/ });
  for (const figure of estimated) {
    const { actorId, evidence } = figure.attribution!;
    const who = actorId === null ? outletOf(evidence.sourceId)! : actorName(actorId);
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: figure.label }) });
    await expect(row).toContainText(`${who} estimate`);
    await expect(row).toContainText(evidence.exact);
  }
  await expect(table).toContainText('CNN estimate');
});

test('a relayed quote’s card says through whom it came', async ({ page }) => {
  const relayed = readDataset().quotes.find((quote) => quote.via?.actorId === 'belta')!;
  await openDashboard(page);
  const card = await revealQuote(page, relayed);
  await expect(card.locator('figcaption')).toContainText('via Belta');
});

test('the two dates of the Nasha Niva video are shown side by side, each opening its own article', async ({ page }) => {
  const { events } = readDataset();
  const reuters = events.find((event) => event.id === 'leschenya-video-posted-reuters')!;
  const cnn = events.find((event) => reuters.disputedBy.includes(event.id))!;
  const words = reuters.evidence[0]!;
  await openDashboard(page, `?source=${words.sourceId}&span=${words.start}-${words.end}`);
  const note = viewer(page).getByRole('note', { name: 'About the highlighted words' });
  const dispute = note.getByRole('group', { name: 'Sources disagree' });
  await expect(dispute).toContainText(`“${words.exact}”`);
  await expect(dispute).toContainText(`“${cnn.evidence[0]!.exact}”`);
  // The marked words are described by the note, so a screen reader hears the disagreement with them.
  await expect(viewer(page).locator('mark')).toHaveAccessibleDescription(/Sources disagree/);

  await dispute.getByRole('link', { name: new RegExp(`in ${outletOf(cnn.evidence[0]!.sourceId)}, `) }).click();
  await expect.poll(() => currentSearch(page).get('source')).toBe(cnn.evidence[0]!.sourceId);
  await expect(viewer(page).locator('mark')).toHaveText(cnn.evidence[0]!.exact);
});

test('a disputed statement shows both speakers’ words on its card', async ({ page }) => {
  const { quotes } = readDataset();
  const disputed = quotes.find((quote) => quote.disputedBy.length > 0)!;
  const other = quotes.find((quote) => quote.id === disputed.disputedBy[0])!;
  await openDashboard(page);
  const dispute = (await revealQuote(page, disputed)).getByRole('group', { name: 'Sources disagree' });
  await expect(dispute).toContainText(`${actorName(disputed.actorId)}: “${disputed.evidence[0]!.exact}”`);
  await expect(dispute).toContainText(`${actorName(other.actorId)}: “${other.evidence[0]!.exact}”`);
  await dispute.getByRole('link', { name: new RegExp(`^The words of ${actorName(other.actorId)} in `) }).click();
  await expect.poll(() => currentSearch(page).get('quote')).toBe(other.id);
  await expect(viewer(page).locator('mark')).toHaveText(other.evidence[0]!.exact);
});

test('an inferred place is marked with its note, in what a screen reader reads', async ({ page }) => {
  const inferred = readDataset().quotes.find((quote) => quote.inferred.some((mark) => mark.field === 'placeId'))!;
  const { note } = inferred.inferred.find((mark) => mark.field === 'placeId')!;
  await openDashboard(page);
  const card = await revealQuote(page, inferred);
  await expect(card.getByText(note)).toBeVisible();
  // The accessibility tree, not only the screen: the note is text there, beside its label.
  expect(await card.ariaSnapshot()).toContain(note);
  expect(await card.ariaSnapshot()).toMatch(/[Pp]lace( and date)? inferred:/);
});

test('“How to read this” opens from the keyboard and explains every mark', async ({ page }) => {
  await openDashboard(page);
  const summary = page.getByText('How to read this', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  const details = page.locator('details.how-to-read');
  await expect(details).toHaveAttribute('open', '');
  for (const mark of ['the article gives no date', 'CNN estimate', 'via Belta', 'Place inferred', 'Sources disagree']) {
    await expect(details).toContainText(mark);
  }
});
