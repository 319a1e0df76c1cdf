// DOM size once the reader has reached the last card of the Opposition side (160 actors): "Show more" vs scrolling.
import { chromium } from '@playwright/test';
const [url, mode] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url, { waitUntil: 'networkidle' });
await page.getByText(/^Showing/).waitFor({ timeout: 90000 });
const count = () => page.evaluate(() => ({ dom: document.querySelectorAll('*').length, cards: document.querySelectorAll('.actor-card').length }));
console.log(mode, 'at load', await count());
const side = page.getByRole('region', { name: 'Opposition' });
let clicks = 0;
if (mode === 'before') {
  const more = side.getByRole('button', { name: /^Show \d+ more actors/ });
  while ((await more.count()) > 0) { await more.click(); clicks++; }
} else {
  const last = side.locator('li[aria-posinset="160"]');
  while ((await last.count()) === 0) { await page.mouse.wheel(0, 1500); await page.waitForTimeout(50); clicks++; }
}
console.log(mode, 'at the last Opposition card', await count(), mode === 'before' ? 'clicks' : 'wheel turns', clicks);
// One filter change with the list so: the date From field, as a reader sets it.
const t0 = Date.now();
await page.evaluate(() => { const u = new URL(location.href); u.searchParams.set('from', '2020-09-01'); history.pushState(null, '', u); dispatchEvent(new PopStateEvent('popstate')); });
await page.waitForTimeout(50);
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
console.log(mode, 'from change settled ms (wall, loaded machine)', Date.now() - t0, await count());
await browser.close();
