import type { Page } from '@playwright/test';
import { chooseActor, currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor } from './fixtures/dataset';

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map' });
const chartRegion = (page: Page) => page.getByRole('region', { name: 'Detentions over time' });
const actorsRegion = (page: Page) => page.getByRole('region', { name: 'Actors' });
const viewFailed = /could not be shown/;

/** Makes a lazily loaded view's script fail to arrive, as on a flaky connection or after a deploy. */
async function failChunk(page: Page, chunk: 'detentions-chart' | 'places-map') {
  await page.route(`**/assets/${chunk}-*.js`, (route) => route.abort());
}

async function expectActorFilterWorks(page: Page) {
  const actor = busiestActor();
  await chooseActor(page, actor.name);
  await expect.poll(() => currentSearch(page).get('actor')).toBe(actor.id);
  await expect(actorsRegion(page).getByRole('checkbox', { name: actor.name, exact: true })).toBeChecked();
  await expect(actorsRegion(page).getByRole('alert')).toHaveCount(0);
}

test('a chart that fails to load says so in its own region while the map and the actor filter work', async ({
  page,
}) => {
  await failChunk(page, 'detentions-chart');
  await openDashboard(page);
  // Views below the fold load when scrolled to, as a reader would.
  await chartRegion(page).scrollIntoViewIfNeeded();
  await expect(chartRegion(page).getByRole('alert')).toContainText(viewFailed);
  await expect(chartRegion(page).getByRole('heading', { name: 'Detentions over time' })).toBeVisible();

  await mapRegion(page)
    .getByRole('button', { name: /^Minsk: / })
    .click();
  await expect.poll(() => currentSearch(page).get('place')).toBe('minsk');
  await expect(mapRegion(page).locator('.leaflet-popup').getByRole('heading', { name: 'Minsk' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expectActorFilterWorks(page);
});

test('a map that fails to load says so in its own region while the chart and the actor filter work', async ({
  page,
}) => {
  await failChunk(page, 'places-map');
  await openDashboard(page);
  await mapRegion(page).scrollIntoViewIfNeeded();
  await expect(mapRegion(page).getByRole('alert')).toContainText(viewFailed);

  await chartRegion(page).scrollIntoViewIfNeeded();
  await chartRegion(page).getByRole('button', { name: 'Show as table' }).click();
  await expect(chartRegion(page).getByRole('table')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(1);
  await expectActorFilterWorks(page);
});

test('in an embed of every view, a chart that fails to load names itself and leaves the map and actors working', async ({
  page,
}) => {
  await failChunk(page, 'detentions-chart');
  await page.goto('./embed/?view=all');
  const chart = page.getByRole('region', { name: 'Detentions over time' });
  await expect(chart.getByRole('alert')).toHaveText(
    'The Detentions over time view could not be shown. The rest of the page still works; reloading may bring it back.',
  );
  const map = page.getByRole('region', { name: 'Where it happened' });
  await map.getByRole('button', { name: /^Minsk: / }).click();
  await expect(map.locator('.leaflet-popup').getByRole('heading', { name: 'Minsk' })).toBeVisible();
  const actors = page.getByRole('region', { name: 'Who said what' });
  const firstActor = actors.getByRole('checkbox').first();
  await firstActor.check();
  await expect(firstActor).toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(1);
});
