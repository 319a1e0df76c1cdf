import type { Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures/dashboard';
import { holdDataset, painted } from './fixtures/layout-shifts';

// The dashboard lays out twice: the skeleton, then the data. React swaps the skeleton's elements for new ones, so
// the browser's layout-shift entries (which follow elements that stay) would miss a jump; this compares where
// the reader sees things instead.

/** Where the first screen's landmarks stand, by name, for those that start inside the viewport. */
function landmarkTops(page: Page) {
  return page.evaluate(() => {
    const landmarks: Record<string, Element | null> = {
      'Filters and counts': document.querySelector('.dashboard-controls'),
      'Copy link': document.querySelector('.copy-link'),
      Timeline: document.getElementById('timeline'),
      Map: document.getElementById('map'),
      Chart: document.getElementById('chart'),
      Actors: document.getElementById('actors'),
    };
    const tops: Record<string, number> = {};
    for (const [name, element] of Object.entries(landmarks)) {
      const top = element?.getBoundingClientRect().top;
      if (top !== undefined && top < window.innerHeight) tops[name] = Math.round(top);
    }
    return tops;
  });
}

for (const viewport of [
  { name: 'a 375 px phone', width: 375, height: 812 },
  { name: 'a 1280 px screen', width: 1280, height: 800 },
]) {
  test(`nothing on the first screen moves when the data arrives, on ${viewport.name}`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // The data waits until the skeleton is on screen, so the test sees both layouts on any machine.
    const release = await holdDataset(page);
    await page.goto('./');
    await expect(page.locator('.at-a-glance .skeleton')).toBeVisible({ timeout: 60_000 });
    await painted(page);
    const before = await landmarkTops(page);
    expect(Object.keys(before).length, 'landmarks on the first screen').toBeGreaterThan(1);
    release();
    await expect(page.getByText(/^Showing/)).toBeVisible({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await painted(page);
    const after = await landmarkTops(page);
    for (const name of Object.keys(before)) expect(after[name], `${name} stays where it was`).toBe(before[name]);
  });
}

test('the facts at a glance fit the height reserved for them at every width from 300 to 1600 px', async ({ page }) => {
  // 131 relayouts of the whole dashboard: well over a minute on two busy cores.
  test.setTimeout(240_000);
  await openDashboard(page);
  const overflows: string[] = [];
  for (let width = 300; width <= 1600; width += 10) {
    await page.setViewportSize({ width, height: 800 });
    await painted(page);
    const { reserved, content } = await page.locator('.at-a-glance__body').evaluate((body) => {
      const top = body.getBoundingClientRect().top;
      const bottom = Math.max(...[...body.children].map((child) => child.getBoundingClientRect().bottom));
      return { reserved: parseFloat(getComputedStyle(body).minHeight), content: bottom - top };
    });
    if (content > reserved + 0.5) overflows.push(`${width} px: ${Math.ceil(content)} px in ${reserved} px`);
  }
  // A new largest figure or key date may wrap to more lines: the bands of --glance-height in global.css then grow.
  expect(overflows, 'widths where the facts outgrow their reserve').toEqual([]);
});
