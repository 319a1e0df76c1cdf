import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
await page.goto('http://127.0.0.1:4391/?actor=zhodino-workers-2', { waitUntil: 'networkidle' });
await page.getByText(/^Showing/).waitFor({ timeout: 60000 });
const actors = page.getByRole('region', { name: 'Actors' });
await actors.getByRole('button', { name: 'Zhodino workers (2)', exact: true }).click();
for (const t of [0, 300, 1000, 2000]) {
  await page.waitForTimeout(t);
  console.log(t, await page.evaluate(() => {
    const el = document.activeElement; const r = el.getBoundingClientRect();
    return { id: el.id, top: r.top, scrollY: window.scrollY, li: el.closest('li')?.style.transform, ul: el.closest('ul')?.getBoundingClientRect().top + window.scrollY, h: document.body.scrollHeight };
  }));
}
await page.screenshot({ path: '/tmp/av/jump.png' });
await page.emulateMedia({ media: 'print' });
await page.waitForTimeout(1000);
console.log('print lis', await page.evaluate(() => [...document.querySelectorAll('#actors ul.actor-group__list')].map(u => u.className + ' ' + u.children.length)));
console.log(await page.evaluate(() => matchMedia('print').matches));
await browser.close();
