import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import type { Actor, Dataset } from '../src/data/schema';
import { loadBaseTexts, synthesizeDataset } from '../scripts/perf/synth-dataset';
import { expect, openDashboard, test } from './fixtures/dashboard';
import { axeScan } from './fixtures/axe';

// Hundreds of actors a side, as a year of coverage names: the panel draws only the cards on screen.
const dataset: Dataset = synthesizeDataset(
  { events: 1500, actors: 500, seed: 2020 },
  loadBaseTexts(join(import.meta.dirname, '../data/sources')),
);
const sideTitles: Record<Actor['side'], string> = {
  authorities: 'Belarusian authorities',
  opposition: 'Opposition',
  foreign: 'Foreign governments and institutions',
  other: 'Others',
};
const quoteCount = (actor: Actor) => dataset.quotes.filter((quote) => quote.actorId === actor.id).length;
const onSide = (side: Actor['side']) => dataset.actors.filter((actor) => actor.side === side);
// The side with the most actors.
const side = (Object.keys(sideTitles) as Actor['side'][]).sort((a, b) => onSide(b).length - onSide(a).length)[0]!;
const sideActors = onSide(side);
// The panel puts the most quoted first and sorts ties by name: the last card is the unquoted actor last by name.
const lastActor = sideActors
  .filter((actor) => quoteCount(actor) === 0)
  .sort((a, b) => a.name.localeCompare(b.name, 'en'))
  .at(-1)!;

const sideList = (page: Page): Locator =>
  page.getByRole('region', { name: sideTitles[side] }).getByRole('list').first();
const cards = (page: Page) => sideList(page).locator(':scope > li');

/**
 * Opens the dashboard and waits for the long side's virtual list: until its code arrives the side shows a first
 * page, which it then replaces, taking any focus or handle on its cards with it.
 */
async function openLongList(page: Page, search = '') {
  await openDashboard(page, search);
  await expect(sideList(page)).toHaveClass(/actor-group__list--virtual/, { timeout: 30_000 });
}

test.beforeEach(async ({ page }) => {
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
});

test('a side of hundreds of actors draws only the cards near the screen, and says how many there are', async ({
  page,
}) => {
  expect(sideActors.length).toBeGreaterThan(100);
  await openDashboard(page);
  // The side shows its first page until the virtualiser's code arrives.
  await expect(cards(page).first()).toHaveAttribute('aria-setsize', String(sideActors.length));
  await sideList(page).scrollIntoViewIfNeeded();
  expect(await cards(page).count()).toBeLessThan(60);
  await expect(page.getByRole('button', { name: /^Show \d+ more actors/ })).toHaveCount(0);
});

test('scrolling down the page brings the last actor of a long side on screen', async ({ page }) => {
  await openLongList(page);
  const last = page.getByRole('checkbox', { name: lastActor.name, exact: true });
  await expect(last).toHaveCount(0);
  // The reader scrolls as far as the list goes; cards are measured as they come, so the end may move a little.
  // Steps shorter than the window, so the last card is on screen at some step even when the list is not the page's
  // last: a longer step could carry it from below the window to above it between two looks, and past the list.
  for (let step = 0; step < 160 && (await last.count()) === 0; step += 1) {
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(100);
  }
  await expect(last).toBeAttached();
  // Scrolled by the page itself: Playwright's own scrolling waits for a card that the list is still measuring to
  // stop moving.
  await last.evaluate((checkbox) => checkbox.scrollIntoView({ block: 'center' }));
  await expect(last).toBeInViewport();
  await expect(cards(page).filter({ has: last })).toHaveAttribute('aria-posinset', String(sideActors.length));
});

test('Tab walks the cards in order, past the first screenful, and focus stays on a card scrolled away', async ({
  page,
}) => {
  // A phone-sized window draws few cards, so a few dozen presses leave the first screenful behind.
  await page.setViewportSize({ width: 400, height: 600 });
  await openLongList(page);
  await sideList(page).getByRole('checkbox').first().focus();
  const position = () =>
    page.evaluate(() => Number(document.activeElement?.closest('li[aria-posinset]')?.getAttribute('aria-posinset')));
  const drawnAtFirst = await cards(page).count();
  let before = await position();
  expect(before).toBe(1);
  for (let press = 0; press < 8; press += 1) {
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('Tab');
    const now = await position();
    expect(now, 'focus stays in the list and goes forward').toBeGreaterThan(before);
    before = now;
  }
  expect(before, 'Tab went past the cards drawn at first').toBeGreaterThan(drawnAtFirst);
  const focused = page.locator(':focus');
  await expect(focused).toBeInViewport();

  // Scrolled far away, the focused card stays drawn and keeps focus.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(focused).not.toBeInViewport();
  expect(await position()).toBe(before);
});

test('"Jump to" brings a selected actor far down a long side on screen and focuses it', async ({ page }) => {
  await openLongList(page, `?actor=${lastActor.id}`);
  const actors = page.getByRole('region', { name: 'Actors' });
  await actors.getByRole('button', { name: lastActor.name, exact: true }).click();
  const checkbox = actors.getByRole('checkbox', { name: lastActor.name, exact: true });
  await expect(checkbox).toBeFocused();
  await expect(checkbox).toBeChecked();
  await expect(checkbox).toBeInViewport();
});

test('a long side passes axe midway down, and printing draws every card', async ({ page }) => {
  await openLongList(page);
  await sideList(page).scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(300);
  const { violations } = await axeScan(page)
    .include('#actors')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`),
  ).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(cards(page)).toHaveCount(sideActors.length);
});
