import type { Page } from '@playwright/test';
import type { Figure } from '../src/data/schema';
import { expect, test } from './fixtures/dashboard';
import { readDataset } from './fixtures/dataset';

// Embeds run on preact/compat, the dashboard on React (scripts/build/embed-build.ts). The dashboard's map and chart
// specs prove these interactions on React; this one proves them where a reader meets them in an article.

/** Opens an embed and waits until its view, not a skeleton, is on screen. */
async function openEmbed(page: Page, path: string) {
  await page.goto(`./${path}`);
  await expect(page.locator('.embed-footer')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.embed .skeleton')).toHaveCount(0, { timeout: 60_000 });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('map embed: a marker reached with the keyboard opens its popup with focus in it, and Escape gives focus back', async ({
  page,
}) => {
  await openEmbed(page, 'embed/?view=map');
  const map = page.getByRole('group', { name: 'Map of places named in the articles' });
  // The markers come once the basemap has loaded, after the view itself: a Tab before then reaches the zoom buttons.
  await expect(map.locator('.place-marker').first()).toBeAttached();
  await map.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveClass(/place-marker/);

  const marker = map.getByRole('button', { name: /^Minsk: / });
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = map.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Minsk' })).toBeFocused();
  await expect(popup.getByRole('listitem').first()).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await expect(marker).toBeFocused();
  await page.keyboard.press('Space');
  await expect(popup.getByRole('heading', { name: 'Minsk' })).toBeFocused();
});

test('map embed: a source in a popup opens the full dashboard at those words, in a new tab', async ({ page }) => {
  // The map then brings the popup into view at once, not in a glide a click could land beside.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openEmbed(page, 'embed/?view=map');
  await page.getByRole('button', { name: /^Minsk: / }).click();
  const popup = page.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Minsk' })).toBeFocused();
  const tab = page.waitForEvent('popup');
  await popup
    .getByRole('button', { name: /^Source: / })
    .first()
    .click();
  const opened = new URL((await tab).url());
  expect(opened.pathname).toBe('/');
  expect(opened.searchParams.get('view')).toBeNull();
  expect(opened.searchParams.get('source')).toBeTruthy();
});

test('chart embed: marks are one tab stop walked with arrow keys, each showing its quote', async ({ page }) => {
  await openEmbed(page, 'embed/?view=chart');
  const chart = page.getByRole('region', { name: 'Detentions over time' });
  const detentions = readDataset()
    .figures.filter((figure: Figure) => figure.metric === 'detentions')
    .sort((a, b) => ((a.asOf ?? a.reported) < (b.asOf ?? b.reported) ? -1 : 1));
  const first = detentions.find((figure) => figure.value !== null)!;
  const point = chart.getByRole('button', { name: new RegExp(`^${escape(first.label)} `) }).first();
  await point.focus();
  await expect(chart.getByRole('tooltip')).toContainText(first.evidence[0]!.exact);
  await page.keyboard.press('ArrowRight');
  await expect(point).not.toBeFocused();
  await expect(page.locator(':focus')).toHaveClass(/figure-mark/);
  await page.keyboard.press('ArrowLeft');
  await expect(point).toBeFocused();

  const tab = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  expect(new URL((await tab).url()).searchParams.get('source')).toBe(first.evidence[0]!.sourceId);
});

test('chart embed: the brush moves with the keyboard, and the table and crowd sizes switch', async ({ page }) => {
  await openEmbed(page, 'embed/?view=chart');
  const chart = page.getByRole('region', { name: 'Detentions over time' });
  const handle = chart.getByRole('slider').first();
  const before = await handle.getAttribute('aria-valuetext');
  await handle.focus();
  for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
  await expect(handle).not.toHaveAttribute('aria-valuetext', before ?? '');

  const toggle = chart.getByRole('button', { name: 'Show as table' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(chart.getByRole('table')).toBeVisible();
  await toggle.click();
  await expect(chart.getByRole('table')).toHaveCount(0);

  const crowd = readDataset().figures.filter((figure) => figure.metric === 'crowd');
  await chart.getByRole('radio', { name: /^Crowd sizes/ }).check();
  await expect(chart.locator('g.figure-mark')).toHaveCount(crowd.length);
});

test('actors embed: ticking an actor narrows the cards to theirs, and unticking brings the rest back', async ({
  page,
}) => {
  await openEmbed(page, 'embed/?view=actors');
  const actors = page.getByRole('region', { name: 'Who said what' });
  const boxes = actors.getByRole('checkbox');
  const all = await boxes.count();
  expect(all).toBeGreaterThan(1);
  await boxes.first().check();
  await expect(boxes).toHaveCount(1);
  await expect(boxes.first()).toBeChecked();
  await boxes.first().uncheck();
  await expect(boxes.first()).not.toBeChecked();
  await expect(boxes).toHaveCount(all);
});

test('actors embed: "Show more" renders the next quotes at once and hands focus to the first of them', async ({
  page,
}) => {
  // The real articles give no actor more than a page of quotes, so one actor gets thirty copies of a quote.
  const dataset = structuredClone(readDataset());
  const quote = dataset.quotes[0]!;
  for (let copy = 1; copy <= 30; copy++) dataset.quotes.push({ ...quote, id: `${quote.id}-copy-${copy}` });
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  await openEmbed(page, `embed/?view=actors&actor=${quote.actorId}`);

  const list = page.locator('ol.quote-list');
  const shown = await list.locator(':scope > li').count();
  await page.getByRole('button', { name: /^Show \d+ more/ }).click();
  await expect(list.locator(':scope > li')).not.toHaveCount(shown);
  await expect(list.locator(':scope > li').nth(shown)).toBeFocused();
});
