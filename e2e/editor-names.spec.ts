import { expect, test } from './fixtures/dashboard';
import { axeScan } from './fixtures/axe';

// An axe scan of the whole page takes seconds on two busy cores.
test.describe.configure({ timeout: 180_000 });

test("in Belarusian, actors and places go by the editor's names, the articles' spelling beside them", async ({
  page,
}) => {
  await page.goto('./?lang=be');
  const actors = page.getByRole('region', { name: 'Удзельнікі' });
  // The articles' spelling is part of the checkbox's name, so a screen reader hears both.
  const lukashenko = actors.getByRole('checkbox', {
    name: /^Аляксандр Лукашэнка\s+таксама пішацца\s+Alexander Lukashenko$/,
  });
  await expect(lukashenko).toBeVisible({ timeout: 30_000 });
  await expect(actors.locator('.actor-card__article-name [lang="en"]').first()).toHaveText('Alexander Lukashenko');
  // The card says where the name comes from: the editor, not the articles.
  await expect(actors).toContainText('Назву падаў рэдактар, у артыкулах яе няма.');

  // Either spelling finds an actor in the picker.
  const picker = page.getByRole('combobox', { name: 'Удзельнік', exact: true });
  for (const query of ['Лукашэ', 'Lukash']) {
    await picker.fill(query);
    await expect(
      page
        .getByRole('listbox', { name: 'Удзельнік' })
        .getByRole('option', { name: /^Аляксандр Лукашэнка \(Alexander Lukashenko\)/ }),
    ).toBeVisible();
  }
  await page.keyboard.press('Escape');

  const map = page.getByRole('region', { name: 'Мапа' });
  await map.scrollIntoViewIfNeeded();
  const list = map.locator('.place-list');
  await expect(list.getByRole('button', { name: /^Мінск \(Minsk\) / })).toBeVisible({ timeout: 30_000 });
  const search = list.getByRole('searchbox', { name: 'Знайсці месца' });
  for (const query of ['жодз', 'zhod']) {
    await search.fill(query);
    await expect(list.getByRole('button')).toHaveCount(1);
    await expect(list.getByRole('button', { name: /Жодзіна \(Zhodino\) / })).toBeVisible();
  }
  await search.fill('');

  const { violations } = await axeScan(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
});

test("in English, actors and places keep the articles' names", async ({ page }) => {
  await page.goto('./');
  const actors = page.getByRole('region', { name: 'Actors' });
  await expect(actors.getByRole('checkbox', { name: 'Alexander Lukashenko', exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('Лукашэнка')).toHaveCount(0);
});
