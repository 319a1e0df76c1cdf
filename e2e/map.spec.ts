import type { Page } from '@playwright/test';
import { currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { placeAndDescendants, readDataset } from './fixtures/dataset';

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map' });
const mapWidget = (page: Page) => mapRegion(page).getByRole('group', { name: 'Map of places named in the articles' });
const viewer = (page: Page) => page.getByRole('dialog');

/** Aborts every request that leaves the page's origin and returns the list of those it had to abort. */
async function blockOtherOrigins(page: Page, origin: string): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else {
      blocked.push(url);
      await route.abort();
    }
  });
  return blocked;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** What a marker for a place (with its sites rolled in) is named, computed from the raw data. */
function expectedCounts(placeId: string) {
  const { events, quotes, figures } = readDataset();
  const ids = placeAndDescendants(placeId);
  const at = (id: string | null) => id !== null && ids.has(id);
  const counts = {
    events: events.filter((event) => at(event.placeId)).length,
    quotes: quotes.filter((quote) => at(quote.placeId)).length,
    figures: figures.filter((figure) => at(figure.placeId)).length,
  };
  const text = [
    counts.events > 0 ? plural(counts.events, 'event') : null,
    counts.quotes > 0 ? plural(counts.quotes, 'quote') : null,
    counts.figures > 0 ? plural(counts.figures, 'figure') : null,
  ]
    .filter(Boolean)
    .join(', ');
  return { ...counts, total: counts.events + counts.quotes + counts.figures, text };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('draws markers for Minsk, Zhodino and Lithuania with nothing loaded from outside the page’s origin', async ({
  page,
  baseURL,
}) => {
  const blocked = await blockOtherOrigins(page, new URL(baseURL!).origin);
  await openDashboard(page);
  const map = mapWidget(page);
  for (const placeId of ['minsk', 'zhodino', 'lithuania']) {
    const place = readDataset().places.find((candidate) => candidate.id === placeId)!;
    const counts = expectedCounts(placeId);
    expect(counts.total, `${place.name} has something to show`).toBeGreaterThan(0);
    // A city whose items all happened at one of its sites is named after the site too ("Belaz, Zhodino").
    const marker = map.getByRole('button', {
      name: new RegExp(`(^|, )${escape(place.name)}: ${escape(counts.text)}$`),
    });
    await expect(marker).toBeVisible();
    await expect(marker).toHaveAttribute('tabindex', '0');
  }
  // The outlines are the bundled basemap, drawn as SVG paths.
  await expect(map.locator('path.basemap-country').first()).toBeAttached();
  await expect(map.getByText('Latvia', { exact: true })).toBeVisible();
  expect(blocked).toEqual([]);
});

test('lists every place with activity under the map, with the same counts', async ({ page }) => {
  await openDashboard(page);
  const { places, events, quotes, figures } = readDataset();
  const byId = new Map(places.map((place) => [place.id, place]));
  // Sites are counted in their city at the zoom the map opens with.
  const cityOf = (placeId: string) => {
    let place = byId.get(placeId);
    while (place?.kind === 'site' && place.parentId !== null) place = byId.get(place.parentId);
    return place?.id;
  };
  const listed = new Set(
    [...events, ...quotes, ...figures].flatMap((item) => (item.placeId ? [cityOf(item.placeId)] : [])),
  );
  const list = mapRegion(page).locator('.place-list').getByRole('button');
  await expect(list).toHaveCount(listed.size);
  const minsk = expectedCounts('minsk');
  await expect(mapRegion(page).getByRole('button', { name: `Minsk ${minsk.text}` })).toBeVisible();
});

test('a marker is reached with the keyboard, and Enter selects its place and opens what happened there', async ({
  page,
}) => {
  await openDashboard(page);
  const map = mapWidget(page);
  // Tab from the map itself lands on a marker (the busiest place comes first).
  // The markers come once the basemap has loaded, after the view itself: a Tab before then reaches the zoom buttons.
  await expect(map.locator('.place-marker').first()).toBeAttached();
  await map.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveClass(/place-marker/);

  const minsk = expectedCounts('minsk');
  const marker = map.getByRole('button', { name: `Minsk: ${minsk.text}` });
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => currentSearch(page).get('place')).toBe('minsk');

  const popup = map.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: 'Minsk' })).toBeFocused();
  // Selecting Minsk keeps everything that happened there, so the popup still lists every item.
  await expect(popup.getByRole('listitem')).toHaveCount(minsk.total);

  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await expect(marker).toBeFocused();
  // Space opens it too, as it would a button.
  await page.keyboard.press('Space');
  await expect(popup.getByRole('heading', { name: 'Minsk' })).toBeFocused();
});

