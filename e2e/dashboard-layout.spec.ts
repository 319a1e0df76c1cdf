import type { Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor, quoteWithMostSources } from './fixtures/dataset';
import { actorPicker } from './fixtures/pickers';

const regionNames = ['Timeline of events', 'Map', 'Detentions over time', 'Actors'];

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the page never scrolls sideways, with filters set, quotes open and the Source viewer up', async ({ page }) => {
    const actor = busiestActor();
    await openDashboard(page, `?actor=${actor.id}&place=minsk&from=2020-08-09&to=2020-10-27`);
    expect(await horizontalOverflow(page)).toBe(0);

    // On a phone the filters fold behind one button.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await actorPicker(page).click();
    expect(await horizontalOverflow(page)).toBe(0);
    await page.keyboard.press('Escape');

    await page.goto(`./?quote=${quoteWithMostSources().id}`);
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await horizontalOverflow(page)).toBe(0);
    const box = await page.getByRole('dialog').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(375);
  });

  test('the regions are stacked', async ({ page }) => {
    await openDashboard(page);
    const boxes = await Promise.all(regionNames.map((name) => page.getByRole('region', { name }).boundingBox()));
    for (let index = 1; index < boxes.length; index += 1) {
      expect(boxes[index]!.y).toBeGreaterThanOrEqual(boxes[index - 1]!.y + boxes[index - 1]!.height);
    }
  });
});

test('on a desktop the timeline stands beside the map and the chart; the actors span the page; the chart loads when reached', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const chartScripts: string[] = [];
  page.on('request', (request) => {
    if (/detentions-chart-[^/]*\.js$/.test(request.url())) chartScripts.push(request.url());
  });
  await openDashboard(page);
  const [timeline, map, chart, actors] = await Promise.all(
    regionNames.map((name) => page.getByRole('region', { name }).boundingBox()),
  );
  expect(Math.round(timeline!.y)).toBe(Math.round(map!.y));
  expect(timeline!.x + timeline!.width).toBeLessThan(map!.x);
  expect(chart!.y).toBeGreaterThanOrEqual(map!.y + map!.height);
  expect(Math.round(chart!.x)).toBe(Math.round(map!.x));
  expect(actors!.y).toBeGreaterThanOrEqual(Math.max(timeline!.y + timeline!.height, chart!.y + chart!.height));
  expect(Math.round(actors!.x)).toBe(Math.round(timeline!.x));
  expect(Math.round(actors!.x + actors!.width)).toBe(Math.round(map!.x + map!.width));
  await expect(page.getByRole('banner').getByRole('search', { name: 'Filters' })).toBeVisible();
  // Below the fold, the chart's code has not been fetched; scrolling to it loads and draws it.
  expect(chartScripts).toEqual([]);
  // Once the views on screen are drawn nothing moves: a placeholder pulsing below the fold would use CPU for the
  // whole visit. A view still loading pulses until it is drawn, which on a busy machine can take seconds.
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          document.getAnimations().map((animation) => (animation as CSSAnimation).animationName ?? 'a transition'),
        ),
      { message: 'animations running on an idle page', timeout: 15_000 },
    )
    .toEqual([]);
  await page.getByRole('region', { name: 'Detentions over time' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Show as table' })).toBeVisible();
  expect(chartScripts).toHaveLength(1);
});

test('the app loads no web fonts and honours reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await openDashboard(page);
  expect(fonts).toEqual([]);
  const duration = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'skeleton';
    document.body.append(probe);
    const value = getComputedStyle(probe).animationDuration;
    probe.remove();
    return value;
  });
  expect(parseFloat(duration)).toBeLessThan(0.001);
});

test('theme=dark forces the dark palette, whatever the reader’s preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openDashboard(page, '?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 19, 21)');
});
