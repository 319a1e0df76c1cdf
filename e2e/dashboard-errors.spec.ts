import type { Page } from '@playwright/test';
import { progressGapMs } from '../src/data/dataset-progress';
import { datasetStallTimeoutMs } from '../src/data/dataset-query';
import { expect, test } from './fixtures/dashboard';
import {
  danglingReferenceDatasetText,
  manyProblemsDatasetText,
  realDatasetText as realDataset,
  schemaInvalidDatasetText,
  serveOnceThenReal,
} from './fixtures/failing-dataset';
import { stallOnceThenServe } from './fixtures/stalled-response';

async function retryAndRecover(page: Page, calls: () => number) {
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText(/^Showing/)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'data could not be loaded' })).toHaveCount(0);
  expect(calls()).toBe(2);
}

test('a server error is explained in an alert, with a Retry that recovers', async ({ page }) => {
  const calls = await serveOnceThenReal(page, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dashboard’s data could not be loaded');
  await expect(alert).toContainText('the server answered 500');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await retryAndRecover(page, calls);
});

test('a file that is not JSON is called damaged, never shown as a stack trace', async ({ page }) => {
  const calls = await serveOnceThenReal(page, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: realDataset.slice(0, 200) }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('not valid JSON');
  await expect(alert).not.toContainText(/SyntaxError|at \S+ \(/);
  await retryAndRecover(page, calls);
});

test('a dataset that breaks the schema names the first few field paths', async ({ page }) => {
  const calls = await serveOnceThenReal(page, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: schemaInvalidDatasetText() }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not have the expected shape');
  await expect(alert).toContainText('quotes[0].date');
  await expect(alert).toContainText('quotes[2].date');
  await expect(alert).not.toContainText('quotes[4].date');
  await expect(alert).toContainText('and 2 more');
  await retryAndRecover(page, calls);
});

test('a dataset in the line layout with a reference to nothing names it, and Retry recovers', async ({ page }) => {
  const calls = await serveOnceThenReal(page, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: danglingReferenceDatasetText() }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not have the expected shape');
  await expect(alert).toContainText('quotes[0].actorId');
  await expect(alert).toContainText('refers to unknown actor "nobody"');
  await retryAndRecover(page, calls);
});

test('a dataset with 5,000 problems lists three and counts every other one', async ({ page }) => {
  await serveOnceThenReal(page, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: manyProblemsDatasetText(5000) }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('does not have the expected shape');
  await expect(alert).toContainText('.lat: expected number');
  await expect(alert).toContainText('and 4,997 more.');
});

test('a dropped connection is explained too', async ({ page }) => {
  await page.route('**/data/dataset.json', (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('could not be downloaded', { timeout: 15_000 });
  await expect(page.getByRole('alert').getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a download that stalls halfway ends in the alert, with a Retry that recovers', async ({ page }) => {
  // The page's clock is Playwright's, so the wait for a stall passes in an instant instead of seconds.
  await page.clock.install();
  const { stalling, calls } = await stallOnceThenServe(page, realDataset.slice(0, realDataset.length / 2), realDataset);
  try {
    await page.goto('./');
    await stalling.sent;
    // From here the page's time moves only when the test moves it, so the stall comes only when it is called for.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    await expect(page.getByRole('status').filter({ hasText: 'Loading the data' })).toBeAttached();
    // The page says how far the download got, in whole percents of the length the server announced; a new percent
    // waits out the gap since the last, on the page's clock.
    const half = Buffer.byteLength(realDataset.slice(0, realDataset.length / 2));
    const share = Math.floor((half / Buffer.byteLength(realDataset)) * 100);
    await expect(async () => {
      await page.clock.runFor(progressGapMs);
      await expect(page.locator('.filter-summary__count')).toHaveText(`Loading the data… ${share}%`, { timeout: 1000 });
    }).toPass();
    // On a wide screen it is said once. On a phone that line is below the first screen; the facts' block, on it,
    // says the same.
    const overFacts = page.locator('.skeleton-progress__text');
    await expect(overFacts).toBeHidden();
    await page.setViewportSize({ width: 375, height: 667 });
    await expect(page.locator('.filter-summary__count')).not.toBeInViewport();
    await expect(overFacts).toHaveText(`Loading the data… ${share}%`);
    await expect(overFacts).toBeInViewport();
    await page.clock.fastForward(datasetStallTimeoutMs);
    await page.clock.resume();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The dashboard’s data could not be loaded');
    await expect(alert).toContainText('stopped arriving');
    await retryAndRecover(page, calls);
  } finally {
    await stalling.close();
  }
});

test('while loading, the layout is already in place', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/dataset.json', async (route) => {
    await held;
    await route.fulfill({ status: 200, contentType: 'application/json', body: realDataset });
  });
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the data' })).toBeAttached();
  const regionBox = async () => page.getByRole('region', { name: 'Map' }).boundingBox();
  // The skeleton is drawn twice while loading: first while the dashboard's code arrives, then by the dashboard
  // while the data does. React replaces its elements in between, and a box read at that moment is null.
  let before = null as Awaited<ReturnType<typeof regionBox>>;
  await expect.poll(async () => (before = await regionBox())).not.toBeNull();
  release();
  await expect(page.getByText(/^Showing/)).toBeVisible();
  const after = await regionBox();
  // The map region keeps its place when the data arrives: the skeleton reserves the header's real height.
  expect(Math.abs((after?.x ?? 0) - (before?.x ?? 0))).toBeLessThan(2);
  expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(2);
});
