import type { Page } from '@playwright/test';
import { parsePymHeight } from '../src/domain/pym-messages';
import { expect, test } from './hosts/host-server';

// Embed URLs newsrooms pasted before embeds had a page of their own: the dashboard's address with `embed=1`.
test.describe.configure({ timeout: 180_000 });

const legacyChart = '?embed=1&view=chart&actor=lukashenko&childId=x';

/** Every document the page's frames navigated to, in order, as paths with their query. */
function recordNavigations(page: Page) {
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() !== 'document') return;
    const url = new URL(request.url());
    documents.push(url.pathname + url.search);
  });
  return documents;
}

test('an old embed URL ends on the embed page, showing the chart with its actor filter and childId', async ({
  page,
}) => {
  await page.goto('./');
  const documents = recordNavigations(page);
  await page.goto(`./${legacyChart}`);
  await expect(page).toHaveURL(/\/embed\/\?view=chart&actor=lukashenko&childId=x$/);
  expect(documents).toEqual([`/${legacyChart}`, '/embed/?view=chart&actor=lukashenko&childId=x']);

  await expect(page.getByRole('heading', { name: 'Detentions over time' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('banner')).toHaveCount(0);
  // The actor filter travels on, into the link back to the full dashboard.
  const back = page.getByRole('link', { name: /open the full dashboard/i });
  await expect(back).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+\/\?actor=lukashenko$/);
  // With a childId the embed is sized by its parent: no scrollbar of its own.
  await expect(page.locator('html')).toHaveClass(/\bis-embed-sized\b/);
  // Back leaves the embed, rather than landing on the old URL and bouncing forward again.
  await page.goBack();
  await expect(page).toHaveURL(/:\d+\/$/);
});

test('in a frame, the old embed URL still reports its height to the parent under its childId', async ({
  page,
  host,
}) => {
  await page.goto(
    host.paste(
      `<!doctype html><title>An old story</title>` +
        `<script>window.received = []; addEventListener('message', (event) => received.push(event.data));</script>` +
        `<iframe src="${host.embedBase}${legacyChart}" title="Chart" width="600" height="400"></iframe>`,
    ),
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { name: 'Detentions over time' })).toBeVisible({ timeout: 60_000 });
  const heights = async () => {
    const received = await page.evaluate(() => (window as unknown as { received: unknown[] }).received);
    return received.map((message) => parsePymHeight(message, 'x')).filter((height) => height !== null);
  };
  await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
  expect((await heights()).every((height) => height > 300)).toBe(true);
});

test('a pym.js page with an old embed URL gets the embed page, with what pym.js appended kept', async ({
  page,
  host,
}) => {
  await page.goto(
    host.paste(
      `<!doctype html><title>An old pym.js story</title><div id="old-chart"></div>` +
        `<script src="/pym/pym.v1.min.js"></script>` +
        `<script>new pym.Parent('old-chart', '${host.embedBase}?embed=1&view=chart&actor=lukashenko', {});</script>`,
    ),
  );
  const iframe = page.locator('#old-chart iframe');
  const frame = page.frameLocator('#old-chart iframe');
  await expect(frame.getByRole('heading', { name: 'Detentions over time' })).toBeVisible({ timeout: 60_000 });
  const landed = new URL((await (await iframe.elementHandle())?.contentFrame())?.url() ?? '');
  expect(landed.pathname).toBe('/embed/');
  expect(landed.searchParams.has('embed')).toBe(false);
  expect(landed.searchParams.get('view')).toBe('chart');
  expect(landed.searchParams.get('actor')).toBe('lukashenko');
  expect(landed.searchParams.get('childId')).toBe('old-chart');
  for (const appended of ['initialWidth', 'parentTitle', 'parentUrl'])
    expect(landed.searchParams.has(appended)).toBe(true);
  // pym.js sized its frame from the embed's messages: the frame is exactly as tall as the content.
  await expect
    .poll(async () => {
      const box = await iframe.boundingBox();
      const content = await frame.locator('.embed').evaluate((root) => root.getBoundingClientRect().height);
      return Math.round(box?.height ?? 0) - Math.ceil(content);
    })
    .toBe(0);
});

test('the dashboard’s own addresses stay on the dashboard', async ({ page }) => {
  for (const search of ['', '?actor=lukashenko&view=chart', '?embed=0&actor=lukashenko', '?embedded=1']) {
    const documents = recordNavigations(page);
    await page.goto(`./${search}`);
    await expect(page.getByText(/^Showing/)).toBeVisible({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(documents).toEqual([`/${search}`]);
  }
});
