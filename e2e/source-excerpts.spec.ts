import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openDashboard, test } from './fixtures/dashboard';
import { builtWithExcerpts } from './fixtures/dataset';
import { axeScan } from './fixtures/axe';

const SOURCE_ID = 'cnn-2020-08-17';
const ORIGINAL_URL = 'https://example.com/cnn-2020-08-17';

test('an article published as excerpts shows its evidence marked in place and "…" where paragraphs are left out', async ({
  page,
}) => {
  const dataset = builtWithExcerpts(SOURCE_ID, ORIGINAL_URL);
  const source = dataset.sources.find((candidate) => candidate.id === SOURCE_ID)!;
  const original = readFileSync(join(import.meta.dirname, `../data/sources/${SOURCE_ID}.txt`), 'utf8');
  // Evidence from the last kept range: its offsets lie furthest from where they would fall in the kept text.
  const lastRange = source.excerpts.at(-1)!;
  const evidence = dataset.figures
    .flatMap((figure) => figure.evidence)
    .find((piece) => piece.sourceId === SOURCE_ID && piece.start >= lastRange.start)!;
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  await openDashboard(page, `?source=${SOURCE_ID}&span=${evidence.start}-${evidence.end}`);

  const viewer = page.getByRole('dialog');
  await expect(viewer.locator('mark')).toHaveText(evidence.exact);
  await expect(viewer.locator('mark')).toBeInViewport();
  const shown = await viewer.locator('.source-viewer__text').evaluate((element) => element.textContent ?? '');
  // The article's opening paragraph holds no evidence: a gap stands before the first kept range and between each.
  expect(source.excerpts[0]!.start).toBeGreaterThan(0);
  await expect(viewer.getByText('Paragraphs left out')).toHaveCount(source.excerpts.length);
  expect(shown).not.toContain(original.slice(0, source.excerpts[0]!.start).trim());
  for (const range of source.excerpts) expect(shown).toContain(original.slice(range.start, range.start + 60));

  const link = viewer.getByRole('link', { name: 'Read the full article' });
  await expect(link).toHaveAttribute('href', ORIGINAL_URL);
  await expect(link).toHaveAttribute('rel', 'noopener');
  const { violations } = await axeScan(page).include('dialog').analyze();
  expect(violations).toEqual([]);
});
