import type { Page } from '@playwright/test';
import type { Figure } from '../src/data/schema';
import { currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { readDataset } from './fixtures/dataset';

const chartRegion = (page: Page) => page.getByRole('region', { name: 'Detentions over time' });

/** The chart sits below the fold on a desktop and loads when the reader gets to it. */
async function openChart(page: Page, search = '') {
  await openDashboard(page, search);
  await chartRegion(page).scrollIntoViewIfNeeded();
}
const points = (page: Page) => chartRegion(page).locator('g.figure-mark');
const viewer = (page: Page) => page.getByRole('dialog');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const figuresOf = (metric: Figure['metric']) => readDataset().figures.filter((figure) => figure.metric === metric);
const pointNamed = (page: Page, figure: Figure) =>
  chartRegion(page).getByRole('button', {
    name: new RegExp(
      figure.value === null ? `^“${escape(figure.label)}” .*\\(no number given\\)` : `^${escape(figure.label)} `,
    ),
  });

test('labels each detention report in the article’s words, vague ones apart, with nothing loaded from elsewhere', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await openChart(page);
  const detentions = figuresOf('detentions');
  await expect(points(page)).toHaveCount(detentions.length);
  await expect(chartRegion(page).getByText('more than 6,700', { exact: true })).toBeVisible();
  for (const figure of detentions) {
    await expect(pointNamed(page, figure).first()).toBeVisible();
  }
  const vague = detentions.filter((figure) => figure.value === null);
  await expect(chartRegion(page).locator('g.figure-mark--vague')).toHaveCount(vague.length);
  // Milestones the articles date are labelled lines; the full list is in the chart's description.
  const milestones = readDataset().events.filter((event) => event.milestone && event.date !== null);
  await expect(chartRegion(page).locator('.milestone-marks__line')).toHaveCount(milestones.length);
  expect(outside).toEqual([]);
});

test('focusing a point shows its quote and source; Enter opens the source at those words', async ({ page }) => {
  await openChart(page);
  const figure = figuresOf('detentions').find((candidate) => candidate.value !== null)!;
  const point = pointNamed(page, figure);
  await point.focus();
  const tooltip = chartRegion(page).getByRole('tooltip');
  await expect(tooltip).toContainText(figure.evidence[0]!.exact);
  await expect(point).toHaveAccessibleDescription(new RegExp(escape(figure.evidence[0]!.exact)));
  await page.keyboard.press('Enter');
  await expect(viewer(page)).toBeVisible();
  expect(await viewer(page).locator('mark').first().textContent()).toBe(figure.evidence[0]!.exact);
});

test('shows the same reports as a table, vague ones and sources included', async ({ page }) => {
  await openChart(page);
  const toggle = chartRegion(page).getByRole('button', { name: 'Show as table' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const table = chartRegion(page).getByRole('table', { name: /^Detentions as reported/ });
  const detentions = figuresOf('detentions');
  await expect(table.getByRole('row')).toHaveCount(detentions.length + 1);
  await expect(table.getByText('not given')).toHaveCount(detentions.filter((figure) => figure.value === null).length);
  await expect(table.getByRole('button', { name: /^Source: / })).toHaveCount(detentions.length);
  await toggle.click();
  await expect(points(page)).toHaveCount(detentions.length);
});

test('switches to crowd sizes and back', async ({ page }) => {
  await openChart(page);
  const crowd = figuresOf('crowd');
  await chartRegion(page)
    .getByRole('radio', { name: /^Crowd sizes/ })
    .check();
  await expect(points(page)).toHaveCount(crowd.length);
  const numeric = crowd.find((figure) => figure.value !== null);
  if (numeric) await expect(chartRegion(page).getByText(numeric.label, { exact: true })).toBeVisible();
  await expect(chartRegion(page).getByText(new RegExp(`^${crowd.length} crowd-size reports?`))).toBeVisible();
  await chartRegion(page)
    .getByRole('radio', { name: /^Detentions/ })
    .check();
  await expect(points(page)).toHaveCount(figuresOf('detentions').length);
});

test('moving the brush handles sets the page’s From and To dates', async ({ page }) => {
  await openChart(page);
  const handles = chartRegion(page).getByRole('slider');
  await expect(handles).toHaveCount(2);
  await handles.first().focus();
  for (let step = 0; step < 10; step++) await page.keyboard.press('ArrowRight');
  // The timeline starts two days before the earliest date in the data; each step is a day.
  const { figures, events } = readDataset();
  const earliest = [
    ...figures.map((figure) => figure.asOf ?? figure.reported),
    ...events.map((event) => event.date ?? event.reported),
  ].sort()[0]!;
  const expectedFrom = new Date(Date.parse(`${earliest}T00:00:00Z`) + 8 * 86_400_000).toISOString().slice(0, 10);
  await expect.poll(() => currentSearch(page).get('from')).toBe(expectedFrom);
  await expect(handles.first()).toHaveAttribute('aria-valuetext', /2020$/);

  // Dragging the other handle with the mouse sets To when the drag ends, and keeps From.
  const from = currentSearch(page).get('from');
  // The chart's region is taller than a laptop's screen with its image buttons: the handle must be in view to drag.
  await handles.last().scrollIntoViewIfNeeded();
  const box = (await handles.last().boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 100, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => currentSearch(page).get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(currentSearch(page).get('from')).toBe(from);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a finger dragging the brush’s last handle sets To and keeps From', async ({ page }) => {
    await openChart(page);
    const handle = chartRegion(page).getByRole('slider').last();
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    const y = box.y + box.height / 2;
    // Touch events from the browser's input layer, as a phone sends them: Playwright's touchscreen only taps.
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y }] });
    await touch('touchStart', box.x + box.width / 2);
    for (let step = 1; step <= 10; step++) await touch('touchMove', box.x + box.width / 2 - step * 12);
    await touch('touchEnd');
    await expect.poll(() => currentSearch(page).get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(currentSearch(page).get('from')).toBeNull();
  });
});

