/**
 * Lighthouse scores for the production build, reported and never asserted: a score on a shared 2-core machine
 * moves with the load, so it belongs in a report, not in a timed test. Serves dist/ gzipped with cache headers
 * (as a newsroom's host would), runs Lighthouse 12 in the system Chromium for the dashboard and each embed view,
 * prints a table with the audits that cost points, and writes bench-results/lighthouse-<label>.json.
 *
 * Usage: npm run build && npm run lighthouse -- [--desktop] [--pages dashboard,quote] [--label name] [--html]
 *        [--json] [--cpu-slowdown N]
 *
 * --html and --json also write each page's whole report; the JSON one holds every audit (main-thread work, long
 * tasks, the critical request chain, the LCP element) for finding what a score lost.
 *
 * Lighthouse slows the CPU by a fixed factor (4× mobile, 1× desktop) whatever the machine, so a faster machine
 * scores higher: the "machine index" column is Lighthouse's own speed reading. --cpu-slowdown N multiplies the
 * factor, to read the pages as a machine N times slower would score them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, generateReport, type Flags } from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../chromium';
import { parseCliArgs } from './cli-args';
import { loadAverage } from './machine';
import { benchResultsDir, resolveDist } from './paths';
import { startStaticServer } from './static-server';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const pages: Record<string, string> = {
  dashboard: '/',
  quote: '/embed/?view=quote&quote={quote}',
  actors: '/embed/?view=actors',
  map: '/embed/?view=map',
  chart: '/embed/?view=chart',
};

interface PageScore {
  page: string;
  url: string;
  scores: Record<(typeof categories)[number], number | null>;
  metrics: { lcpMs: number | null; tbtMs: number | null; cls: number | null; fcpMs: number | null };
  /** Lighthouse's measure of the machine's speed (higher is faster); its CPU slowdown is the same on any machine. */
  benchmarkIndex: number | null;
  /** The CPU slowdown Lighthouse applied, as its report states it. */
  cpuSlowdownMultiplier: number | null;
  /** Audits that scored below 0.9 in a category under 95, with Lighthouse's own display value. */
  lostPoints: { category: string; audit: string; score: number | null; display: string }[];
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

interface Options {
  dist: string;
  desktop: boolean;
  cpuSlowdown: number;
  pages: string[];
  label: string;
  html: boolean;
  json: boolean;
}

function readOptions(): Options {
  const args = parseCliArgs('lighthouse', {
    values: ['pages', 'label', 'cpu-slowdown', 'dist'],
    flags: ['desktop', 'html', 'json'],
  });
  const desktop = args.flag('desktop');
  const cpuSlowdown = Number(args.value('cpu-slowdown') ?? 1);
  if (!(cpuSlowdown >= 1)) throw new Error('lighthouse: --cpu-slowdown takes a factor of 1 or more');
  const selected = (args.value('pages') ?? Object.keys(pages).join(',')).split(',');
  const unknown = selected.filter((name) => !(name in pages));
  if (unknown.length > 0)
    throw new Error(`lighthouse: unknown page ${unknown.join(', ')}; pick from ${Object.keys(pages).join(', ')}`);
  return {
    dist: resolveDist(args.value('dist')),
    desktop,
    cpuSlowdown,
    pages: selected,
    label: args.value('label') ?? `${new Date().toISOString().replace(/[:.]/g, '-')}${desktop ? '-desktop' : ''}`,
    html: args.flag('html'),
    json: args.flag('json'),
  };
}

