import type { Page } from '@playwright/test';
import { countPhrase, currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor, expectedCounts, middleDates } from './fixtures/dataset';

const summary = (page: Page) => page.getByText(/^Showing/);
const actorGroup = (page: Page) => page.getByRole('group', { name: 'Actor', exact: true });

async function expectCounts(page: Page, filters: Parameters<typeof expectedCounts>[0]) {
  const counts = expectedCounts(filters);
  await expect(summary(page)).toContainText(countPhrase(counts.quotes, counts.totals.quotes, 'quote'));
  await expect(summary(page)).toContainText(countPhrase(counts.events, counts.totals.events, 'event'));
  await expect(summary(page)).toContainText(countPhrase(counts.figures, counts.totals.figures, 'figure'));
}

test('the actor filter narrows quotes and events, leaves figures, and is written to the URL', async ({ page }) => {
  const actor = busiestActor();
  await openDashboard(page);
  await page.getByRole('button', { name: /^Actor/ }).click();
  await actorGroup(page).getByRole('checkbox', { name: actor.name, exact: true }).check();

  await expect.poll(() => currentSearch(page).get('actor')).toBe(actor.id);
  await expectCounts(page, { actorIds: [actor.id] });
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toContainText(
    'Figures are not attributed to actors',
  );
  // The Actors region follows the same state.
  await expect(
    page.getByRole('region', { name: 'Actors' }).getByRole('checkbox', { name: actor.name, exact: true }),
  ).toBeChecked();
});

test('the place filter includes the places inside the chosen one', async ({ page }) => {
  await openDashboard(page);
  await page.getByLabel('Place', { exact: true }).selectOption('belarus');
  await expect.poll(() => currentSearch(page).get('place')).toBe('belarus');
  await expectCounts(page, { placeId: 'belarus' });
});

test('From and To are inclusive, and keep undated items by the day they were reported, counted', async ({ page }) => {
  const { from, to } = middleDates();
  await openDashboard(page);
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
  await expect.poll(() => [currentSearch(page).get('from'), currentSearch(page).get('to')]).toEqual([from, to]);
  await expectCounts(page, { from, to });
  const { undatedIncluded } = expectedCounts({ from, to });
  expect(undatedIncluded).toBeGreaterThan(0);
  await expect(
    page.getByText(new RegExp(`^${undatedIncluded} items? without a date of (its|their) own (is|are) included`)),
  ).toBeVisible();
});

test('a shared link restores every filter, and Back and Forward move through the changes', async ({ page }) => {
  const actor = busiestActor();
  const { from, to } = middleDates();
  await openDashboard(page, `?actor=${actor.id}&place=minsk&from=${from}&to=${to}&utm_source=share`);

  await expect(page.getByRole('button', { name: /^Actor/ })).toHaveText(actor.name);
  await expect(page.getByLabel('Place', { exact: true })).toHaveValue('minsk');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(to);
  await expectCounts(page, { actorIds: [actor.id], placeId: 'minsk', from, to });

  await page.getByLabel('Place', { exact: true }).selectOption('');
  await expect.poll(() => currentSearch(page).has('place')).toBe(false);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => page.url()).toMatch(/\?utm_source=share$/);
  await expectCounts(page, {});

  await page.goBack();
  await expect(page.getByLabel('Place', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await expectCounts(page, { actorIds: [actor.id], from, to });

  await page.goBack();
  await expect(page.getByLabel('Place', { exact: true })).toHaveValue('minsk');
  await expectCounts(page, { actorIds: [actor.id], placeId: 'minsk', from, to });

  await page.goForward();
  await page.goForward();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  await expect(page.getByRole('button', { name: /^Actor/ })).toHaveText('All actors');
  expect(currentSearch(page).get('utm_source')).toBe('share');
});

test('the filters work from the keyboard alone', async ({ page }) => {
  const actor = busiestActor();
  await openDashboard(page);

  const actorButton = page.getByRole('button', { name: /^Actor/ });
  await actorButton.focus();
  await page.keyboard.press('Enter');
  const checkbox = actorGroup(page).getByRole('checkbox', { name: actor.name, exact: true });
  // Tab through the list until the actor's checkbox has focus, as a keyboard user would.
  for (
    let step = 0;
    step < 80 && !(await checkbox.evaluate((element) => element === document.activeElement));
    step += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(checkbox).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => currentSearch(page).get('actor')).toBe(actor.id);
  await page.keyboard.press('Escape');
  await expect(actorGroup(page)).toBeHidden();
  await expect(actorButton).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Place', { exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => currentSearch(page).get('place')).not.toBeNull();

  await page.keyboard.press('Tab');
  await expect(page.getByLabel('From', { exact: true })).toBeFocused();
  // Tab on to Clear filters (past the date fields' own parts) and press it.
  const clear = page.getByRole('button', { name: 'Clear filters' });
  for (let step = 0; step < 12 && !(await clear.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url()).not.toContain('?');
  await expectCounts(page, {});
});