test('each item in a marker’s popup opens its source at the reported words', async ({ page }) => {
  // The map then brings the popup into view at once: a click aimed while it glides can land beside the button (the
  // glide has a test of its own, below).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDashboard(page);
  const map = mapWidget(page);
  const lithuania = expectedCounts('lithuania');
  await map.getByRole('button', { name: new RegExp(`^Lithuania: ${escape(lithuania.text)}$`) }).click();
  const popup = map.locator('.leaflet-popup');
  const sources = popup.getByRole('button', { name: /^Source: / });
  await expect(sources).toHaveCount(lithuania.total);
  // Opening the popup selects the place, which adds "Show all places" and pans the taller popup into view: a click
  // before then can land where a source button was a moment earlier.
  await expect(popup.getByRole('button', { name: 'Show all places' })).toBeVisible();

  const { events, quotes, figures } = readDataset();
  const ids = placeAndDescendants('lithuania');
  const exacts = [...events, ...quotes, ...figures]
    .filter((item) => item.placeId && ids.has(item.placeId))
    .map((item) => item.evidence[0]!.exact);
  await sources.first().click();
  await expect(viewer(page)).toBeVisible();
  const marked = await viewer(page).locator('mark').first().textContent();
  expect(exacts).toContain(marked);
  expect(currentSearch(page).get('source')).toBeTruthy();
});

test('the place list finds a place by search, and Enter on it opens what its marker opens', async ({ page }) => {
  await openDashboard(page);
  const zhodino = readDataset().places.find((place) => place.id === 'zhodino')!;
  const counts = expectedCounts('zhodino');
  const list = mapRegion(page).locator('.place-list');
  await list.getByRole('searchbox', { name: 'Find a place' }).fill(zhodino.name.slice(0, 4).toLowerCase());
  const button = list.getByRole('button', { name: new RegExp(`${escape(zhodino.name)} ${escape(counts.text)}$`) });
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(list.getByRole('status')).toHaveText('1 matching place.');

  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => currentSearch(page).get('place')).toBe('zhodino');
  const popup = mapWidget(page).locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: new RegExp(escape(zhodino.name)) })).toBeFocused();
  await expect(popup.getByRole('listitem')).toHaveCount(counts.total);
  await expect(popup.getByRole('button', { name: /^Source/ }).first()).toBeVisible();

  await list.getByRole('searchbox', { name: 'Find a place' }).fill('atlantis');
  await expect(list.getByRole('status')).toHaveText('No place matches.');
  await expect(list.getByRole('button')).toHaveCount(0);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a popup brings itself into view without the map gliding', async ({ page }) => {
    await openDashboard(page);
    const map = mapWidget(page);
    const lithuania = expectedCounts('lithuania');
    const marker = map.getByRole('button', { name: new RegExp(`^Lithuania: ${escape(lithuania.text)}$`) });
    await marker.scrollIntoViewIfNeeded();
    const pane = map.locator('.leaflet-map-pane');
    const before = await pane.evaluate((element) => element.style.transform);
    // Leaflet marks its pane while a pan animates.
    await pane.evaluate((element) => {
      const seen = { animated: false };
      Object.assign(window, { panAnimation: seen });
      new MutationObserver(() => {
        if (element.classList.contains('leaflet-pan-anim')) seen.animated = true;
      }).observe(element, { attributes: true, attributeFilter: ['class'] });
    });
    await marker.click();
    await expect(map.locator('.leaflet-popup').getByRole('button', { name: 'Show all places' })).toBeVisible();
    // The popup did need the map to move, or this would prove nothing.
    await expect.poll(() => pane.evaluate((element) => element.style.transform)).not.toBe(before);
    expect(
      await page.evaluate(() => (window as unknown as { panAnimation: { animated: boolean } }).panAnimation),
    ).toEqual({ animated: false });
  });
});
