import type { Locator } from '@playwright/test';
import { buildLoaderSnippet, getDefaultEmbedTitle } from '../src/domain/embed-snippet';
import { getSnippetFallback, getStaticImage, staticImages } from '../src/domain/static-images';
import { t } from './fixtures/english-words';
import { expect, test } from './hosts/host-server';

// A reader, a feed reader or an app that runs no script: nothing here may need JavaScript. Every image is found by
// its alt text, so an image without one fails.
test.use({ javaScriptEnabled: false });

/** True once the image has arrived and decoded: a broken src would leave it 0 wide. */
const loaded = (image: Locator) =>
  image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0);

test('the dashboard shows every view as an image, says it needs JavaScript and links to the data', async ({ page }) => {
  await page.goto('./');
  // Playwright's text matching skips <noscript>, even where it is shown: read the paragraph's text instead.
  await expect(page.getByRole('paragraph').first()).toContainText('This dashboard needs JavaScript');
  for (const image of staticImages) {
    const shown = page.getByRole('img', { name: image.alt, exact: true });
    await expect(shown).toBeVisible();
    expect(await loaded(shown), image.file).toBe(true);
  }
  const data = page.getByRole('link', { name: 'the verified dataset (JSON)' });
  const response = await page.request.get(new URL((await data.getAttribute('href'))!, page.url()).href);
  expect(response.ok()).toBe(true);
  expect((await response.json()) as object).toHaveProperty('quotes');
  // axe needs script in the page, so the accessibility checks are these: a heading, named images and links.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the embed page shows a picture of the dashboard and a link to it', async ({ page }) => {
  await page.goto('./embed/?view=chart');
  const image = page.getByRole('img', { name: getStaticImage('dashboard').alt });
  await expect(image).toBeVisible();
  expect(await loaded(image)).toBe(true);
  const link = page.getByRole('link', { name: 'Open the full dashboard' });
  expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe('/');
});

for (const view of ['chart', 'map', 'actors', 'timeline'] as const) {
  test(`a pasted loader snippet of the ${view} shows the view's image, linked to the dashboard`, async ({
    page,
    host,
  }) => {
    const snippet = buildLoaderSnippet({
      embedUrl: `${host.embedBase}embed/?view=${view}`,
      loaderUrl: `${host.embedBase}embed.js`,
      title: getDefaultEmbedTitle(view, t),
      view,
      fallback: getSnippetFallback(view, host.embedBase, t),
    });
    await page.setViewportSize({ width: 640, height: 1200 });
    await page.goto(await host.pasteInto('loader-two.html', { FIRST: snippet, SECOND: '' }));
    const fallback = getStaticImage(view);
    const image = page.getByRole('img', { name: fallback.alt });
    await expect(image).toBeVisible();
    expect(await loaded(image)).toBe(true);
    await expect(page.getByRole('link', { name: fallback.alt })).toHaveAttribute('href', host.embedBase);
    // The image lies within the box the snippet reserves for the frame.
    const box = (await page.locator('[data-belarus-embed]').boundingBox())!;
    const imageBox = (await image.boundingBox())!;
    expect(imageBox.height).toBeGreaterThan(100);
    expect(imageBox.y + imageBox.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    await expect(page.locator('iframe')).toHaveCount(0);
  });
}

test('both pages carry a link preview: title, description and a large-image card', async ({ page }) => {
  for (const path of ['./', './embed/?view=chart']) {
    await page.goto(path);
    const content = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
    expect(await content('property="og:title"')).toBe('Belarus 2020: protests, detentions and what was said');
    expect(await content('property="og:description"')).toMatch(/five news articles/);
    expect(await content('name="twitter:card"')).toBe('summary_large_image');
  }
});
