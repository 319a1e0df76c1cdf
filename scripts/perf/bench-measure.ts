/**
 * One dataset size, measured: serves the build with the dataset swapped in, loads the dashboard in a fresh
 * headless Chromium, times the load and a series of filter changes, wall-clock and as main-thread CPU time from a
 * trace, and reads the heap. See bench.ts for what each figure means.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { Dataset } from '../../src/data/schema';
import { launchChromium } from '../chromium';
import { datasetSlug, synthArgs, type BenchDataset } from './bench-shapes';
import { planFilterChanges, type FilterChange } from './filter-plan';
import { busyShareBetween, loadAverage, sampleMachineCpu } from './machine';
import {
  changeExpression,
  loadProbeExpression,
  probeInitScript,
  readyExpression,
  type ChangeProbe,
  type LoadProbe,
} from './page-probe';
import { projectRoot } from './paths';
import { startStaticServer } from './static-server';
import { summarize, type Summary } from './stats';
import {
  cpuBetween,
  dedicatedWorkerBusy,
  findMainThread,
  findResourceFinish,
  type ThreadBusy,
  type TraceEvent,
} from './trace-cpu';

export interface MeasureOptions {
  /** The build to serve. */
  dist: string;
  /** Where results, profiles and synthetic datasets go. */
  outDir: string;
  label: string;
  seed: number;
  changes: number;
  profile: boolean;
  quietMs: number;
  minRegions: number;
  /** Chromium's CPU throttling rate for the page (1 = none). */
  cpuSlowdown: number;
}

export interface SizeResult {
  dataset: string;
  file: string;
  events: number;
  quotes: number;
  bytes: number;
  gzipBytes: number;
  /** From the dataset's last byte to the paint after the views' last change. */
  firstRenderMs: number | null;
  /** Main-thread CPU time over the same span: steadier than wall time when the machine is shared. */
  firstRenderCpuMs: number | null;
  /** From navigation start to that paint. */
  navigationToReadyMs: number | null;
  /** Main-thread CPU time over the same span: all the work, whether done before the dataset's last byte or after. */
  navigationToReadyCpuMs: number | null;
  datasetDownloadMs: number | null;
  /**
   * The dataset worker's tasks up to ready: how long they took, and how much of that it ran on a core (less when
   * it waited for one). Null without a worker or a trace.
   */
  datasetWorker: ThreadBusy | null;
  /** The share of all the machine's cores that was busy from navigation to ready (Linux only; any process). */
  machineBusyShare: number | null;
  /** The app's own User Timing measures of the load (`dataset: parse`, `dataset: validate`), in ms. */
  loadSteps: Record<string, number>;
  /** Long tasks after the dataset arrived: the main thread was blocked this long while rendering. */
  loadLongTasks: { count: number; totalMs: number; longestMs: number };
  /** Long tasks while the dataset downloaded (it is parsed and checked on the way): input waits this long. */
  downloadLongTasks: { count: number; longestMs: number };
  heapAfterLoadMb: number | null;
  heapAfterChangesMb: number | null;
  layoutShift: number | null;
  /** Elements in the document once every view has rendered: what style and layout have to walk. */
  domNodes: number | null;
  regions: string[];
  settled: Summary;
  /** Main-thread CPU time per filter change, from the navigation to the paint after the last DOM change. */
  settledCpu: Summary;
  firstPaint: Summary;
  changes: (FilterChange & ChangeProbe & { cpuMs: number | null })[];
  unchanged: number;
  loadAverage: { before: string; after: string };
  errors: string[];
}

export const megabytes = (bytes: number) => Math.round((bytes / 1e6) * 10) / 10;

// Tasks with their thread time, the probe's console.timeStamp marks and the network events.
const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Measures the dashboard on one dataset: the build's own, or a synthetic one of a size, shape and layout. */
export async function measureSize(size: BenchDataset, options: MeasureOptions): Promise<SizeResult> {
  const file = datasetFile(size, options);
  const raw = readFileSync(file);
  const dataset = JSON.parse(raw.toString('utf8')) as Dataset;
  const plan = planFilterChanges(dataset, options.changes);
  const result = emptyResult(size, file, dataset, raw);
  const server = await startStaticServer(options.dist, { overrides: { '/data/dataset.json': file } });
  // A fresh browser per size, so one dataset's heap and caches cannot leak into the next one's figures.
  const browser = await launchChromium();
  try {
    const { page, cdp } = await openPage(browser, options, result);
    const summary = await measureLoad({ browser, page, cdp }, `${server.origin}/`, options, result);
    if (options.profile) {
      await writeProfile(cdp, join(options.outDir, `${options.label}-${datasetSlug(size)}-load.cpuprofile`));
      await cdp.send('Profiler.start');
    }
    await measureChanges({ browser, page, cdp }, plan, summary, options, result);
    if (options.profile)
      await writeProfile(cdp, join(options.outDir, `${options.label}-${datasetSlug(size)}-changes.cpuprofile`));
  } catch (error) {
    result.errors.push(error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error));
  } finally {
    await browser.close();
    await server.close();
  }
  result.loadAverage.after = loadAverage();
  return result;
}

