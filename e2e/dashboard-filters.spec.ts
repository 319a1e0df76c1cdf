import type { Page } from '@playwright/test';
import { countPhrase, currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor, expectedCounts, middleDates } from './fixtures/dataset';
import { actorPicker, pickActor, pickerOption, pickPlace, placePicker } from './fixtures/pickers';

const summary = (page: Page) => page.getByText(/^Showing/);

async function expectCounts(page: Page, filters: Parameters<typeof expectedCounts>[0]) {
  const counts = expectedCounts(filters);
  await expect(summary(page)).toContainText(countPhrase(counts.quotes, counts.totals.quotes, 'quote'));
  await expect(summary(page)).toContainText(countPhrase(counts.events, counts.totals.events, 'event'));
  await expect(summary(page)).toContainText(countPhrase(counts.figures, counts.totals.figures, 'figure'));
}

test('the actor filter narrows quotes and events, leaves figures, and is written to the URL', async ({ page }) => {
  const actor = busiestActor();
  await openDashboard(page);
  await pickActor(page, actor.name);

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
  await pickPlace(page, 'Belarus');
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

  await expect(actorPicker(page)).toHaveValue(actor.name);
  await expect(placePicker(page)).toHaveValue('Minsk');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(to);
  await expectCounts(page, { actorIds: [actor.id], placeId: 'minsk', from, to });

  await pickPlace(page, 'All places');
  await expect.poll(() => currentSearch(page).has('place')).toBe(false);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => page.url()).toMatch(/\?utm_source=share$/);
  await expectCounts(page, {});

  await page.goBack();
  await expect(placePicker(page)).toHaveValue('All places');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
  await expectCounts(page, { actorIds: [actor.id], from, to });

  await page.goBack();
  await expect(placePicker(page)).toHaveValue('Minsk');
  await expectCounts(page, { actorIds: [actor.id], placeId: 'minsk', from, to });

  await page.goForward();
  await page.goForward();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
  await expect(actorPicker(page)).toHaveValue('All actors');
  expect(currentSearch(page).get('utm_source')).toBe('share');
});

test('the filters work from the keyboard alone, in the combobox pattern', async ({ page }) => {
  const actor = busiestActor();
  await openDashboard(page);

  // Actor: type part of the name, the list opens on the matches; Enter ticks the first and the list stays open.
  const actors = actorPicker(page);
  await actors.focus();
  await expect(actors).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.type(actor.name.split(' ')[0]!);
  await expect(actors).toHaveAttribute('aria-expanded', 'true');
  const option = pickerOption(page, 'Actor', actor.name);
  // Arrow down until the actor is the active option, as a keyboard user would.
  for (
    let step = 0;
    step < 20 && (await actors.getAttribute('aria-activedescendant')) !== (await option.getAttribute('id'));
    step += 1
  )
    await page.keyboard.press('ArrowDown');
  await expect(actors).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect.poll(() => currentSearch(page).get('actor')).toBe(actor.id);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(actors).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(actors).toHaveAttribute('aria-expanded', 'false');
  await expect(actors).toBeFocused();
  await expect(actors).toHaveValue(actor.name);

  // Place: Tab to it, ArrowDown opens the list at the selection, ArrowDown moves, Enter picks and closes.
  await page.keyboard.press('Tab');
  const places = placePicker(page);
  await expect(places).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(places).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => currentSearch(page).get('place')).not.toBeNull();
  await expect(places).toHaveAttribute('aria-expanded', 'false');
  await expect(places).toBeFocused();

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
