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
  // The first entries are whole and readable, not one and a half in a box of their own.
  const entries = popup.getByRole('listitem');
  for (const index of [0, 1]) {
    const entry = (await entries.nth(index).boundingBox())!;
    expect(entry.x).toBeGreaterThanOrEqual(box.x);
    expect(entry.x + entry.width).toBeLessThanOrEqual(box.x + box.width);
    expect(entry.y + entry.height).toBeLessThanOrEqual(box.y + box.height);
  }

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
