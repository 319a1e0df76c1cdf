import type { Page } from '@playwright/test';
import { currentSearch, expect, openDashboard, test } from './fixtures/dashboard';

const width = 320;
test.use({ viewport: { width, height: 720 } });

const mapWidget = (page: Page) =>
  page.getByRole('region', { name: 'Map' }).getByRole('group', { name: 'Map of places named in the articles' });

test('at 320 px a place’s popup fits the screen with its first entries in view, and the page says it is narrowed', async ({
  page,
}) => {
  await openDashboard(page);
  await page.getByRole('region', { name: 'Map' }).scrollIntoViewIfNeeded();
  const map = mapWidget(page);
  await map.getByRole('button', { name: /^Minsk: / }).click();

  const popup = map.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Minsk' })).toBeFocused();
  const box = (await popup.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  // The first entries are whole and readable, not one and a half in a box of their own. Popup and entries are
  // measured in one frame: the filter change that opening a place makes reflows the page around the popup.
  const cutEntries = () =>
    popup.evaluate((element) => {
      const outer = element.getBoundingClientRect();
      const firstTwo = [...element.querySelectorAll('li')].slice(0, 2);
      if (firstTwo.length < 2) return ['fewer than two entries'];
      return firstTwo.flatMap((entry, index) => {
        const inner = entry.getBoundingClientRect();
        const whole = inner.left >= outer.left && inner.right <= outer.right && inner.bottom <= outer.bottom;
        return whole ? [] : [`entry ${index + 1}`];
      });
    });
  await expect.poll(cutEntries, { message: 'entries cut by the popup' }).toEqual([]);

  const notice = page.getByRole('status').filter({ hasText: 'Narrowed to Minsk' });
  await expect(notice).toBeVisible();
  await expect(notice).toBeInViewport();
  expect(currentSearch(page).get('place')).toBe('minsk');
  // The chart, further down, is narrowed too; the notice stays in view there.
  await page.getByRole('region', { name: 'Detentions over time' }).scrollIntoViewIfNeeded();
  await expect(notice).toBeInViewport();
  await notice.getByRole('button', { name: 'Show all places' }).click();
  await expect(notice).toBeHidden();
  expect(currentSearch(page).has('place')).toBe(false);
});

test('at 320 px no place’s name runs off the map', async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('region', { name: 'Map' }).scrollIntoViewIfNeeded();
  const map = mapWidget(page);
  await expect(map.locator('.place-marker').first()).toBeVisible();
  const mapBox = (await map.boundingBox())!;
  const names = map.locator('.place-marker:not(.place-marker--hidden) .place-marker__name');
  for (const name of await names.all()) {
    const box = (await name.boundingBox())!;
    const text = await name.textContent();
    expect(box.x, `${text} starts inside the map`).toBeGreaterThanOrEqual(mapBox.x);
    expect(box.x + box.width, `${text} ends inside the map`).toBeLessThanOrEqual(mapBox.x + mapBox.width);
  }
});

test('at 320 px the place list under the map shows its first two places without scrolling inside it', async ({
  page,
}) => {
  await openDashboard(page);
  const region = page.getByRole('region', { name: 'Map' });
  await region.scrollIntoViewIfNeeded();
  const listBox = (await region.locator('.place-list').boundingBox())!;
  const places = region.getByRole('list', { name: 'Places on the map' }).getByRole('button');
  for (const index of [0, 1]) {
    const place = (await places.nth(index).boundingBox())!;
    expect(place.y + place.height, `place ${index + 1} ends inside the list`).toBeLessThanOrEqual(
      listBox.y + listBox.height,
    );
  }
});