/** The dataset file for a size: the build's own for "real", else a synthetic one, regenerated when stale. */
export function datasetFile(
  size: BenchDataset,
  { dist, outDir, seed }: Pick<MeasureOptions, 'dist' | 'outDir' | 'seed'>,
): string {
  if (size.kind === 'real') return join(dist, 'data', 'dataset.json');
  const file = join(outDir, 'datasets', `synth-${datasetSlug(size)}-seed${seed}.json`);
  const sources = join(projectRoot, 'data', 'sources');
  const inputs = [
    join(projectRoot, 'scripts', 'perf', 'synth-dataset.ts'),
    join(projectRoot, 'scripts', 'perf', 'synth-vocabulary.ts'),
    // A shape's counts are part of the file's name only in part: `diverse` names whatever the shape says.
    join(projectRoot, 'scripts', 'perf', 'bench-shapes.ts'),
    join(projectRoot, 'src', 'data', 'schema.ts'),
    ...readdirSync(sources).map((name) => join(sources, name)),
  ];
  const fresh = existsSync(file) && inputs.every((input) => statSync(input).mtimeMs < statSync(file).mtimeMs);
  if (!fresh)
    run('npx', ['tsx', 'scripts/perf/synth-dataset.ts', ...synthArgs(size), '--seed', String(seed), '--out', file]);
  return file;
}

/** Runs a command in the project, its output shown; throws when it fails. */
export function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`bench: \`${command} ${args.join(' ')}\` failed`);
}

function emptyResult(size: BenchDataset, file: string, dataset: Dataset, raw: Buffer): SizeResult {
  return {
    dataset:
      size.kind === 'real'
        ? `real (${dataset.sources.length} articles)`
        : `synthetic ${size.events.toLocaleString('en-GB')} ${size.shape} ${size.layout}`,
    file: relative(projectRoot, file),
    events: dataset.events.length,
    quotes: dataset.quotes.length,
    bytes: raw.length,
    gzipBytes: gzipSync(raw, { level: 6 }).length,
    firstRenderMs: null,
    firstRenderCpuMs: null,
    navigationToReadyMs: null,
    navigationToReadyCpuMs: null,
    datasetDownloadMs: null,
    datasetWorker: null,
    machineBusyShare: null,
    loadSteps: {},
    loadLongTasks: { count: 0, totalMs: 0, longestMs: 0 },
    downloadLongTasks: { count: 0, longestMs: 0 },
    heapAfterLoadMb: null,
    heapAfterChangesMb: null,
    layoutShift: null,
    domNodes: null,
    regions: [],
    settled: summarize([]),
    settledCpu: summarize([]),
    firstPaint: summarize([]),
    changes: [],
    unchanged: 0,
    loadAverage: { before: loadAverage(), after: '' },
    errors: [],
  };
}

interface Session {
  browser: Browser;
  page: Page;
  cdp: CDPSession;
}

/** A page with the probe installed, the CPU slowed as asked and, with --profile, the profiler running. */
async function openPage(browser: Browser, options: MeasureOptions, result: SizeResult) {
  // Reduced motion, so a chart's entry animation is not counted as work; the views must still update.
  // bypassCSP: the page's CSP forbids eval, which is how Playwright runs the probe's expressions.
  // Tall enough that every view is on screen: views below the fold load when reached, and the bench times
  // the first render of all of them.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 2000 },
    reducedMotion: 'reduce',
    bypassCSP: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => result.errors.push(error.message));
  await page.addInitScript(probeInitScript);
  const cdp = await context.newCDPSession(page);
  if (options.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown });
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  return { page, cdp };
}

/** Loads the dashboard until every view has rendered; returns the filter summary it then shows. */
async function measureLoad(
  { browser, page, cdp }: Session,
  url: string,
  options: MeasureOptions,
  result: SizeResult,
): Promise<string | null> {
  await browser.startTracing(page, { categories: traceCategories });
  const machineCpu = sampleMachineCpu();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(readyExpression(options.minRegions, options.quietMs), undefined, {
      timeout: 180_000,
      polling: 50,
    });
  } finally {
    machineCpu.stop();
  }
  const load = await page.evaluate<LoadProbe>(loadProbeExpression);
  const timeOrigin = await page.evaluate<number>('performance.timeOrigin');
  const share = busyShareBetween(machineCpu.samples, timeOrigin, timeOrigin + load.lastPaint);
  result.machineBusyShare = share === null ? null : Math.round(share * 100) / 100;
  recordLoadCpu(parseTrace(await browser.stopTracing()), result);
  recordLoadTimings(load, result);
  // A string, not a function: tsx's helpers do not exist in the page.
  const steps = await page.evaluate<[string, number][]>(
    "performance.getEntriesByType('measure').filter((m) => m.name.startsWith('dataset: ')).map((m) => [m.name.slice(9), m.duration])",
  );
  result.loadSteps = Object.fromEntries(steps.map(([name, duration]) => [name, Math.round(duration)]));
  result.layoutShift = Math.round(load.layoutShift * 1000) / 1000;
  result.regions = load.regions;
  result.heapAfterLoadMb = await usedHeapMb(cdp);
  result.domNodes = load.domNodes;
  return load.summary;
}

