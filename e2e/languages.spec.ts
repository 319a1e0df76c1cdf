import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type English from '../src/domain/messages/en.json';
import { expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor, quoteWithMostSources } from './fixtures/dataset';
import { axeScan } from './fixtures/axe';

// A Belarusian or Russian newsroom's reader: the interface in their language, the articles' words as published.

// axe on two busy cores takes seconds per page.
test.describe.configure({ timeout: 180_000 });

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** A catalogue's messages as written: the keys used here are plain text, without placeholders. */
const read = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../src/domain/messages/${locale}.json`, import.meta.url), 'utf8')) as typeof English;
const [en, be, ru] = [read('en'), read('be'), read('ru')];
const catalogues = { be, ru };

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await axeScan(page).withTags(tags).analyze();
  expect(violations.map((v) => `${label} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens an embed page by itself and waits until its view (not a skeleton) is on screen. */
async function openEmbed(page: Page, path: string) {
  await page.goto(`./${path}`);
  await expect(page.locator('.embed-footer')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.embed .skeleton')).toHaveCount(0, { timeout: 60_000 });
}

for (const [lang, messages] of Object.entries(catalogues)) {
  test.describe(`lang=${lang}`, () => {
    test('the dashboard speaks the language, keeps quotes in English, and passes axe', async ({ page }) => {
      const actor = busiestActor();
      await page.goto(`./?lang=${lang}&actor=${actor.id}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const key of ['region.map.title', 'region.chart.title', 'region.actors.title'] as const) {
        await expect(page.getByRole('region', { name: messages[key], exact: true })).toBeVisible({ timeout: 30_000 });
        expect(messages[key]).not.toBe(en[key]);
      }
      await expect(page.getByText(messages['dashboard.languageNote'])).toBeVisible();
      // The selected actor's quotes open by themselves; their words stay as the article printed them.
      const quote = page.getByRole('region', { name: messages['region.actors.title'] }).locator('blockquote').first();
      await expect(quote).toHaveAttribute('lang', 'en');
      // So are the dataset's own English words: a Belarusian voice would misread them.
      const timeline = page.getByRole('region', { name: messages['region.timeline.title'] });
      await expect(timeline.getByRole('heading', { level: 4 }).first()).toHaveAttribute('lang', 'en');
      await expectNoViolations(page, lang);
    });

    test('every embed view speaks the language and passes axe', async ({ page }) => {
      // `all` holds the map, the chart, the actors and the timeline, each as its own embed draws it; the quote is
      // the one view it leaves out. English scans every view alone (embed-views.spec.ts).
      const views = [`view=all&actor=${busiestActor().id}`, `view=quote&quote=${quoteWithMostSources().id}`];
      for (const view of views) {
        await openEmbed(page, `embed/?${view}&lang=${lang}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expectNoViolations(page, `${lang} ${view}`);
      }
    });
  });
}

test('without lang=, the first of the browser’s languages the interface speaks is used', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  try {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('region', { name: ru['region.map.title'], exact: true })).toBeVisible({
      timeout: 30_000,
    });
  } finally {
    await context.close();
  }
});

test('a lang= the interface does not speak is ignored with a notice, in English', async ({ page }) => {
  await openDashboard(page, '?lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: en['region.map.title'], exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'must be one of en, be, ru' })).toBeVisible();
});

test('the embed builder’s Language sets the embed’s language, and its preview speaks it', async ({ page }) => {
  await openDashboard(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: /embed this view/i });
  await dialog.getByRole('radio', { name: en['embed.language.be'] }).check();
  const snippet = await dialog.getByRole('textbox', { name: /loader/i }).inputValue();
  expect(
    new URL(
      /src="([^"]+)"|data-belarus-embed="([^"]+)"/.exec(snippet)!.slice(1).find(Boolean)!.replaceAll('&amp;', '&'),
    ).searchParams.get('lang'),
  ).toBe('be');
  const preview = dialog.frameLocator('iframe');
  await expect(preview.locator('html')).toHaveAttribute('lang', 'be', { timeout: 60_000 });
});
