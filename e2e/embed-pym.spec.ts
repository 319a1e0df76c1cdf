import type { FrameLocator, Locator } from '@playwright/test';
import { expect, test } from './hosts/host-server';

test.describe.configure({ timeout: 180_000 });

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
  await page.goto(host.url('pym-chart.html'));
  const iframe = page.locator('#detentions-chart iframe');
  const frame = page.frameLocator('#detentions-chart iframe');

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
  await page.goto(host.url('pym-chart.html'));
  const iframe = page.locator('#detentions-chart iframe');
  const frame = page.frameLocator('#detentions-chart iframe');
  await expect(frame.getByRole('heading', { name: 'Detentions over time' })).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => heights(iframe, frame).then((h) => h.frame - h.content)).toBe(0);
  const wide = (await heights(iframe, frame)).frame;

  await page.setViewportSize({ width: 320, height: 800 });
  await expect.poll(async () => (await heights(iframe, frame)).frame).toBeGreaterThan(wide);
  await expect.poll(() => heights(iframe, frame).then((h) => h.frame - h.content)).toBe(0);
});
