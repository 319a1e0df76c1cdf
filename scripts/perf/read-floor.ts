/**
 * `npm run bench:floor`: what reading a dataset file costs on this machine with no page around it. In a bare page
 * (no app, no views) it times, in a worker:
 *
 * - **browser**: the download into memory, one decode to text and one parse of every record, one after another;
 * - **reader**: the app's own reader (`src/data/dataset-reader.ts`) from the request to a checked dataset, fed
 *   the bytes as they arrive, with nothing to hand on to a page.
 *
 * The dashboard's "navigation to ready" (`npm run bench`) adds its own start, the records' trip to the page and the
 * views' drawing to the reader's time: a load target below the reader's time cannot be met by work on the page.
 *
 *     npm run bench:floor -- [--sizes 100000] [--shapes diverse] [--layouts lines,json] [--runs 3] [--seed 2020]
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';
import { launchChromium } from '../chromium';
import { datasetFile, megabytes } from './bench-measure';
import { datasetSlug, planDatasets, type BenchDataset } from './bench-shapes';
import { parseCliArgs } from './cli-args';
import { describeMachine } from './machine';
import { benchResultsDir, projectRoot } from './paths';
import type { FloorMode, FloorReply, FloorRequest } from './read-floor/floor-protocol';
import { startStaticServer } from './static-server';

// Inside the project, so that the page resolves its node_modules.
const pageDist = join(projectRoot, 'node_modules', '.cache', 'read-floor');

function readOptions() {
  const args = parseCliArgs('bench:floor', { values: ['sizes', 'shapes', 'layouts', 'runs', 'seed'] });
  const runs = Number(args.value('runs') ?? 3);
  if (!(Number.isInteger(runs) && runs >= 1)) throw new Error('bench:floor: --runs takes a whole number of 1 or more');
  const datasets = planDatasets(
    args.list('sizes', '100000'),
    args.list('shapes', 'diverse'),
    args.list('layouts', 'lines,json'),
  );
  return { datasets, runs, seed: Number(args.value('seed') ?? 2020) };
}

async function measure(page: Page, request: FloorRequest): Promise<FloorReply> {
  return page.evaluate(
    (asked) => (window as unknown as { measureInWorker(r: typeof asked): Promise<FloorReply> }).measureInWorker(asked),
    request,
  );
}

const ms = (value: number) => String(Math.round(value)).padStart(7);

async function measureDataset(page: Page, dataset: BenchDataset, file: string, runs: number): Promise<void> {
  const layout = dataset.kind === 'real' ? 'lines' : dataset.layout;
  const name = `${datasetSlug(dataset)}, ${megabytes(statSync(file).size)} MB`;
  for (let run = 1; run <= runs; run++) {
    const replies: Partial<Record<FloorMode, FloorReply>> = {};
    for (const mode of ['browser', 'reader'] as const)
      replies[mode] = await measure(page, { url: '/data/dataset.json', mode, layout });
    const { browser, reader } = replies;
    if (browser?.mode !== 'browser' || reader?.mode !== 'reader')
      throw new Error('bench:floor: a worker answered wrong');
    if (reader.outcome !== 'dataset')
      throw new Error(`bench:floor: the app's reader refused the file (${reader.outcome})`);
    const sum = browser.downloadMs + browser.decodeMs + browser.parseMs;
    console.log(
      `${name.padEnd(36)} ${String(run).padStart(3)} ${ms(browser.downloadMs)} ${ms(browser.decodeMs)} ` +
        `${ms(browser.parseMs)} ${ms(sum)} ${ms(reader.totalMs)}`,
    );
  }
}

async function main(): Promise<void> {
  const { datasets, runs, seed } = readOptions();
  mkdirSync(benchResultsDir, { recursive: true });
  await build({
    root: join(projectRoot, 'scripts', 'perf', 'read-floor'),
    configFile: false,
    logLevel: 'silent',
    build: { outDir: pageDist, emptyOutDir: true },
  });
  const machine = await describeMachine(1);
  console.log(`bench:floor: ${machine.cpuModel} × ${machine.cpus}, ${machine.browser}; ms, each step in a bare worker`);
  console.log(`${'dataset'.padEnd(36)} run  download  decode   parse  browser  reader`);
  for (const dataset of datasets) {
    const file = datasetFile(dataset, { dist: join(projectRoot, 'public'), outDir: benchResultsDir, seed });
    const server = await startStaticServer(pageDist, { overrides: { '/data/dataset.json': file } });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/`);
      await measureDataset(page, dataset, file, runs);
    } finally {
      await browser.close();
      await server.close();
    }
  }
  console.log(`\nbrowser: download + decode + parse, one after another; reader: the app's reader, as bytes arrive.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
