import type { FrameLocator, Locator, Page } from '@playwright/test';
import { buildPymSnippet, embedSandbox, getDefaultEmbedTitle } from '../src/domain/embed-snippet';
import { t } from './fixtures/english-words';
import { expect, test, type HostServer } from './hosts/host-server';

test.describe.configure({ timeout: 180_000 });

/** A story whose CMS runs pym.js, with the chart pasted in as docs/embedding.md and the builder write it. */
async function openPymStory(page: Page, host: HostServer) {
  const snippet = buildPymSnippet({
    embedUrl: `${host.embedBase}embed/?view=chart`,
    title: getDefaultEmbedTitle('chart', t),
    view: 'chart',
    // The host server's copy of pym.js (node_modules/pym.js); the recipe's own address needs the internet.
    pymUrl: '/pym/pym.v1.min.js',
  });
  await page.goto(await host.pasteInto('pym-chart.html', { SNIPPET: snippet }));
  const iframe = page.locator('main iframe');
  return { iframe, frame: iframe.contentFrame() };
}

/** The frame's height on the host page, and the height of what the embed shows inside it. */
async function heights(iframe: Locator, frame: FrameLocator) {
  const box = await iframe.boundingBox();
  const content = await frame.locator('.embed').evaluate((root) => root.getBoundingClientRect().height);
  return { frame: Math.round(box?.height ?? 0), content: Math.ceil(content) };
}

test('a pym.js host page gets the chart alone, at the height of its content, following every change', async ({
  page,
  host,
}) => {
  const { iframe, frame } = await openPymStory(page, host);

  // Only the chart: no page header, no filters, no map, no actors.
  await expect(frame.getByRole('heading', { name: 'Detentions over time' })).toBeVisible({ timeout: 60_000 });
  await expect(frame.getByRole('region')).toHaveCount(1);
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('search')).toHaveCount(0);

  await expect.poll(async () => (await heights(iframe, frame)).frame).toBeGreaterThan(300);
  await expect.poll(() => heights(iframe, frame).then((h) => h.frame - h.content)).toBe(0);
  const before = (await heights(iframe, frame)).frame;

  // A filter inside the embed: the table of crowd sizes is taller than the chart it replaces.
  await frame.getByRole('radio', { name: /Crowd sizes/ }).check();
  await frame.getByRole('button', { name: /show as table/i }).click();
  await expect.poll(async () => (await heights(iframe, frame)).frame).not.toBe(before);
  await expect.poll(() => heights(iframe, frame).then((h) => h.frame - h.content)).toBe(0);
  const taller = (await heights(iframe, frame)).frame;

  // And back: the frame shrinks with its content, it does not only ever grow.
  await frame.getByRole('radio', { name: /Deaths/ }).check();
  await expect.poll(async () => (await heights(iframe, frame)).frame).toBeLessThan(taller);
  await expect.poll(() => heights(iframe, frame).then((h) => h.frame - h.content)).toBe(0);
});

test('a pym.js host page resizing its column gets a new height without a reload', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  const { iframe, frame } = await openPymStory(page, host);
  await expect(frame.getByRole('heading', { name: 'Detentions over time' })).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => heights(iframe, frame).then((h) => h.frame - h.content)).toBe(0);
  const wide = (await heights(iframe, frame)).frame;

  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(async () => (await heights(iframe, frame)).frame).toBeGreaterThan(wide);
  await expect.poll(() => heights(iframe, frame).then((h) => h.frame - h.content)).toBe(0);
});

test('another frame on the news page cannot resize the embed, scroll the story or navigate it', async ({
  page,
  host,
}) => {
  const { iframe, frame } = await openPymStory(page, host);
  await expect(frame.getByRole('heading', { name: 'Detentions over time' })).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => heights(iframe, frame).then((h) => h.frame - h.content)).toBe(0);

  // What the recipe hands the embed: the loader's sandbox, and no parentUrl or parentTitle for its server's logs.
  await expect(iframe).toHaveAttribute('sandbox', embedSandbox);
  const src = new URL((await iframe.getAttribute('src')) ?? '');
  expect([...src.searchParams.keys()].sort()).toEqual(['childId', 'initialWidth', 'view']);

  const storyUrl = page.url();
  const height = (await heights(iframe, frame)).frame;
  let navigations = 0;
  page.on('framenavigated', (navigated) => {
    if (navigated === page.mainFrame()) navigations += 1;
  });
  await page.evaluate((forgerOrigin) => {
    const seen: unknown[] = [];
    (window as unknown as { seen: unknown[] }).seen = seen;
    window.addEventListener('message', (event) => {
      if (event.origin === forgerOrigin) seen.push(event.data);
    });
  }, host.foreignOrigin);

  // A frame from a third origin (an advertisement, say) forges pym.js messages for the embed's childId.
  const childId = src.searchParams.get('childId') ?? '';
  const target = host.url('blank.html?taken-over');
  const forger = host.foreignUrl(
    `pym-forger.html?childId=${encodeURIComponent(childId)}&target=${encodeURIComponent(target)}`,
  );
  await page.evaluate((url) => {
    const other = document.createElement('iframe');
    other.src = url;
    other.title = 'Advertisement';
    document.body.append(other);
  }, forger);
  const seen = () => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen.length);
  // Heard after pym.js's own listener, which was added first: by now pym.js has had all three.
  await expect.poll(seen).toBe(3);

  // The embed still sizes its frame afterwards, which also gives a forged navigation time to have happened.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect.poll(async () => (await heights(iframe, frame)).frame).toBeGreaterThan(height);
  await expect.poll(() => heights(iframe, frame).then((h) => h.frame - h.content)).toBe(0);
  expect(page.url()).toBe(storyUrl);
  expect(navigations).toBe(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
