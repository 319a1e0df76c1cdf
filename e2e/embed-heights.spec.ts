import type { Page } from '@playwright/test';
import { getHeightBands, getInitialEmbedHeight } from '../src/domain/embed-initial-height';
import { expect, test } from './hosts/host-server';

test.describe.configure({ timeout: 180_000 });

// The views whose snippets promise no shift: the timeline's first page depends on the dataset's first events, so
// a failure there after a data change means the bands in src/domain/embed-initial-height.ts need measuring again.
const measuredViews = ['map', 'chart', 'timeline'] as const;
type MeasuredView = (typeof measuredViews)[number];

/** Every width a newsroom's column might have, with both sides of each band boundary. */
function widthsFor(view: MeasuredView): number[] {
  const widths = new Set<number>();
  for (let width = 280; width <= 1200; width += 40) widths.add(width);
  for (const band of getHeightBands(view)) {
    if (Number.isFinite(band.upTo)) [band.upTo, band.upTo + 1].forEach((width) => widths.add(width));
  }
  return [...widths].filter((width) => width >= 280 && width <= 1200).sort((a, b) => a - b);
}

/** The view's own height, without the band's minimum, once it has redrawn for the frame's width. */
async function naturalHeight(page: Page): Promise<number> {
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 250)))),
  );
  return page.locator('.embed').evaluate((root) => {
    const element = root as HTMLElement;
    const reserved = element.style.minHeight;
    element.style.minHeight = '0px';
    const height = element.getBoundingClientRect().height;
    element.style.minHeight = reserved;
    return Math.ceil(height);
  });
}

// The host page reserves the band's height before the frame loads; a view that fits it never moves the story.
for (const view of measuredViews) {
  test(`the ${view} fits the height its snippet reserves at every width from 280 to 1200 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`./embed/?view=${view}&childId=measure`);
    await expect(page.locator('.embed-footer')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('.embed .skeleton')).toHaveCount(0, { timeout: 60_000 });
    const tooTall: string[] = [];
    for (const width of widthsFor(view)) {
      await page.setViewportSize({ width, height: 900 });
      const height = await naturalHeight(page);
      const reserved = getInitialEmbedHeight(view, width);
      if (height > reserved) tooTall.push(`${width} px: ${height} > ${reserved}`);
    }
    expect(tooTall).toEqual([]);
  });
}
