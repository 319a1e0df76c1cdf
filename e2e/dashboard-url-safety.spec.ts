import { currentSearch, expect, openDashboard, test } from './fixtures/dashboard';
import { busiestActor, expectedCounts } from './fixtures/dataset';
import { pickPlace } from './fixtures/pickers';

test('a malformed parameter is ignored with a visible notice, and the rest of the link still applies', async ({
  page,
}) => {
  const actor = busiestActor();
  await openDashboard(page, `?actor=${actor.id}&from=2020-02-31&view=table`);
  const notice = page.getByRole('status').filter({ hasText: 'were not used' });
  await expect(notice).toContainText('Ignored from=“2020-02-31”: not a date in the form YYYY-MM-DD.');
  await expect(notice).toContainText('Ignored view=“table”');
  const { quotes, totals } = expectedCounts({ actorIds: [actor.id] });
  await expect(page.getByText(/^Showing/)).toContainText(`${quotes} of ${totals.quotes} quotes`);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('');

  // The notice does not block anything, and can be dismissed.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('ids the dataset does not have are reported, and unknown parameters are ignored silently', async ({ page }) => {
  await openDashboard(page, '?place=atlantis&initialWidth=600&parentUrl=https%3A%2F%2Fnews.example%2Fstory');
  const notice = page.getByRole('status').filter({ hasText: 'were not used' });
  await expect(notice).toContainText('Ignored place=“atlantis”: no place has this id.');
  await expect(notice).not.toContainText('initialWidth');
  await expect(notice).not.toContainText('parentUrl');
  // A host page's parameters survive the reader's changes.
  await pickPlace(page, 'Minsk');
  await expect.poll(() => currentSearch(page).get('parentUrl')).toBe('https://news.example/story');
  expect(currentSearch(page).get('initialWidth')).toBe('600');
});

test('a link naming two thousand unknown actors gets one line about them, with Dismiss in view', async ({ page }) => {
  const ids = Array.from({ length: 2000 }, (_, index) => `a${index}`);
  await openDashboard(page, `?actor=${ids.join(',')}&place=atlantis`);
  const notice = page.getByRole('status').filter({ hasText: 'were not used' });
  await expect(notice.getByRole('listitem')).toHaveText([
    'Ignored 2,000 actor values (“a0”, “a1”, “a2” and 1,997 more): no actor has this id.',
    'Ignored place=“atlantis”: no place has this id.',
  ]);
  await expect(notice.getByRole('button', { name: 'Dismiss' })).toBeInViewport();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('markup in a URL parameter stays inert text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payload = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
  const encoded = encodeURIComponent(payload);
  await openDashboard(page, `?place=${encoded}&actor=${encoded}&quote=${encoded}&childId=${encoded}&theme=${encoded}`);
  await expect(page.getByRole('status').filter({ hasText: 'were not used' })).toContainText('Ignored place=“<script>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('body img[src="x"], body script:not([src])').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('no request leaves the page’s origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  const actor = busiestActor();
  await openDashboard(page, `?actor=${actor.id}`);
  await page
    .getByRole('region', { name: 'Actors' })
    .getByRole('link', { name: /^Source/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});