/** Main-thread CPU from the dataset's last byte, and from navigation, to the paint after the views' last change. */
function recordLoadCpu(trace: TraceEvent[], result: SizeResult): void {
  const thread = findMainThread(trace);
  const arrived = findResourceFinish(trace, /\/data\/dataset\.json$/);
  const ready = thread?.marks.filter((mark) => mark.message === 'bench-paint').at(-1)?.ts;
  if (thread && arrived !== null && ready !== undefined) {
    result.firstRenderCpuMs = Math.round(cpuBetween(thread.tasks, arrived, ready));
    result.navigationToReadyCpuMs = Math.round(cpuBetween(thread.tasks, -Infinity, ready));
    result.datasetWorker = dedicatedWorkerBusy(trace, thread, ready);
  }
}

/** The load's wall-clock figures and its long tasks, split at the dataset's last byte. */
function recordLoadTimings(load: LoadProbe, result: SizeResult): void {
  const arrived = load.datasetResponseEnd;
  const requested = load.datasetRequestStart;
  result.firstRenderMs = arrived === null ? null : Math.round(load.lastPaint - arrived);
  result.navigationToReadyMs = Math.round(load.lastPaint);
  result.datasetDownloadMs = arrived === null || requested === null ? null : Math.round(arrived - requested);
  const afterData = load.longTasks.filter((task) => arrived !== null && task.start + task.duration >= arrived);
  const whileDownloading = load.longTasks.filter(
    (task) => arrived !== null && requested !== null && task.start >= requested && task.start + task.duration < arrived,
  );
  result.downloadLongTasks = {
    count: whileDownloading.length,
    longestMs: Math.round(Math.max(0, ...whileDownloading.map((task) => task.duration))),
  };
  result.loadLongTasks = {
    count: afterData.length,
    totalMs: Math.round(afterData.reduce((sum, task) => sum + task.duration, 0)),
    longestMs: Math.round(Math.max(0, ...afterData.map((task) => task.duration))),
  };
}

/** Replays the filter changes, timing each until the views settle, then its main-thread CPU from the trace. */
async function measureChanges(
  { browser, page, cdp }: Session,
  plan: FilterChange[],
  summaryAfterLoad: string | null,
  options: MeasureOptions,
  result: SizeResult,
): Promise<void> {
  let previousSummary = summaryAfterLoad;
  await browser.startTracing(page, { categories: traceCategories });
  for (const change of plan) {
    const probe = await page.evaluate<ChangeProbe>(changeExpression(change.search, options.quietMs, 60_000));
    result.changes.push({ ...change, ...probe, cpuMs: null });
    if (!probe.changed || probe.summary === previousSummary) result.unchanged += 1;
    previousSummary = probe.summary;
  }
  recordChangesCpu(parseTrace(await browser.stopTracing()), result);
  result.settled = summarize(result.changes.map((change) => change.settledMs));
  result.settledCpu = summarize(result.changes.flatMap((change) => (change.cpuMs === null ? [] : [change.cpuMs])));
  result.firstPaint = summarize(result.changes.map((change) => change.firstPaintMs));
  result.heapAfterChangesMb = await usedHeapMb(cdp);
}

/** Each change's CPU: from its start mark to the last paint before the next change's. */
function recordChangesCpu(trace: TraceEvent[], result: SizeResult): void {
  const thread = findMainThread(trace);
  const starts = thread?.marks.filter((mark) => mark.message === 'bench-change') ?? [];
  if (!thread || starts.length !== result.changes.length) return;
  starts.forEach((start, index) => {
    const next = starts[index + 1]?.ts ?? Infinity;
    const paint = thread.marks
      .filter((mark) => mark.message === 'bench-paint' && mark.ts > start.ts && mark.ts < next)
      .at(-1);
    const change = result.changes[index];
    if (change) change.cpuMs = Math.round(cpuBetween(thread.tasks, start.ts, paint?.ts ?? start.ts) * 10) / 10;
  });
}

function parseTrace(buffer: Buffer): TraceEvent[] {
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
}

async function writeProfile(cdp: CDPSession, file: string): Promise<void> {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  console.log(`  CPU profile: ${relative(projectRoot, file)} (open in Chrome DevTools › Performance)`);
}

async function usedHeapMb(cdp: CDPSession): Promise<number> {
  // Collect first: the figure should be what the page keeps, not garbage waiting for the next GC.
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return megabytes(usedSize);
}