test('the chart follows a date filter set elsewhere: a From date after the first report hides it', async ({ page }) => {
  // A report the article does not date stands at the day it was reported.
  const day = (figure: Figure) => figure.asOf ?? figure.reported;
  const detentions = figuresOf('detentions').sort((a, b) => (day(a) < day(b) ? -1 : 1));
  const first = detentions[0]!;
  const later = detentions.find((figure) => day(figure) > day(first))!;
  await openChart(page, `?from=${day(later)}`);
  await expect(points(page)).toHaveCount(detentions.filter((figure) => day(figure) >= day(later)).length);
  await expect(pointNamed(page, first)).toHaveCount(0);
  // The brush shows the same range: its first handle stands on the From date.
  const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  await expect(chartRegion(page).getByRole('slider').first()).toHaveAttribute(
    'aria-valuetext',
    format.format(new Date(`${day(later)}T00:00:00Z`)),
  );
});

test('a one-day range draws no milestone at a wrong date and names the others with their own', async ({ page }) => {
  const day = '2020-08-16';
  await openChart(page, `?from=${day}&to=${day}`);
  const milestones = readDataset().events.filter((event) => event.milestone && event.date !== null);
  const sameDay = milestones.filter((event) => event.date === day);
  const otherDays = milestones.filter((event) => event.date !== day);
  expect(otherDays.length, 'the dataset has milestones on other days').toBeGreaterThan(0);
  await expect(points(page).first()).toBeVisible();
  // Each drawn line's label carries its event's date: only 16 Aug may be drawn.
  const drawn = chartRegion(page).locator('.milestone-marks__label title');
  await expect(drawn).toHaveCount(sameDay.length);
  for (const title of await drawn.allTextContents()) expect(title).toMatch(/^16 Aug 2020: /);
  const note = chartRegion(page).getByText(/Not drawn, outside these dates:/);
  for (const event of otherDays) await expect(note).toContainText(event.title);
  await expect(note).toContainText('9 Aug 2020');
});

test('the metric and the table are in the address, so a shared link opens the same chart', async ({ page }) => {
  await openChart(page, '?metric=crowd&table=1');
  await expect(chartRegion(page).getByRole('radio', { name: /^Crowd sizes/ })).toBeChecked();
  await expect(chartRegion(page).getByRole('table', { name: /^Crowd sizes as reported/ })).toBeVisible();
  await chartRegion(page)
    .getByRole('radio', { name: /^Deaths/ })
    .check();
  await expect.poll(() => currentSearch(page).get('metric')).toBe('deaths');
  await chartRegion(page).getByRole('button', { name: 'Show as table' }).click();
  await expect.poll(() => currentSearch(page).has('table')).toBe(false);
  await expect(points(page)).toHaveCount(figuresOf('deaths').length);
  await chartRegion(page)
    .getByRole('radio', { name: /^Detentions/ })
    .check();
  await expect.poll(() => currentSearch(page).has('metric')).toBe(false);
  await page.goBack();
  await expect(chartRegion(page).getByRole('radio', { name: /^Deaths/ })).toBeChecked();
});
