import type { Page } from '@playwright/test';
import { currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor, readDataset } from './fixtures/dataset';
import { actorPicker } from './fixtures/pickers';

const viewports = [
  { name: 'a 375 px phone', width: 375, height: 812 },
  { name: 'a 1280 px screen', width: 1280, height: 800 },
];

/** The most Tab presses a keyboard reader may need from the top of the page to the chart's first point. */
const maxTabStopsToChart = 12;

const isFocused = (page: Page, selector: string) =>
  page.evaluate((query) => document.activeElement?.matches(query) ?? false, selector);

/**
 * Tabs from the top of the page to the chart's first point the quickest way a reader can: to the chart's skip
 * link, Enter, then on into the chart. Throws as soon as the count passes the limit.
 */
async function tabToFirstPoint(page: Page): Promise<number> {
  let presses = 0;
  const press = async () => {
    await page.keyboard.press('Tab');
    presses += 1;
    if (presses > maxTabStopsToChart) {
      throw new Error(`${presses} Tab presses and the chart’s first point is not reached yet`);
    }
  };
  const skipLink = page.getByRole('link', { name: 'Skip to the chart' });
  while (!(await skipLink.evaluate((element) => element === document.activeElement))) await press();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  // The chart loads when it comes into view; a reader waits for it as this walk does.
  const chart = page.getByRole('region', { name: 'Detentions over time' });
  await expect(chart.locator('g.figure-mark').first()).toBeAttached();
  while (!(await isFocused(page, '#chart g.figure-mark'))) await press();
  // The first point in date order, which is the one the chart's roving focus starts at.
  await expect(chart.locator('g.figure-mark').first()).toBeFocused();
  return presses;
}

for (const viewport of viewports) {
  test.describe(`on ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test(`the chart’s first point is at most ${maxTabStopsToChart} Tab stops from the top`, async ({ page }) => {
      await openDashboard(page);
      const presses = await tabToFirstPoint(page);
      test.info().annotations.push({ type: 'Tab stops to the chart’s first point', description: String(presses) });
      expect(presses).toBeLessThanOrEqual(maxTabStopsToChart);
    });

    test('the first screen opens with the facts at a glance, and the page scrolls no box inside it', async ({
      page,
    }) => {
      await openDashboard(page);
      const glance = page.getByRole('region', { name: 'At a glance' });
      await expect(glance).toBeInViewport();
      await expect(glance.getByRole('link', { name: /^Source/ }).first()).toBeInViewport();
      // The actors grow with the page: no element of theirs scrolls on its own.
      const scrollers = await page.getByRole('region', { name: 'Actors' }).evaluate((region) =>
        [region, ...region.querySelectorAll('*')]
          .filter((element) => {
            const { overflowY } = getComputedStyle(element);
            return (overflowY === 'auto' || overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 1;
          })
          .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
      );
      expect(scrollers, 'boxes scrolling inside the actors panel').toEqual([]);
    });
  });
}

test('walking the timeline under a date filter reaches every event, undated ones under their reported day', async ({
  page,
}) => {
  const { events } = readDataset();
  const days = events.map((event) => event.date ?? event.reported).sort();
  const from = days[0]!;
  const to = days[days.length - 1]!;
  await openDashboard(page, `?from=${from}&to=${to}`);
  expect(currentSearch(page).get('from')).toBe(from);

  const timeline = page.getByRole('region', { name: 'Timeline of events' });
  const showMore = timeline.getByRole('button', { name: /^Show \d+ more event/ });
  // Each press adds a page; the walk fails rather than loop if the button never goes away.
  for (let pages = 0; (await showMore.count()) > 0; pages += 1) {
    expect(pages, 'pages of the timeline').toBeLessThan(events.length);
    await showMore.click();
  }
  const shown = await timeline.getByRole('article').evaluateAll((articles) => articles.map((article) => article.id));
  expect(shown).toHaveLength(events.length);
  expect(new Set(shown)).toEqual(new Set(events.map((event) => `timeline-event-${event.id}`)));

  const undated = events.filter((event) => event.date === null);
  expect(undated.length, 'the dataset has undated events to place').toBeGreaterThan(0);
  for (const event of undated) {
    const article = page.locator(`#timeline-event-${event.id}`);
    await expect(article).toContainText(/Reported \d{1,2} \w+ \d{4}; the articles? gives? no date/);
    // The day it stands under is the day it was first reported.
    const day = article.locator('xpath=ancestor::li[contains(@class, "event-timeline__day")]').locator('h3 time');
    await expect(day).toHaveAttribute('datetime', event.reported);
  }
});

test('Copy link copies the view’s address and says so; the tab’s title names the filters', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const actor = busiestActor();
  await openDashboard(page, `?actor=${actor.id}&from=2020-10-01&to=2020-10-31`);
  await expect(page).toHaveTitle(`${actor.name}, Oct 2020 · Belarus 2020`);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('actor')).toBe(actor.id);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the filters fold behind one button that says how many are on', async ({ page }) => {
    const actor = busiestActor();
    await openDashboard(page, `?actor=${actor.id}&place=minsk`);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle).toHaveText(/2 on/);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const actorFilter = actorPicker(page);
    await expect(actorFilter).toBeHidden();
    await toggle.click();
    await expect(actorFilter).toBeVisible();
    await expect(actorFilter).toHaveValue(actor.name);
  });

  test('a long actor description folds, and “more” unfolds it', async ({ page }) => {
    await openDashboard(page);
    const more = page.getByRole('region', { name: 'Actors' }).getByRole('button', { name: /^more about / });
    await expect(more.first()).toBeVisible();
    const detailsId = await more.first().getAttribute('aria-controls');
    const details = page.locator(`[id="${detailsId}"]`);
    const button = page.locator(`button[aria-controls="${detailsId}"]`);
    const folded = await details.evaluate((element) => element.clientHeight);
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toHaveAccessibleName(/^less about /);
    expect(await details.evaluate((element) => element.clientHeight)).toBeGreaterThan(folded);
  });
});
