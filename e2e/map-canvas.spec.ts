import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { Dataset, Place } from '../src/data/schema';
import { loadBaseTexts, synthesizeDataset } from '../scripts/perf/synth-dataset';
import { currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { axeScan } from './fixtures/axe';
import { placePicker } from './fixtures/pickers';

/**
 * 2,000 places, as a newsroom's year of coverage names: the map draws them as circles on one canvas, and the
 * place list under it is the keyboard's way to them. The synthesiser's sites become towns of their own, so the
 * map's first view draws a circle for each rather than rolling them into some thirty cities.
 */
const synthetic = synthesizeDataset(
  { events: 500, places: 2000, actors: 40, seed: 18 },
  loadBaseTexts(join(import.meta.dirname, '../data/sources')),
);
const dataset: Dataset = {
  ...synthetic,
  places: synthetic.places.map((place): Place => (place.kind === 'site' ? { ...place, kind: 'city' } : place)),
};

const items = [...dataset.events, ...dataset.quotes, ...dataset.figures];
/** How many items each place has, counted from the raw records (no place here contains another's items). */
const itemCounts = new Map<string, number>();
for (const item of items) if (item.placeId) itemCounts.set(item.placeId, (itemCounts.get(item.placeId) ?? 0) + 1);
const placeById = new Map(dataset.places.map((place) => [place.id, place]));
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/** What the list says a place has ("42 events, 3 quotes"), from the raw records. */
function countsText(placeId: string): string {
  const at = (list: readonly { placeId: string | null }[]) => list.filter((item) => item.placeId === placeId).length;
  const parts: [number, string][] = [
    [at(dataset.events), 'event'],
    [at(dataset.quotes), 'quote'],
    [at(dataset.figures), 'figure'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => plural(count, noun))
    .join(', ');
}
const busiest = [...itemCounts].sort((a, b) => b[1] - a[1]);
/** A place with one event and a numbered name ("Mozyr main avenue 3"), far below the busiest forty. */
const quiet = placeById.get(
  busiest.find(
    ([id, count]) =>
      count === 1 && /\d$/.test(placeById.get(id)!.name) && dataset.events.some((event) => event.placeId === id),
  )![0],
)!;
/** Part of each word of a name, as a reader types it: "Mozy main aven 3". */
const partOf = (name: string) =>
  name
    .split(' ')
    .map((word) => word.slice(0, 4))
    .join(' ');

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** Axe on the page, or on the part of it given. */
async function expectNoViolations(page: Page, include?: string) {
  const axe = axeScan(page).withTags(tags);
  const { violations } = await (include ? axe.include(include) : axe).analyze();
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map' });
const mapWidget = (page: Page) => mapRegion(page).getByRole('group', { name: 'Map of places named in the articles' });
const placeSearch = (page: Page) => mapRegion(page).getByRole('searchbox', { name: 'Find a place' });
const onMapList = (page: Page) => mapRegion(page).getByRole('list', { name: 'Places on the map' });
const popup = (page: Page) => mapWidget(page).locator('.leaflet-popup');
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /^Showing/ });

/** Opens the dashboard and scrolls to the map, which loads once it is needed, and waits for its circles. */
async function openMap(page: Page) {
  await openDashboard(page);
  await mapRegion(page).scrollIntoViewIfNeeded();
  await expect(mapWidget(page).locator('canvas')).toHaveCount(1, { timeout: 30_000 });
}

test.beforeEach(async ({ page }) => {
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
});

test('the place list shows the 40 busiest, finds a quiet place by part of its name, and Enter opens it', async ({
  page,
}) => {
  await openMap(page);
  const list = onMapList(page);
  await expect(list.getByRole('button')).toHaveCount(40);
  const [top] = busiest[0]!;
  await expect(list.getByRole('button').first()).toHaveAccessibleName(`${placeById.get(top)!.name} ${countsText(top)}`);
  await expect(mapRegion(page).getByText(`The 40 busiest of ${itemCounts.size} places`)).toBeVisible();
  const quietButton = list.getByRole('button', { name: new RegExp(`^${quiet.name} 1 event$`) });
  await expect(quietButton).toHaveCount(0);
  const before = await summary(page).textContent();

  // Keyboard only from the search on: type part of the name, Tab to the place, Enter.
  await placeSearch(page).focus();
  await page.keyboard.type(partOf(quiet.name));
  await expect(mapRegion(page).getByText('1 matching place.')).toBeVisible();
  await expect(list.getByRole('button')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(quietButton).toBeFocused();
  await page.keyboard.press('Enter');

  // What a marker click does: the place is selected, its details open and take focus, and every view follows.
  await expect.poll(() => currentSearch(page).get('place')).toBe(quiet.id);
  await expect(quietButton).toHaveAttribute('aria-pressed', 'true');
  await expect(popup(page).getByRole('heading', { name: quiet.name })).toBeFocused();
  await expect(popup(page).getByRole('listitem')).toHaveCount(1);
  await expect(summary(page)).not.toHaveText(before!);
  await expect(summary(page)).toContainText(`1 of ${dataset.events.length.toLocaleString('en')} events`);
  // The rest of the page was scanned at rest; the details open in the map, once Leaflet has faded them in (0.2 s):
  // scanned before then, their text has less contrast than it ends with.
  await expect(popup(page)).toHaveCSS('opacity', '1');
  await expectNoViolations(page, '#map');
});

/**
 * A point well inside some circle on the dots' canvas over Belarus, in page coordinates: a painted pixel whose
 * neighbours are all painted. The page cannot project a place to the screen (Leaflet's map is not reachable
 * from it), so the test finds a circle by its pixels and lets the tooltip say which place it is.
 */
async function pointOnACircle(page: Page): Promise<{ x: number; y: number }> {
  return mapWidget(page).evaluate((container) => {
    const canvas = container.querySelector<HTMLCanvasElement>('canvas')!;
    const box = canvas.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const painted = (x: number, y: number) => (pixels[(y * canvas.width + x) * 4 + 3] ?? 0) > 100;
    // Over Belarus's land (the middle of its outline), inside the window and clear of the map's controls.
    const map = container.getBoundingClientRect();
    const land = container.querySelector('.basemap-country--emphasised')!.getBoundingClientRect();
    const left = Math.max(map.left + 60, land.left + land.width / 4, 0);
    const top = Math.max(map.top + 60, land.top + land.height / 4, 0);
    const right = Math.min(map.right - 60, land.right - land.width / 4, window.innerWidth);
    const bottom = Math.min(map.bottom - 60, land.bottom - land.height / 4, window.innerHeight);
    const reach = 3;
    for (let pageY = top; pageY < bottom; pageY += 2)
      for (let pageX = left; pageX < right; pageX += 2) {
        const x = Math.round((pageX - box.left) * scale);
        const y = Math.round((pageY - box.top) * scale);
        let inside = true;
        for (let dy = -reach; dy <= reach && inside; dy += 1)
          for (let dx = -reach; dx <= reach && inside; dx += 1) inside = painted(x + dx, y + dy);
        if (inside) return { x: pageX, y: pageY };
      }
    throw new Error('no circle drawn in the visible part of the map');
  });
}

test('2,000 places are circles on one canvas, grouped where they crowd, and a click zooms in to one and opens it', async ({
  page,
}) => {
  await openMap(page);
  const map = mapWidget(page);
  await expect(page.locator(`#${await map.getAttribute('aria-describedby')}`)).toContainText(
    `${itemCounts.size} places on the map, each circle sized`,
  );
  // No DOM marker per place: the only markers left name the basemap's countries.
  await expect(map.locator('.leaflet-marker-icon.basemap-label').first()).toBeAttached();
  await expect(map.locator('.leaflet-marker-icon:not(.basemap-label)')).toHaveCount(0);
  await expectNoViolations(page);

  await map.scrollIntoViewIfNeeded();
  const point = await pointOnACircle(page);
  // The circle is seen, not only clickable: hiding the canvas changes what is on screen there.
  const canvas = map.locator('canvas');
  const spot = { x: point.x - 2, y: point.y - 2, width: 5, height: 5 };
  const shown = await page.screenshot({ clip: spot });
  await canvas.evaluate((element) => (element.style.visibility = 'hidden'));
  const hidden = await page.screenshot({ clip: spot });
  await canvas.evaluate((element) => (element.style.visibility = ''));
  expect(shown.equals(hidden), 'the circle is drawn above the outlines').toBe(false);

  // Over Belarus at the first zoom, 2,000 towns crowd: a circle there stands for several, and says how many.
  const tooltip = map.locator('.leaflet-tooltip');
  await page.mouse.move(point.x, point.y);
  await expect(tooltip).toHaveText(/^\d+ places in this area: [\d,]+ events?.*\. Click to zoom in\.$/);
  const grouped = Number((await tooltip.textContent())!.split(' ')[0]);
  expect(grouped).toBeGreaterThan(1);
  expect(grouped).toBeLessThan(itemCounts.size);

  // Each click on a group zooms in, until a circle under the pointer is one place.
  const landWidth = () =>
    map.locator('.basemap-country--emphasised').evaluate((land) => land.getBoundingClientRect().width);
  let target = point;
  for (let click = 0; click < 6 && /in this area/.test((await tooltip.textContent()) ?? ''); click += 1) {
    const before = await landWidth();
    await page.mouse.click(target.x, target.y);
    await expect.poll(landWidth, { message: 'a click on a group zooms the map in' }).toBeGreaterThan(before * 1.5);
    await page.mouse.move(0, 0);
    target = await pointOnACircle(page);
    await page.mouse.move(target.x, target.y);
    await expect(tooltip).toBeVisible();
  }
  const name = (await tooltip.textContent())!.split(': ')[0]!;
  const place = dataset.places.find((candidate) => candidate.name === name);
  expect(place, `the tooltip names a place: "${name}"`).toBeDefined();

  await page.mouse.click(target.x, target.y);
  await expect.poll(() => currentSearch(page).get('place')).toBe(place!.id);
  await expect(popup(page).getByRole('heading', { name, exact: true })).toBeFocused();
  await expect(popup(page).getByRole('listitem')).toHaveCount(itemCounts.get(place!.id)!);
});

test('the map of 2,000 places downloads as a PNG of its view', async ({ page }) => {
  await openMap(page);
  const box = (await mapWidget(page).boundingBox())!;
  const started = page.waitForEvent('download');
  await mapRegion(page).getByRole('button', { name: 'Download the map as PNG' }).click();
  const file = await started;
  expect(file.suggestedFilename()).toBe('belarus-2020-map.png');
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 8).toString('hex'), 'the PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.readUInt32BE(16), "twice the map's width").toBe(Math.round(box.width * 2));
});

test('the place picker narrows 2,000 places as the reader types, draws only the rows in view, and passes axe', async ({
  page,
}) => {
  await openDashboard(page);
  const picker = placePicker(page);
  const options = page.getByRole('listbox', { name: 'Place', exact: true }).getByRole('option');
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  // Every place and "All places" are in the list; only the rows in view are in the page.
  await expect(options.first()).toHaveAttribute('aria-setsize', String(dataset.places.length + 1));
  expect(await options.count()).toBeLessThan(60);
  const { violations } = await axeScan(page).include('[role="search"]').withTags(tags).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  // The start of two words narrows the list to one town's numbered sites ("Gomel tractor works", "… 2", …).
  const [town, kind] = quiet.name.split(' ');
  await page.keyboard.type(`${town!.slice(0, 4)} ${kind!.slice(0, 4)}`);
  const sameKind = (name: string) => name.startsWith(`${town} ${kind}`);
  const expected = dataset.places.filter((place) => sameKind(place.name)).length;
  expect(expected).toBeGreaterThan(1);
  await expect(options).toHaveCount(expected);
  expect((await options.allTextContents()).filter((name) => !sameKind(name))).toEqual([]);

  // Arrow keys move to the quiet place, Enter picks it and closes the list.
  const option = options.filter({ hasText: new RegExp(`^${quiet.name}$`) });
  for (
    let step = 0;
    step < expected && (await picker.getAttribute('aria-activedescendant')) !== (await option.getAttribute('id'));
    step += 1
  )
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => currentSearch(page).get('place')).toBe(quiet.id);
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(picker).toHaveValue(quiet.name);

  // Escape closes a list opened again, and leaves the choice as it was.
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveAttribute('aria-expanded', 'false');
  await expect(picker).toBeFocused();
  await expect(picker).toHaveValue(quiet.name);
});

test('on a phone the place list finds a quiet place and Enter opens it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openMap(page);
  // The list scrolls in a box of fixed height: beside the search and its status, the busiest places still show.
  const listBox = (await mapRegion(page).locator('.place-list').boundingBox())!;
  const second = (await onMapList(page).getByRole('button').nth(1).boundingBox())!;
  expect(second.y + second.height, 'the second busiest place, in the list without scrolling it').toBeLessThanOrEqual(
    listBox.y + listBox.height,
  );
  await placeSearch(page).fill(partOf(quiet.name));
  const button = onMapList(page).getByRole('button', { name: new RegExp(`^${quiet.name} 1 event$`) });
  await expect(onMapList(page).getByRole('button')).toHaveCount(1);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => currentSearch(page).get('place')).toBe(quiet.id);
  await expect(popup(page).getByRole('heading', { name: quiet.name })).toBeFocused();
  // The list sits under the map, and the filter change shortens the timeline above it: the details stay on screen.
  await expect(popup(page)).toBeInViewport();
});
