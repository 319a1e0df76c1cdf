import type { Locator, Page } from '@playwright/test';
import { currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor } from './fixtures/dataset';
import { actorPicker, pickerOption } from './fixtures/pickers';

const focused = (page: Page) => page.locator(':focus');

/**
 * Presses Tab (or Shift+Tab) until focus is on one of `targets`, as a keyboard user would, and fails if it
 * never gets there: that is a control the keyboard cannot reach.
 */
async function tabTo(page: Page, targets: Locator, { backwards = false, limit = 400 } = {}) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await targets.evaluateAll((elements) => elements.some((element) => element === document.activeElement))) {
      // How far each stop is, in key presses, shows in the report: a jump in it means a longer walk for readers.
      test.info().annotations.push({ type: 'presses', description: `${presses} to ${targets.toString()}` });
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${targets.toString()}`);
}

/** Whether the focused element, or a part of it (a map marker rings its dot), draws a focus indicator. */
async function expectVisibleFocus(page: Page, stop: string) {
  const ring = await page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return null;
    for (const element of [active, ...active.querySelectorAll('*')]) {
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      if (outline) return `outline ${style.outlineWidth} ${style.outlineStyle}`;
      if (style.boxShadow !== 'none') return `box-shadow ${style.boxShadow}`;
    }
    return null;
  });
  expect(ring, `${stop} shows where focus is`).not.toBeNull();
}

test('the whole dashboard walk works from the keyboard alone, with focus always visible', async ({ page }) => {
  const actor = busiestActor();
  await openDashboard(page);

  // Actor filter: Tab to it, type to open the list on the matches, Enter ticks the actor, Escape closes it.
  const actorField = actorPicker(page);
  await tabTo(page, actorField);
  await expectVisibleFocus(page, 'the Actor filter');
  await page.keyboard.type(actor.name);
  await expect(actorField).toHaveAttribute('aria-expanded', 'true');
  const option = pickerOption(page, 'Actor', actor.name);
  await expect(actorField).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => currentSearch(page).get('actor')).toBe(actor.id);
  await page.keyboard.press('Escape');
  await expect(actorField).toHaveAttribute('aria-expanded', 'false');
  await expect(actorField).toBeFocused();
  await expect(actorField).toHaveValue(actor.name);

  // Source viewer: Tab to a quote's Source link; Enter opens the article with the evidence marked and focused.
  const actors = page.getByRole('region', { name: 'Actors' });
  const sourceLink = actors.getByRole('link', { name: /^Source/ }).first();
  await tabTo(page, sourceLink);
  await expectVisibleFocus(page, 'a quote’s Source link');
  await page.keyboard.press('Enter');
  const viewer = page.getByRole('dialog');
  await expect(viewer).toBeVisible();
  const evidence = viewer.locator('mark');
  await expect(evidence).toBeFocused();
  await expect(evidence).toBeInViewport();
  await expectVisibleFocus(page, 'the highlighted evidence');
  // Escape closes it and returns focus to the link that opened it.
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(sourceLink).toBeFocused();

  // Map: the map comes before the actors, so Shift+Tab back to a marker; Enter opens what happened there.
  const map = page.getByRole('region', { name: 'Map' });
  const markers = map.locator('.leaflet-marker-pane').getByRole('button');
  await tabTo(page, markers, { backwards: true });
  await expectVisibleFocus(page, 'a map marker');
  const markerName = (await focused(page).getAttribute('aria-label')) ?? (await focused(page).getAttribute('title'));
  await page.keyboard.press('Enter');
  const popup = map.locator('.leaflet-popup');
  await expect(popup).toBeVisible();
  await expect(popup.getByRole('heading')).toBeFocused();
  await expect.poll(() => currentSearch(page).get('place')).not.toBeNull();
  expect(markerName).toContain(await popup.getByRole('heading').innerText());
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();

  // Chart: Tab on to "Show as table"; Enter shows the table.
  const chart = page.getByRole('region', { name: 'Detentions over time' });
  const tableToggle = chart.getByRole('button', { name: 'Show as table' });
  await tabTo(page, tableToggle);
  await expectVisibleFocus(page, 'the chart’s Show as table toggle');
  await page.keyboard.press('Enter');
  await expect(tableToggle).toHaveAttribute('aria-pressed', 'true');
  await expect(chart.getByRole('table')).toBeVisible();
  await expect(tableToggle).toBeFocused();
});
