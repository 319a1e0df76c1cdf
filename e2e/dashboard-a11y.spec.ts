import type { Page } from '@playwright/test';
import { expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor, figureEvidence, quoteWithMostSources, readDataset } from './fixtures/dataset';
import { actorPicker, placePicker } from './fixtures/pickers';
import { axeScan } from './fixtures/axe';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// An axe scan of the whole page takes seconds on two busy cores.
test.describe.configure({ timeout: 180_000 });

async function expectNoViolations(page: Page, label = '') {
  const { violations } = await axeScan(page).withTags(tags).analyze();
  // Listing rule and targets makes a failure readable in the report.
  expect(
    violations.map(
      (violation) => `${label}${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Scans the page as it is in the light theme, then in the dark: the stylesheet follows the reader's setting. */
async function expectNoViolationsInEitherTheme(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoViolations(page, `${colorScheme}: `);
  }
}

/**
 * Opens every kind of mark at once: "How to read this", a speaker's quote cards (relayed, disputed, inferred),
 * the crowd table with who estimated each count, and a map popup with its items' marks.
 */
async function openEveryMark(page: Page) {
  const { quotes, actors } = readDataset();
  const disputed = quotes.find((quote) => quote.disputedBy.length > 0)!;
  const speaker = actors.find((actor) => actor.id === disputed.actorId)!;
  expect(quotes.some((quote) => quote.actorId === speaker.id && quote.via !== null)).toBe(true);
  expect(quotes.some((quote) => quote.actorId === speaker.id && quote.inferred.length > 0)).toBe(true);

  await page.getByText('How to read this', { exact: true }).click();
  const actorsRegion = page.getByRole('region', { name: 'Actors' });
  await actorsRegion.getByRole('button', { name: new RegExp(`quotes? by ${speaker.name}$`) }).click();
  await expect(actorsRegion.getByRole('group', { name: 'Sources disagree' }).first()).toBeVisible();

  const chart = page.getByRole('region', { name: 'Detentions over time' });
  await chart.getByRole('radio', { name: /^Crowd sizes/ }).check();
  await chart.getByRole('button', { name: 'Show as table' }).click();
  await expect(chart.getByRole('table')).toContainText('estimate');

  const map = page.getByRole('region', { name: 'Map' });
  await map.getByRole('button', { name: /^Minsk: / }).click();
  await expect(map.locator('.leaflet-popup').getByRole('heading', { name: 'Minsk' })).toBeVisible();
  // Leaflet fades a popup in over 0.2 s: scanned before then, its text has less contrast than it ends with.
  await expect(map.locator('.leaflet-popup')).toHaveCSS('opacity', '1');
}

test('the dashboard has no WCAG 2.1 AA violations, in light and in dark', async ({ page }) => {
  const actor = busiestActor();
  await openDashboard(page, `?actor=${actor.id}`);
  await expectNoViolationsInEitherTheme(page);
});

test('the Source viewer has no WCAG 2.1 AA violations, in light and in dark', async ({ page }) => {
  await openDashboard(page, `?quote=${quoteWithMostSources().id}`);
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolationsInEitherTheme(page);
});

test('the marks of who says so and when, all open, have no violations, in light and in dark', async ({ page }) => {
  await openDashboard(page);
  await openEveryMark(page);
  await expectNoViolationsInEitherTheme(page);
});

test('the Source viewer beside disputed words has no violations, in light and in dark', async ({ page }) => {
  const disputed = readDataset().events.find((event) => event.disputedBy.length > 0)!.evidence[0]!;
  await openDashboard(page, `?source=${disputed.sourceId}&span=${disputed.start}-${disputed.end}`);
  await expect(page.getByRole('dialog').getByRole('group', { name: 'Sources disagree' })).toBeVisible();
  await expectNoViolationsInEitherTheme(page);
});

test('the open Actor and Place lists and a figure in the Source viewer have no violations', async ({ page }) => {
  const evidence = figureEvidence();
  await openDashboard(page, `?source=${evidence.sourceId}&span=${evidence.start}-${evidence.end}`);
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await actorPicker(page).click();
  await expect(actorPicker(page)).toHaveAttribute('aria-expanded', 'true');
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await placePicker(page).click();
  await page.keyboard.type('mi');
  await expect(placePicker(page)).toHaveAttribute('aria-activedescendant', /.+/);
  await expectNoViolations(page);
});

test('the error alert has no violations', async ({ page }) => {
  await page.route('**/data/dataset.json', (route) => route.fulfill({ status: 500, body: '' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the folded filters, open and closed, have no violations', async ({ page }) => {
    await openDashboard(page, `?actor=${busiestActor().id}`);
    await expectNoViolations(page);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(actorPicker(page)).toBeVisible();
    await expectNoViolations(page);
  });
});
