import type { Locator, Page } from '@playwright/test';
import { buildLoaderSnippet } from '../src/domain/embed-snippet';
import { getSnippetFallback } from '../src/domain/static-images';
import { busiestActor } from './fixtures/dataset';
import { t } from './fixtures/english-words';
import { expect, test, type HostServer } from './hosts/host-server';

test.describe.configure({ timeout: 180_000 });

function snippet(host: HostServer, path: string, title: string, view: 'chart' | 'map' | 'actors') {
  return buildLoaderSnippet({
    embedUrl: `${host.embedBase}${path}`,
    loaderUrl: `${host.embedBase}embed.js`,
    title,
    view,
    // As the builder writes it: with the view's image for readers without script, which the frame replaces.
    fallback: getSnippetFallback(view, host.embedBase, t),
  });
}

/** A host page with two pasted snippets, its layout shifts recorded from the first paint. */
async function openTwoEmbeds(page: Page, host: HostServer, first: string, second: string) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(await host.pasteInto('loader-two.html', { FIRST: first, SECOND: second }));
}

/** How far the frame's height is from the height of the embed's content inside it. */
async function mismatch(iframe: Locator) {
  const frameHeight = (await iframe.boundingBox())?.height ?? 0;
  const content = await iframe
    .contentFrame()
    .locator('.embed')
    .evaluate((root) => root.getBoundingClientRect().height);
  return Math.round(frameHeight) - Math.ceil(content);
}

const childIdOf = async (iframe: Locator) =>
  new URL((await iframe.getAttribute('src')) ?? '').searchParams.get('childId') ?? '';

test('two loader snippets on one page each become a titled, lazy frame sized to its own content', async ({
  page,
  host,
}) => {
  const actor = busiestActor();
  await openTwoEmbeds(
    page,
    host,
    snippet(host, 'embed/?view=chart', 'Detentions chart', 'chart'),
    snippet(host, `embed/?view=actors&actor=${actor.id}`, `${actor.name}’s words`, 'actors'),
  );
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  const [chart, actors] = [frames.nth(0), frames.nth(1)];
  await expect(chart).toHaveAttribute('title', 'Detentions chart');
  await expect(actors).toHaveAttribute('title', `${actor.name}’s words`);
  for (const frame of [chart, actors]) await expect(frame).toHaveAttribute('loading', 'lazy');
  expect(await childIdOf(chart)).not.toBe(await childIdOf(actors));

  await expect(chart.contentFrame().getByRole('heading', { name: 'Detentions over time' })).toBeVisible({
    timeout: 60_000,
  });
  await actors.scrollIntoViewIfNeeded();
  await expect(actors.contentFrame().getByText(actor.name).first()).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => mismatch(chart)).toBe(0);
  await expect.poll(() => mismatch(actors)).toBe(0);
  // Each frame took its own height: the actor's quotes are not the chart's size.
  const [chartBox, actorsBox] = [await chart.boundingBox(), await actors.boundingBox()];
  expect(Math.round(chartBox?.height ?? 0)).not.toBe(Math.round(actorsBox?.height ?? 0));
});

test('height messages from a foreign origin or from the other frame are ignored', async ({ page, host }) => {
  await openTwoEmbeds(
    page,
    host,
    snippet(host, 'embed/?view=chart', 'Detentions chart', 'chart'),
    snippet(host, 'embed/?view=map', 'Map', 'map'),
  );
  const [first, second] = [page.locator('iframe').nth(0), page.locator('iframe').nth(1)];
  await expect(first.contentFrame().getByRole('heading', { name: 'Detentions over time' })).toBeVisible({
    timeout: 60_000,
  });
  await second.scrollIntoViewIfNeeded();
  await expect(second.contentFrame().locator('.embed-footer')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => mismatch(first)).toBe(0);
  const height = await first.evaluate((iframe) => iframe.style.height);
  const id = await childIdOf(first);
  const forged = `pymxPYMx${id}xPYMxheightxPYMx4321`;
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  const received = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length);

  // From the host page itself (another script on the page).
  await page.evaluate((message) => window.postMessage(message, '*'), forged);
  // From the other embed: the right origin, the wrong frame.
  await second
    .contentFrame()
    .locator('body')
    .evaluate((_body, message) => parent.postMessage(message, '*'), forged);
  await expect.poll(received).toBe(2);

  // From the first frame's own window once it shows a page of another origin.
  const foreign = host.url(`foreign-child.html?childId=${encodeURIComponent(id)}`);
  await first.evaluate((iframe, src) => ((iframe as HTMLIFrameElement).src = src), foreign);
  await expect.poll(received).toBe(3);

  expect(await first.evaluate((iframe) => iframe.style.height)).toBe(height);
});

for (const viewport of [
  { width: 375, height: 2000 },
  { width: 1024, height: 1600 },
]) {
  test(`the host page does not shift while a map and a chart load (${viewport.width} px)`, async ({ page, host }) => {
    await page.setViewportSize(viewport);
    await openTwoEmbeds(
      page,
      host,
      snippet(host, 'embed/?view=map', 'Map', 'map'),
      snippet(host, 'embed/?view=chart', 'Detentions chart', 'chart'),
    );
    const frames = page.locator('iframe');
    await expect(frames.nth(1).contentFrame().getByRole('heading', { name: 'Detentions over time' })).toBeVisible({
      timeout: 60_000,
    });
    await expect(frames.nth(0).contentFrame().getByRole('heading', { name: 'Where it happened' })).toBeVisible();
    await expect.poll(() => mismatch(frames.nth(0))).toBe(0);
    await expect.poll(() => mismatch(frames.nth(1))).toBe(0);
    // Both frames are in view, so any change of their height would have moved the text below them.
    const after = await page.locator('#after').boundingBox();
    expect((after?.y ?? Infinity) < viewport.height).toBe(true);
    const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
  });
}

test('a frame far below the first screen loads only when the reader nears it', async ({ page, host }) => {
  const embedRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'document' && new URL(request.url()).pathname.endsWith('/embed/'))
      embedRequests.push(request.url());
  });
  const spacer = '<div style="height: 12000px">A long story.</div>';
  await page.goto(
    host.paste(`<!doctype html><title>Long</title>${spacer}${snippet(host, 'embed/?view=chart', 'Chart', 'chart')}`),
  );
  await page.waitForLoadState('networkidle');
  expect(embedRequests).toEqual([]);
  await page.locator('iframe').scrollIntoViewIfNeeded();
  await expect.poll(() => embedRequests.length).toBe(1);
});
