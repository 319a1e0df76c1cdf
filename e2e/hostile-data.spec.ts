import type { Dataset, Evidence } from '../src/data/schema';
import { expect, openDashboard, test } from './fixtures/dashboard';
import { readDataset } from './fixtures/dataset';

const HOSTILE =
  '<script>window.__pwned = "script"</script> <img src=x onerror="window.__pwned = \'img\'"> ' +
  '<a href="javascript:window.__pwned=\'link\'">click</a> ';

/** The real dataset with markup planted in an article, an actor and a quote, offsets kept valid. */
function hostileDataset(): { dataset: Dataset; sourceId: string; quoteId: string } {
  const dataset = structuredClone(readDataset());
  const quote = dataset.quotes.find((item) => item.evidence.length === 1 && item.date !== null);
  const source = dataset.sources.find((item) => item.id === quote?.evidence[0]?.sourceId);
  const actor = dataset.actors.find((item) => item.id === quote?.actorId);
  if (!quote || !source || !actor) throw new Error('the dataset has a dated quote with one piece of evidence');
  source.text = HOSTILE + source.text;
  source.excerpts = [{ start: 0, end: source.text.length }];
  source.outlet = HOSTILE;
  actor.name = `${actor.name} ${HOSTILE}`;
  actor.description = HOSTILE;
  quote.text = HOSTILE + quote.text;
  const shift = (evidence: Evidence) => {
    if (evidence.sourceId !== source.id) return;
    evidence.start += HOSTILE.length;
    evidence.end += HOSTILE.length;
  };
  for (const item of [...dataset.quotes, ...dataset.figures, ...dataset.events]) item.evidence.forEach(shift);
  for (const item of [...dataset.figures, ...dataset.events]) if (item.attribution) shift(item.attribution.evidence);
  for (const item of dataset.quotes) if (item.via) shift(item.via.evidence);
  return { dataset, sourceId: source.id, quoteId: quote.id };
}

test('markup in the data is shown as text and never runs', async ({ page }) => {
  const { dataset, quoteId } = hostileDataset();
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await openDashboard(page, `?quote=${quoteId}`);
  const viewer = page.getByRole('dialog');
  await expect(viewer.getByText('<script>window.__pwned = "script"</script>', { exact: false }).first()).toBeVisible();

  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], a[href^="javascript:"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  // Following every link the data produced runs nothing either.
  for (const link of await page.locator('a[href]').all()) {
    expect(await link.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
  }
  expect(dialogs).toEqual([]);
});

test('markup in a place’s name and its items stays text in the map’s markers and popups', async ({ page }) => {
  // Leaflet sets a popup's string content, and a marker icon's `html`, with innerHTML (CVE-2025-69993 is about the
  // first). Here popups hold React content that react-leaflet renders into them, and icons escape every name.
  const dataset = structuredClone(readDataset());
  const place = dataset.places.find((item) => item.id === 'lithuania');
  if (!place) throw new Error('the dataset names Lithuania');
  place.name = `${HOSTILE}${place.name}`;
  for (const event of dataset.events) if (event.placeId === place.id) event.title = HOSTILE + event.title;
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));

  await openDashboard(page);
  const map = page.getByRole('region', { name: 'Map' });
  const marker = map.getByRole('button', { name: /^<script>window\.__pwned.*: / });
  await expect(marker.locator('.place-marker__name')).toContainText('<script>window.__pwned');
  await marker.click();
  const popup = map.locator('.leaflet-popup');
  await expect(popup.getByRole('heading', { name: /^<script>window\.__pwned/ })).toBeVisible();
  await expect(popup.getByText('<img src=x onerror=', { exact: false }).first()).toBeVisible();

  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], a[href^="javascript:"], script:not([src])').count()).toBe(0);
});
