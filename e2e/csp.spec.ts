import type { FrameLocator, Page } from '@playwright/test';
import { chooseActor, expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor, readDataset } from './fixtures/dataset';
import { actorPicker } from './fixtures/pickers';

interface Violation {
  step: string;
  violatedDirective: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
}

declare global {
  interface Window {
    __cspViolations?: Omit<Violation, 'step'>[];
    __reportCspViolation?: (violation: Omit<Violation, 'step'>) => Promise<void>;
  }
}

test.describe.configure({ timeout: 240_000 });

/**
 * Records every CSP violation in every frame (the builder's preview is an iframe): in the frame's own
 * `window.__cspViolations`, and through a binding to this test, tagged with the step that caused it.
 */
async function recordViolations(page: Page) {
  const state = { step: 'load', violations: [] as Violation[], console: [] as string[] };
  await page.exposeFunction('__reportCspViolation', (violation: Omit<Violation, 'step'>) => {
    state.violations.push({ step: state.step, ...violation });
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      const violation = {
        violatedDirective: event.violatedDirective,
        blockedURI: event.blockedURI,
        sourceFile: event.sourceFile,
        lineNumber: event.lineNumber,
      };
      window.__cspViolations?.push(violation);
      void window.__reportCspViolation?.(violation);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) state.console.push(`[${state.step}] ${message.text()}`);
  });
  return state;
}

type View = 'map' | 'chart' | 'actors' | 'timeline' | 'all' | 'quote';
const firstQuote = () => readDataset().quotes[0]!;

/** Waits until an embed's view has drawn what a reader would see, so its styles and scripts have all run. */
async function expectViewDrawn(scope: Page | FrameLocator, view: View) {
  if (view === 'map' || view === 'all') await expect(scope.getByRole('button', { name: /^Minsk: / })).toBeVisible();
  if (view === 'chart' || view === 'all') {
    await expect(scope.getByRole('button', { name: 'Show as table' })).toBeVisible();
    await expect(scope.locator('g.figure-mark').first()).toBeVisible();
  }
  if (view === 'actors' || view === 'all') await expect(scope.getByRole('checkbox').first()).toBeVisible();
  if (view === 'timeline') await expect(scope.getByRole('article').first()).toBeVisible();
  if (view === 'quote') await expect(scope.getByText(`“${firstQuote().text}”`)).toBeVisible();
}

const describeAll = (violations: Violation[], consoleLines: string[]) =>
  [...violations.map((violation) => JSON.stringify(violation)), ...consoleLines].join('\n');

test('no step of the dashboard, the builder or any embed breaks the Content-Security-Policy', async ({ page }) => {
  const recorded = await recordViolations(page);
  const step = async (name: string, run: () => Promise<void>) => {
    recorded.step = name;
    await test.step(name, run);
  };

  await step('dashboard load', async () => {
    await openDashboard(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    // No page runs an inline script, so the policy admits none, not even by hash.
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
  });

  await step('actor filter', async () => {
    const actor = busiestActor();
    await chooseActor(page, actor.name);
    await expect(actorPicker(page)).toHaveValue(actor.name);
  });

  await step('source viewer', async () => {
    const actors = page.getByRole('region', { name: 'Actors' });
    await actors
      .getByRole('link', { name: /^Source/ })
      .first()
      .click();
    const viewer = page.getByRole('dialog');
    await expect(viewer.locator('mark')).toBeInViewport();
    await viewer.getByRole('button', { name: 'Close' }).click();
    await expect(viewer).toBeHidden();
  });

  await step('map marker and popup', async () => {
    const map = page.getByRole('region', { name: 'Map' });
    await map.getByRole('button', { name: /^Minsk: / }).click();
    await expect(map.locator('.leaflet-popup').getByRole('heading', { name: 'Minsk' })).toBeVisible();
  });

  await step('chart as a table', async () => {
    const chart = page.getByRole('region', { name: 'Detentions over time' });
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await expect(chart.getByRole('table')).toBeVisible();
  });

  await step('embed builder and its live preview', async () => {
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: /embed this view/i });
    // The walk left an actor and a place selected; the preview shows every view in full without them.
    await dialog.getByRole('checkbox', { name: 'Keep the current filters' }).uncheck();
    const views: [View, string][] = [
      ['all', 'Map, chart and actors'],
      ['timeline', 'Timeline of events'],
      ['map', 'Map'],
      ['chart', 'Detentions chart'],
      ['actors', 'Actors and their quotes'],
      ['quote', 'A single quote'],
    ];
    for (const [view, label] of views) {
      await dialog.getByRole('radio', { name: label, exact: true }).check();
      if (view === 'quote') await dialog.getByRole('combobox', { name: 'Quote' }).selectOption(firstQuote().id);
      await expectViewDrawn(dialog.frameLocator('iframe'), view);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const view of ['map', 'chart', 'actors', 'timeline', 'all', 'quote'] as const) {
      await step(`embed view=${view} theme=${theme}`, async () => {
        const quote = view === 'quote' ? `&quote=${firstQuote().id}` : '';
        await page.goto(`./embed/?view=${view}&theme=${theme}${quote}`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expectViewDrawn(page, view);
      });
    }
  }

  await step('an old embed URL, sent on to the embed page', async () => {
    await page.goto('./?embed=1&view=chart&childId=legacy');
    await expect(page).toHaveURL(/\/embed\/\?view=chart&childId=legacy$/);
    await expectViewDrawn(page, 'chart');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self';");
  });

  await step('dashboard in the dark theme', async () => {
    await openDashboard(page, '?theme=dark');
    await expect(page.getByRole('button', { name: /^Minsk: / })).toBeVisible();
  });

  // Give late reports (violations are dispatched asynchronously) a moment to arrive.
  await page.waitForTimeout(500);
  expect(recorded.violations, `CSP violations:\n${describeAll(recorded.violations, recorded.console)}`).toEqual([]);
  expect(recorded.console, `CSP console messages:\n${recorded.console.join('\n')}`).toEqual([]);
});
