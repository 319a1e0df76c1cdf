/**
 * `npm run images`: shoots each default view of the production build (dist/) in headless Chromium and writes
 * public/images/<view>.png, the images print, RSS readers, apps and pages without JavaScript show
 * (src/domain/static-images.ts lists them). The PNGs are committed, so a clone builds without a browser; a unit
 * test (static-images.test.ts) fails when one is missing or has the wrong size.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { staticImages, type StaticImage } from '../../src/domain/static-images.ts';
import { launchChromium } from '../chromium.ts';
import { startStaticServer } from '../perf/static-server.ts';
import { quantisePng } from './quantise-png.ts';

const dist = 'dist';
const outFolder = join('public', 'images');

/** The quote image shows the quote the embed builder offers first, the dataset's first. */
function pageOf(image: StaticImage): string {
  if (image.name !== 'quote') return image.page;
  const dataset = JSON.parse(readFileSync(join(dist, 'data', 'dataset.json'), 'utf8')) as { quotes: { id: string }[] };
  return `${image.page}&quote=${encodeURIComponent(dataset.quotes[0]!.id)}`;
}

async function shoot(browser: Browser, origin: string, image: StaticImage): Promise<Buffer> {
  const context = await browser.newContext({
    viewport: { width: image.width, height: image.height },
    deviceScaleFactor: image.scale,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${origin}/${pageOf(image)}`, { waitUntil: 'networkidle' });
  // A view has drawn its data once no skeleton (its loading state) is left on screen; the dashboard's views
  // further down load only when scrolled to and keep theirs.
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('.skeleton')].some(
        (skeleton) => skeleton.getBoundingClientRect().top < innerHeight,
      ),
    undefined,
    { timeout: 60_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  await context.close();
  return png;
}

async function main() {
  if (!existsSync(join(dist, 'embed', 'index.html'))) {
    throw new Error('dist/ holds no build: run `npm run build` first (`npm run images` does).');
  }
  mkdirSync(outFolder, { recursive: true });
  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  try {
    for (const image of staticImages) {
      const png = quantisePng(await shoot(browser, server.origin, image));
      writeFileSync(join('public', image.file), png);
      console.log(`${image.file}: ${image.width * image.scale}×${image.height * image.scale}, ${png.length} bytes`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
