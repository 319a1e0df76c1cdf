import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures/dashboard';
import { readDataset } from './fixtures/dataset';

const lukashenko = readDataset().actors.find((actor) => actor.id === 'lukashenko')!;

/** Clicks a button and returns the file it downloads, with its name and bytes. */
async function download(page: Page, buttonName: string): Promise<{ name: string; bytes: Buffer }> {
  const started: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('button', { name: buttonName, exact: true }).first().click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** A PNG's width and height, from its header: a PNG file or nothing. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'the PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every Content-Security-Policy violation the page reports, to prove the export needs no exception. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the chart downloads as an SVG file titled, filtered and credited', async ({ page }) => {
  const violations = watchCsp(page);
  await openDashboard(page, `?actor=${lukashenko.id}`);
  const chart = page.getByRole('region', { name: 'Detentions over time' });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('svg.timeline-chart__surface')).toBeVisible({ timeout: 60_000 });

  const { name, bytes } = await download(page, 'Download the chart as SVG');
  expect(name).toBe(`belarus-2020-chart-detentions-${lukashenko.name.toLowerCase().replace(/ /g, '-')}.svg`);
  const svg = bytes.toString('utf8');
  expect(svg).toMatch(/^<\?xml/);
  expect(svg).toContain('<title>Detentions reported in the articles, by date</title>');
  expect(svg).toContain(`Filters: ${lukashenko.name}`);
  expect(svg).toMatch(/Data: \d+ news articles/);
  // The chart itself, with its styles carried along: the series' colour, not the page's stylesheet.
  expect(svg).toMatch(/<(circle|path)[^>]* fill="rgb\(/);
  expect(violations).toEqual([]);
});

test('the chart downloads as a PNG twice its size on screen, with room for the caption', async ({ page }) => {
  const violations = watchCsp(page);
  await openDashboard(page);
  const chart = page.getByRole('region', { name: 'Detentions over time' });
  await chart.scrollIntoViewIfNeeded();
  const surface = chart.locator('svg.timeline-chart__surface');
  await expect(surface).toBeVisible({ timeout: 60_000 });
  const box = (await surface.boundingBox())!;

  const { name, bytes } = await download(page, 'Download the chart as PNG');
  expect(name).toBe('belarus-2020-chart-detentions.png');
  const size = pngSize(bytes);
  expect(size.width).toBe(Math.round(box.width * 2));
  expect(size.height).toBeGreaterThan(box.height * 2 + 100);
  expect(violations).toEqual([]);
});

test('the map downloads as a PNG of its view, twice its size, with room for the caption', async ({ page }) => {
  const violations = watchCsp(page);
  await openDashboard(page);
  const map = page.getByRole('region', { name: 'Map' });
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('.leaflet-marker-pane').getByRole('button').first()).toBeVisible({ timeout: 60_000 });
  const box = (await map.locator('.leaflet-container').boundingBox())!;

  // Keyboard reachable: focused and pressed like any button.
  const button = map.getByRole('button', { name: 'Download the map as PNG' });
  await button.focus();
  const started = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const file = await started;
  expect(file.suggestedFilename()).toBe('belarus-2020-map.png');
  const size = pngSize(await readFile(await file.path()));
  expect(size.width).toBe(Math.round(box.width * 2));
  expect(size.height).toBeGreaterThan(box.height * 2 + 100);
  expect(violations).toEqual([]);
});

test('a quote downloads as a 1200 px wide PNG card', async ({ page }) => {
  await openDashboard(page, `?actor=${lukashenko.id}`);
  const actors = page.getByRole('region', { name: 'Actors' });
  await actors.scrollIntoViewIfNeeded();
  const { name, bytes } = await download(page, `Download this quote by ${lukashenko.name} as PNG`);
  expect(name).toMatch(/^belarus-2020-quote-[a-z0-9-]+\.png$/);
  const size = pngSize(bytes);
  expect(size.width).toBe(1200);
  expect(size.height).toBeGreaterThanOrEqual(630);
});

test('embeds offer no image buttons, so their reserved heights hold', async ({ page }) => {
  await page.goto('./embed/?view=chart');
  await expect(page.locator('svg.timeline-chart__surface')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: /^Download .* as (PNG|SVG)$/ })).toHaveCount(0);
});
