/**
 * Checks the JavaScript budgets against what each page really loads: serves dist/, opens the dashboard and
 * the embed page at every view in headless Chromium, waits for the network to go quiet, and sums the gzip size of the
 * same-origin scripts it fetched. A static glob cannot tell which lazy chunks a view pulls in; a browser can.
 * Exits 1 when any page breaks a budget. `npm run build` first. Usage: tsx scripts/perf/check-budgets.ts [--json].
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  evaluatePage,
  findLibraries,
  findShellScripts,
  formatKb,
  pageBudgets,
  toBuildPath,
  type LoadedScript,
  type PageResult,
} from './budgets';
import { launchChromium } from '../chromium';
import { distFromArgs } from './paths';
import { startStaticServer } from './static-server';

const dist = distFromArgs();

function firstQuoteId(): string {
  const file = join(dist, 'data', 'dataset.json');
  if (!existsSync(file)) throw new Error(`budgets: ${file} is missing, so the quote embed cannot be opened`);
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as { quotes?: { id: string }[] };
  const id = dataset.quotes?.[0]?.id;
  if (id === undefined) throw new Error('budgets: the shipped dataset has no quote to embed');
  return id;
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('budgets: dist/index.html is missing; run `npm run build` first');
  const shell = findShellScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  const quoteId = firstQuoteId();
  const gzipCache = new Map<string, LoadedScript>();
  const measure = (path: string): LoadedScript => {
    let script = gzipCache.get(path);
    if (!script) {
      const code = readFileSync(join(dist, path));
      script = {
        path,
        gzipBytes: gzipSync(code, { level: 9 }).length,
        libraries: findLibraries(code.toString('utf8')),
      };
      gzipCache.set(path, script);
    }
    return script;
  };

  const server = await startStaticServer(dist);
  const browser = await launchChromium();
  const results: PageResult[] = [];
  try {
    for (const budget of pageBudgets) {
      // A fresh context per page: nothing cached from the page before.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const loaded = new Set<string>();
      const errors: string[] = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin === server.origin && url.pathname.endsWith('.js') && response.ok()) {
          loaded.add(toBuildPath(url.pathname));
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      let lastRequest = Date.now();
      page.on('request', () => (lastRequest = Date.now()));
      await page.goto(`${server.origin}${budget.path.replace('{quote}', quoteId)}`, { waitUntil: 'networkidle' });
      // "networkidle" can fire while the main thread is still parsing the dataset, before the view asks for
      // its lazy chunk: wait for the skeletons on screen to go, then for a quiet second on the network. A view
      // below the fold keeps its skeleton until the reader scrolls or interacts; that is the point.
      await page.waitForFunction(
        () =>
          !document.querySelector('[aria-busy="true"]') &&
          [...document.querySelectorAll('.skeleton')].every((s) => s.getBoundingClientRect().top >= innerHeight),
        undefined,
        { timeout: 60_000 },
      );
      await page.waitForLoadState('networkidle');
      while (Date.now() - lastRequest < 1000) await page.waitForTimeout(250);
      const result = evaluatePage(budget, [...loaded].sort().map(measure), shell);
      result.problems.push(...errors.map((message) => `threw in the browser: ${message}`));
      results.push(result);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }

  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    console.log('page           JS (gzip)   budget   shell     scripts');
    for (const result of results) {
      const shellColumn =
        result.budget.shellKb === undefined ? '' : `${formatKb(result.shellBytes)}/${result.budget.shellKb}`;
      console.log(
        `${result.budget.name.padEnd(14)} ${formatKb(result.totalBytes).padStart(9)}   ${`${result.budget.totalKb} kB`.padStart(6)}   ` +
          `${shellColumn.padEnd(9)} ${result.scripts.map((s) => `${s.path} ${formatKb(s.gzipBytes)}`).join(', ')}`,
      );
    }
  }
  const failures = results.flatMap((result) => result.problems.map((problem) => `${result.budget.name}: ${problem}`));
  if (failures.length > 0) {
    console.error(`\nJS budgets broken (${failures.length}):\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nAll JS budgets met.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