async function main(): Promise<void> {
  const options = readOptions();
  if (!existsSync(join(options.dist, 'index.html'))) throw new Error('lighthouse: run `npm run build` first');
  const dataset = JSON.parse(readFileSync(join(options.dist, 'data', 'dataset.json'), 'utf8')) as {
    quotes: { id: string }[];
  };
  const quoteId = dataset.quotes[0]?.id ?? '';
  mkdirSync(benchResultsDir, { recursive: true });

  const server = await startStaticServer(options.dist, { production: true });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  const results: PageScore[] = [];
  try {
    for (const name of options.pages) {
      const path = (pages[name] ?? '/').replace('{quote}', quoteId);
      const lhr = await runLighthouse(name, `${server.origin}${path}`, chrome.port, options);
      results.push(scorePage(name, path, lhr));
      if (options.html)
        writeFileSync(join(benchResultsDir, `lighthouse-${options.label}-${name}.html`), generateReport(lhr, 'html'));
      if (options.json)
        writeFileSync(join(benchResultsDir, `lighthouse-${options.label}-${name}.report.json`), JSON.stringify(lhr));
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  printScores(results, options);
  const { label, desktop, cpuSlowdown } = options;
  const file = join(benchResultsDir, `lighthouse-${label}.json`);
  writeFileSync(file, `${JSON.stringify({ label, desktop, cpuSlowdown, load: loadAverage(), results }, null, 2)}\n`);
  console.log(`\nwritten to ${file}`);
  const below = results.filter((result) => categories.some((category) => (result.scores[category] ?? 0) < 95));
  if (below.length > 0)
    console.log(`below 95 somewhere: ${below.map((result) => result.page).join(', ')} (reported, not failed)`);
}

/** One Lighthouse run of one page in the running Chromium. */
async function runLighthouse(name: string, url: string, port: number, { desktop, cpuSlowdown }: Options) {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
    // Merged into the chosen config's throttling, which keeps its network settings. The base factors are
    // Lighthouse's defaults (4× mobile, 1× desktop); the report's own figure is printed to confirm them.
    ...(cpuSlowdown === 1 ? {} : { throttling: { cpuSlowdownMultiplier: (desktop ? 1 : 4) * cpuSlowdown } }),
  };
  const run = await lighthouse(url, flags, desktop ? desktopConfig : undefined);
  if (!run) throw new Error(`lighthouse: no result for ${url}`);
  if (run.lhr.runtimeError) throw new Error(`lighthouse: ${name}: ${run.lhr.runtimeError.message}`);
  return run.lhr;
}

/** The scores, the main metrics and the audits that cost points, from one Lighthouse report. */
function scorePage(name: string, url: string, lhr: Lhr): PageScore {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  return {
    page: name,
    url,
    scores: Object.fromEntries(
      categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? NaN) * 100) || null]),
    ) as PageScore['scores'],
    metrics: {
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      fcpMs: numeric('first-contentful-paint'),
    },
    lostPoints: lostPoints(lhr),
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier ?? null,
  };
}

function lostPoints(lhr: Lhr): PageScore['lostPoints'] {
  const lost: PageScore['lostPoints'] = [];
  for (const category of categories) {
    const group = lhr.categories[category];
    if (!group || (group.score ?? 0) >= 0.95) continue;
    for (const ref of group.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
        lost.push({ category, audit: ref.id, score: audit.score, display: audit.displayValue ?? audit.title });
      }
    }
  }
  return lost;
}

function printScores(results: PageScore[], { desktop, cpuSlowdown }: Options): void {
  const round = (value: number | null) => (value === null ? '–' : String(Math.round(value)));
  const applied = [...new Set(results.map((result) => result.cpuSlowdownMultiplier))].join('/');
  const slowed = `, CPU slowed ${applied}×${cpuSlowdown === 1 ? '' : ` (--cpu-slowdown ${cpuSlowdown})`}`;
  console.log(`Lighthouse 12, ${desktop ? 'desktop' : 'mobile (default throttling)'}${slowed}, production build`);
  console.log('page        perf  a11y  best  seo    LCP ms  TBT ms  CLS    machine index');
  for (const result of results) {
    const { scores, metrics } = result;
    console.log(
      `${result.page.padEnd(10)} ${categories.map((c) => String(scores[c] ?? '–').padStart(5)).join(' ')}  ` +
        `${round(metrics.lcpMs).padStart(7)} ${round(metrics.tbtMs).padStart(7)}  ${(metrics.cls ?? NaN).toFixed(3)}  ` +
        round(result.benchmarkIndex).padStart(13),
    );
    for (const lost of result.lostPoints)
      console.log(`    ${lost.category}: ${lost.audit} (${lost.score}) ${lost.display}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
