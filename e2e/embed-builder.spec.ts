import type { FrameLocator, Page } from '@playwright/test';
import { busiestActor, quoteWithMostSources } from './fixtures/dataset';
import { expect, test } from './hosts/host-server';
import { axeScan } from './fixtures/axe';

test.describe.configure({ timeout: 180_000 });

/** What an embed shows, as words: the same view shows the same words at any width. */
const shownText = (frame: FrameLocator) => frame.locator('.embed__main').innerText();

async function openBuilder(page: Page, search: string) {
  await page.goto(`./${search}`);
  await page.getByRole('button', { name: 'Embed' }).click({ timeout: 60_000 });
  return page.getByRole('dialog', { name: /embed this view/i });
}

for (const snippetKind of ['loader', 'iframe'] as const) {
  test(`the builder’s ${snippetKind} snippet, pasted into a blank page, shows the view it previewed`, async ({
    page,
    context,
    host,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
    const actor = busiestActor();
    const dialog = await openBuilder(page, `?actor=${actor.id}&from=2020-08-01&to=2020-10-31`);
    await dialog.getByRole('radio', { name: 'Actors and their quotes' }).check();
    await dialog.getByRole('combobox', { name: 'Preview width' }).selectOption('375');

    const preview = dialog.frameLocator('iframe');
    await expect(preview.getByText(actor.name).first()).toBeVisible({ timeout: 60_000 });
    const previewed = await shownText(preview);

    await dialog.getByRole('button', { name: `Copy the ${snippetKind} snippet` }).click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toBe(
      await dialog
        .getByRole('textbox', { name: new RegExp(snippetKind === 'loader' ? 'loader' : 'plain iframe', 'i') })
        .inputValue(),
    );

    const article = await context.newPage();
    await article.goto(await host.pasteInto('blank.html', { SNIPPET: snippet }));
    const pasted = article.frameLocator('iframe');
    await expect(pasted.getByText(actor.name).first()).toBeVisible({ timeout: 60_000 });
    expect(await shownText(pasted)).toBe(previewed);
  });
}

test('a quote chosen in the builder is the quote the snippet shows', async ({ page, host }) => {
  const quote = quoteWithMostSources();
  const dialog = await openBuilder(page, '');
  await dialog.getByRole('radio', { name: 'A single quote' }).check();
  await dialog.getByRole('combobox', { name: 'Quote' }).selectOption(quote.id);
  const snippet = await dialog.getByRole('textbox', { name: /loader/i }).inputValue();
  await page.goto(await host.pasteInto('blank.html', { SNIPPET: snippet }));
  await expect(page.frameLocator('iframe').getByText(`“${quote.text}”`)).toBeVisible({ timeout: 60_000 });
});

test('the builder dialog has no WCAG 2.1 AA violations and works from the keyboard', async ({ page }) => {
  const dialog = await openBuilder(page, `?actor=${busiestActor().id}`);
  await expect(dialog.frameLocator('iframe').locator('.embed-footer')).toBeVisible({ timeout: 60_000 });
  const { violations } = await axeScan(page)
    .include('dialog')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The first choice takes the focus inside the modal; Escape closes it and gives the focus back to Embed.
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();
});

test('“Keep the current filters” keeps the chart’s metric and table; the embedded chart opens with them', async ({
  page,
}) => {
  const dialog = await openBuilder(page, '?place=minsk&metric=crowd&table=1');
  await dialog.getByRole('radio', { name: 'Detentions chart' }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Keep the current filters' })).toBeChecked();
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('radio', { name: /^Crowd sizes/ })).toBeChecked({ timeout: 60_000 });
  await expect(preview.getByRole('table', { name: /^Crowd sizes as reported/ })).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Keep the current filters' }).uncheck();
  await expect(preview.getByRole('radio', { name: /^Detentions/ })).toBeChecked({ timeout: 60_000 });
});
