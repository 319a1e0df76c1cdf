/**
 * The performance bench: `npm run bench -- [--sizes real,10000,100000] [--shapes today,diverse,many-places]
 * [--layouts lines,json] [--changes 24] [--label name] [--build] [--profile] [--cpu-slowdown N] [--dist dir]
 * [--compare bench-results/earlier.json]`. Each synthetic size is measured in every shape and layout asked for
 * (`bench-shapes.ts`; by default today's shape, one record per line).
 *
 * Serves the production build (building it when dist/ is missing or with --build), swaps the dataset for
 * the real one or a synthetic one of the given size, and drives the dashboard in headless system Chromium:
 * time to first render of all views after the dataset arrives, time for the views to settle after each
 * filter change (actor, date, place, clear), JS heap after load, and dataset bytes, each timing also as
 * main-thread CPU time from a trace (steadier on a shared machine), and who had the CPU during the load (how much
 * of its tasks' time the dataset worker ran on a core, how busy the machine's cores were). Prints a table and
 * writes bench-results/<label>.json so runs can be compared. --profile also writes CPU profiles of the load and
 * of the filter changes per size (sampling slows the page: take figures from a run without it).
 *
 * Machines differ between sessions (one build's filter p95 differed about 2× between two of them), so each result
 * names its CPU and browser, and --cpu-slowdown N has Chromium run the page's main thread N times slower, to read
 * a build as a slower machine would run it.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measureSize, run, type MeasureOptions, type SizeResult } from './bench-measure';
import { datasetSlug, planDatasets } from './bench-shapes';
import { printComparison, printReport } from './bench-report';
import { parseCliArgs } from './cli-args';
import { describeMachine } from './machine';
import { projectRoot, resolveDist } from './paths';

/** The run's options, as its JSON records them. */
interface Options extends Omit<MeasureOptions, 'dist' | 'outDir'> {
  sizes: string[];
  shapes: string[];
  layouts: string[];
  /** Build first even when the build to measure exists. */
  build: boolean;
  /** A previous run's JSON to print the differences against. */
  compare: string | undefined;
}

const outDir = join(projectRoot, 'bench-results');

const list = (value: string) => value.split(',').map((item) => item.trim());

function readOptions(): { options: Options; dist: string | undefined } {
  const args = parseCliArgs('bench', {
    values: [
      'sizes',
      'shapes',
      'layouts',
      'changes',
      'label',
      'seed',
      'quiet-ms',
      'regions',
      'cpu-slowdown',
      'compare',
      'dist',
    ],
    flags: ['build', 'profile'],
  });
  const options: Options = {
    sizes: list(args.value('sizes') ?? 'real,10000,100000'),
    shapes: list(args.value('shapes') ?? 'today'),
    layouts: list(args.value('layouts') ?? 'lines'),
    changes: Number(args.value('changes') ?? 24),
    label: args.value('label') ?? new Date().toISOString().replace(/[:.]/g, '-'),
    seed: Number(args.value('seed') ?? 2020),
    build: args.flag('build'),
    profile: args.flag('profile'),
    quietMs: Number(args.value('quiet-ms') ?? 300),
    minRegions: Number(args.value('regions') ?? 3),
    cpuSlowdown: Number(args.value('cpu-slowdown') ?? 1),
    compare: args.value('compare'),
  };
  if (!(options.cpuSlowdown >= 1)) throw new Error('bench: --cpu-slowdown takes a rate of 1 or more (2 = half speed)');
  if (!(options.changes >= 20)) throw new Error('bench: --changes must be at least 20 for a p95 to mean anything');
  return { options, dist: args.value('dist') };
}

/** Builds the app, into the --dist directory when one is given. */
function build(dist: string | undefined): void {
  run('npm', ['run', 'build', ...(dist === undefined ? [] : ['--', '--outDir', resolveDist(dist), '--emptyOutDir'])]);
}

async function main(): Promise<void> {
  const { options, dist } = readOptions();
  const datasets = planDatasets(options.sizes, options.shapes, options.layouts);
  const measure: MeasureOptions = { ...options, dist: resolveDist(dist), outDir };
  if (options.build || !existsSync(join(measure.dist, 'index.html'))) build(dist);
  mkdirSync(outDir, { recursive: true });
  const machine = await describeMachine(options.cpuSlowdown);
  console.log(
    `bench: ${machine.cpuModel} × ${machine.cpus}, ${machine.browser}, Node ${machine.node}${
      options.cpuSlowdown > 1 ? `, page CPU slowed ${options.cpuSlowdown}×` : ''
    }`,
  );
  const results: SizeResult[] = [];
  for (const dataset of datasets) {
    console.log(`bench: ${dataset.kind === 'real' ? 'real dataset' : datasetSlug(dataset)} …`);
    results.push(await measureSize(dataset, measure));
  }
  console.log('');
  printReport(results);
  const file = join(outDir, `${options.label}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ label: options.label, date: new Date().toISOString(), machine, options, results }, null, 2)}\n`,
  );
  console.log(`\nwritten to ${relative(projectRoot, file)}`);
  if (options.compare) printComparison(results, options.compare);
  if (results.some((result) => result.errors.length > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
