import type { Locator, Page } from '@playwright/test';
import { progressGapMs } from '../src/data/dataset-progress';
import { datasetStallTimeoutMs } from '../src/data/dataset-query';
import { getInitialEmbedHeight } from '../src/domain/embed-initial-height';
import type { EmbedView } from '../src/domain/url-state';
import { expect, test } from './fixtures/dashboard';
import { quoteWithMostSources } from './fixtures/dataset';
import {
  datasetFailures,
  manyProblemsDatasetText,
  realDatasetText,
  serveOnceThenReal,
} from './fixtures/failing-dataset';
import { stallOnceThenServe } from './fixtures/stalled-response';
import { axeScan } from './fixtures/axe';

const width = 640;

/** Every embed view, and what shows that it has recovered. */
function embedViews() {
  const quote = quoteWithMostSources();
  const region = (name: string) => (page: Page) => page.getByRole('region', { name });
  return [
    { view: 'map', path: 'embed/?view=map', loaded: region('Where it happened') },
    { view: 'chart', path: 'embed/?view=chart', loaded: region('Detentions over time') },
    { view: 'actors', path: 'embed/?view=actors', loaded: region('Who said what') },
    { view: 'timeline', path: 'embed/?view=timeline', loaded: region('What happened, day by day') },
    {
      view: 'quote',
      path: `embed/?view=quote&quote=${quote.id}`,
      loaded: (page: Page) => page.locator('blockquote').filter({ hasText: quote.text.slice(0, 40) }),
    },
    { view: 'all', path: 'embed/?view=all', loaded: region('Who said what') },
  ] as const;
}

/** The alert an embed shows when its data failed, with Retry, at the height its host page reserved at any width. */
async function expectAlertAtReservedHeight(page: Page, view: EmbedView) {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data could not be loaded');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.locator('.embed .skeleton')).toHaveCount(0);
  for (const frameWidth of [280, 375, width, 1200]) {
    await page.setViewportSize({ width: frameWidth, height: 900 });
    await expect
      .poll(() => page.locator('.embed').evaluate((root) => Math.round(root.getBoundingClientRect().height)))
      .toBe(getInitialEmbedHeight(view, frameWidth));
  }
  await page.setViewportSize({ width, height: 900 });
}

async function retryAndRecover(page: Page, loaded: Locator, calls: () => number) {
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(loaded).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(calls()).toBe(2);
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width, height: 900 });
});

// The alert's words depend on the failure and its height on the view, and one error state serves every pair: each
// view meets one failure, and each failure two views, in turn.
embedViews().forEach(({ view, path, loaded }, index) => {
  const failure = datasetFailures[index % datasetFailures.length]!;
  test(`the ${view} embed says so on ${failure.name}, at its reserved height, and Retry recovers`, async ({ page }) => {
    const calls = await serveOnceThenReal(page, failure.respond);
    await page.goto(`./${path}`);
    await expectAlertAtReservedHeight(page, view);
    if (failure.name === 'a schema-invalid file') {
      // The field paths are one click away, so the alert fits the band until a reader asks for them.
      await page.getByText('The first problems found').click();
      await expect(page.getByRole('alert')).toContainText('quotes[0].date');
    }
    await retryAndRecover(page, loaded(page), calls);
  });
});

test('an embed given a dataset with 5,000 problems counts every one beyond the first three', async ({ page }) => {
  await serveOnceThenReal(page, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: manyProblemsDatasetText(5000) }),
  );
  await page.goto('./embed/?view=chart');
  await expectAlertAtReservedHeight(page, 'chart');
  await page.getByText('The first problems found').click();
  await expect(page.getByRole('alert')).toContainText('and 4,997 more.');
});

test('an embed says how far its download got, and when it stalls halfway says so; Retry recovers', async ({ page }) => {
  await page.clock.install();
  const half = realDatasetText.slice(0, realDatasetText.length / 2);
  const { stalling, calls } = await stallOnceThenServe(page, half, realDatasetText);
  try {
    await page.goto('./embed/?view=chart');
    await stalling.sent;
    // From here the page's time moves only when the test moves it (see the dashboard's stall test).
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const share = Math.floor((Buffer.byteLength(half) / Buffer.byteLength(realDatasetText)) * 100);
    const line = page.locator('.skeleton-progress__text');
    await expect(async () => {
      await page.clock.runFor(progressGapMs);
      await expect(line).toHaveText(`Loading the data… ${share}%`, { timeout: 1000 });
    }).toPass();
    await expect(line).toBeInViewport();
    await expect(page.getByRole('status')).toHaveText('Loading the data…');
    // axe waits on timers of its own; the stall is still 15 seconds away once the clock runs again.
    await page.clock.resume();
    const loading = await axeScan(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(loading.violations.map((violation) => violation.id)).toEqual([]);
    await page.clock.fastForward(datasetStallTimeoutMs);
    await expect(page.getByRole('alert')).toContainText('stopped arriving');
    await expectAlertAtReservedHeight(page, 'chart');
    const { violations } = await axeScan(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
    await retryAndRecover(page, page.getByRole('region', { name: 'Detentions over time' }), calls);
  } finally {
    await stalling.close();
  }
});
