import { expect, test } from '@playwright/test';
import { quoteWithMostSources, readDataset } from './fixtures/dataset';
import { holdDataset, layoutShifts, painted } from './fixtures/layout-shifts';

// The views lay out twice: a loading state, then the data. Nothing the reader already sees may move.
test.describe.configure({ timeout: 120_000 });

const viewports = [
  { name: 'a 412 px phone', width: 412, height: 823 },
  { name: 'a 1280 px screen', width: 1280, height: 800 },
];

const views = [
  { view: 'actors', path: 'embed/?view=actors' },
  { view: 'quote', path: `embed/?view=quote&quote=${quoteWithMostSources().id}` },
  // Their notes (the day it was reported, through whom, what was inferred) arrive with the card, in the same layout.
  {
    view: 'relayed, undated quote',
    path: `embed/?view=quote&quote=${readDataset().quotes.find((quote) => quote.via !== null && quote.date === null)!.id}`,
  },
  { view: 'quote with an inferred place', path: 'embed/?view=quote&quote=lukashenko-never-cave-in' },
  { view: 'map', path: 'embed/?view=map' },
  { view: 'chart', path: 'embed/?view=chart' },
  { view: 'timeline', path: 'embed/?view=timeline' },
];

// Each view loads at both widths in one page: a second load in the same page skips starting a browser page.
for (const { view, path } of views) {
  test(`the ${view} embed does not shift when its data arrives, on a phone or a screen`, async ({ page }) => {
    for (const viewport of viewports) {
      await page.unrouteAll();
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      // The data waits until the loading state is on screen, so the test sees both layouts on any machine.
      const release = await holdDataset(page);
      await page.goto(`./${path}`);
      await expect(page.locator('.embed .skeleton').first()).toBeVisible({ timeout: 60_000 });
      await painted(page);
      release();
      await expect(page.locator('.embed-footer')).toBeVisible({ timeout: 60_000 });
      await expect(page.locator('.embed .skeleton')).toHaveCount(0, { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      await painted(page);
      const shifts = await layoutShifts(page);
      expect(shifts, `layout shifts on ${viewport.name}, with the elements that moved`).toEqual([]);
    }
  });
}
