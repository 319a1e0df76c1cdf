import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { getInitialEmbedHeight } from '../src/domain/embed-initial-height';
import { buildIframeSnippet, typicalColumnWidth } from '../src/domain/embed-snippet';
import { busiestActor, quoteWithMostSources } from './fixtures/dataset';
import { expect, test } from './hosts/host-server';
import { axeScan } from './fixtures/axe';

// axe on two busy cores takes seconds per page.
test.describe.configure({ timeout: 180_000 });

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every embed view, with the parameters a newsroom would use. */
function embedViews() {
  const actor = busiestActor();
  return [
    { view: 'map', path: 'embed/?view=map' },
    { view: 'chart', path: 'embed/?view=chart&from=2020-08-09&to=2020-08-31' },
    { view: 'actors', path: `embed/?view=actors&actor=${actor.id}` },
    { view: 'timeline', path: 'embed/?view=timeline&from=2020-08-16&to=2020-08-17' },
    { view: 'quote', path: `embed/?view=quote&quote=${quoteWithMostSources().id}` },
    { view: 'all', path: 'embed/?view=all' },
  ] as const;
}

/** Opens an embed page by itself and waits until its view (not a skeleton) is on screen. */
async function openEmbed(page: Page, path: string) {
  await page.goto(`./${path}`);
  await expect(page.locator('.embed-footer')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.embed .skeleton')).toHaveCount(0, { timeout: 60_000 });
}

for (const { view, path } of embedViews()) {
  test.describe(`the ${view} embed`, () => {
    test('has no WCAG 2.1 AA violations, in light and in dark', async ({ page }) => {
      await openEmbed(page, path);
      // The stylesheet follows the reader's setting as it changes, so one load serves both themes.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await axeScan(page).withTags(tags).analyze();
        expect(
          violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      }
    });

    // One load serves all of these: how the view fits the narrowest frame, what the page asks for, and how much of it
    // is script.
    test('works in a 280 px frame, makes no request outside its own origin, sets no cookie, stores nothing, and reports its JavaScript', async ({
      page,
      context,
      baseURL,
    }) => {
      await page.setViewportSize({ width: 280, height: 700 });
      const origin = new URL(baseURL ?? '').origin;
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
          elsewhere.push(request.url());
      });
      const scripts = new Map<string, number>();
      // Each body is read before the test ends: a read still under way when the page closes fails the test. A body
      // the browser no longer holds (a script fetched twice) is counted once, from the read that got it.
      const reads: Promise<void>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        reads.push(
          response.body().then(
            (body) => void scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length),
            () => undefined,
          ),
        );
      });
      await openEmbed(page, path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'pixels running off the side').toBe(0);
      const link = await page.getByRole('link', { name: /open the full dashboard/i }).boundingBox();
      expect(link?.x).toBeGreaterThanOrEqual(0);
      expect((link?.x ?? 0) + (link?.width ?? Infinity)).toBeLessThanOrEqual(280);

      await page.waitForLoadState('networkidle');
      expect(elsewhere).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

      await Promise.all(reads);
      const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
      const detail = [...scripts]
        .map(([path, size]) => `${path.split('/').pop()} ${(size / 1024).toFixed(1)} KB`)
        .join(', ');
      test
        .info()
        .annotations.push({ type: 'js-gzip', description: `${view}: ${(total / 1024).toFixed(1)} KB (${detail})` });
      console.log(`embed ${view}: ${(total / 1024).toFixed(1)} KB gzip JS (${detail})`);
      expect(total).toBeGreaterThan(0);
    });
  });
}

test('theme=dark forces dark colours, whatever the reader’s setting, and the reader’s setting rules otherwise', async ({
  page,
}) => {
  const background = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.embed') ?? document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await openEmbed(page, 'embed/?view=chart');
  const light = await background();
  await openEmbed(page, 'embed/?view=chart&theme=dark');
  const forcedDark = await background();
  expect(forcedDark).not.toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openEmbed(page, 'embed/?view=chart');
  expect(await background()).toBe(forcedDark);
  await openEmbed(page, 'embed/?view=chart&theme=light');
  expect(await background()).toBe(light);
});

test('links inside an embed open the full dashboard in a new tab', async ({ page }) => {
  await openEmbed(page, `embed/?view=actors&actor=${busiestActor().id}&childId=c1`);
  const links = page.locator('.embed a[href]:not([href^="#"])');
  expect(await links.count()).toBeGreaterThan(1);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    const url = new URL((await link.getAttribute('href')) ?? '', page.url());
    expect(url.pathname).toBe('/');
    for (const param of ['embed', 'view', 'childId', 'theme']) expect(url.searchParams.has(param)).toBe(false);
  }
  const [popup] = await Promise.all([page.waitForEvent('popup'), links.first().click()]);
  await expect(popup.getByRole('heading', { level: 1, name: /Belarus 2020/ })).toBeVisible({ timeout: 60_000 });
  expect(new URL(popup.url()).searchParams.get('actor')).toBe(busiestActor().id);
});

test('a plain iframe, with no script on the host page, shows the view at a sensible height', async ({ page, host }) => {
  await page.setViewportSize({ width: typicalColumnWidth + 40, height: 1000 });
  const html = buildIframeSnippet({ embedUrl: `${host.embedBase}embed/?view=chart`, title: 'Chart', view: 'chart' });
  await page.goto(
    await host.pasteInto('blank.html', { SNIPPET: `<div style="max-width:${typicalColumnWidth}px">${html}</div>` }),
  );
  const iframe = page.locator('iframe');
  await expect(iframe.contentFrame().getByRole('heading', { name: 'Detentions over time' })).toBeVisible({
    timeout: 60_000,
  });
  const box = await iframe.boundingBox();
  expect(Math.round(box?.height ?? 0)).toBe(getInitialEmbedHeight('chart', typicalColumnWidth));
  // The whole chart and the credit line fit; nothing is cut off at the bottom.
  const cut = await iframe
    .contentFrame()
    .locator('html')
    .evaluate((root) => root.scrollHeight - root.clientHeight);
  expect(cut).toBe(0);
});
