/**
 * The performance bench: `npm run bench -- [--sizes real,10000,100000] [--shapes today,diverse,many-places]
 * [--layouts lines,json] [--changes 24] [--label name] [--build] [--profile] [--cpu-slowdown N] [--dist dir]
 * [--compare bench-results/earlier.json] [--against other-dist] [--rounds N]`. Each synthetic size is measured in
 * every shape and layout asked for (`bench-shapes.ts`; by default today's shape, one record per line). With
 * `--against`, the build in --dist (or dist/) and another one are measured in turns, `--rounds` times (3 by
 * default), each round in the other order, and the report gives each figure's median and every round's value
 * (`bench-rounds.ts`).
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
import { measureSize, run, type MeasureOptions } from './bench-measure';
import { datasetSlug, planDatasets } from './bench-shapes';
import { printComparison, printReport, printRounds } from './bench-report';
import { collectRounds, roundOrder, type RoundRun } from './bench-rounds';
import { parseCliArgs } from './cli-args';
import { describeMachine } from './machine';
import { benchResultsDir, projectRoot, resolveDist } from './paths';

/** The run's options, as its JSON records them. */
interface Options extends Omit<MeasureOptions, 'dist' | 'outDir'> {
  sizes: string[];
  shapes: string[];
  layouts: string[];
  /** Build first even when the build to measure exists. */
  build: boolean;
  /** A previous run's JSON to print the differences against. */
  compare: string | undefined;
  /** How many times each build measures each dataset, builds in turn. */
  rounds: number;
}

function readOptions(): { options: Options; dist: string | undefined; against: string | undefined } {
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
      'against',
      'rounds',
    ],
    flags: ['build', 'profile'],
  });
  const options: Options = {
    sizes: args.list('sizes', 'real,10000,100000'),
    shapes: args.list('shapes', 'today'),
    layouts: args.list('layouts', 'lines'),
    changes: Number(args.value('changes') ?? 24),
    label: args.value('label') ?? new Date().toISOString().replace(/[:.]/g, '-'),
    seed: Number(args.value('seed') ?? 2020),
    build: args.flag('build'),
    profile: args.flag('profile'),
    quietMs: Number(args.value('quiet-ms') ?? 300),
    minRegions: Number(args.value('regions') ?? 3),
    cpuSlowdown: Number(args.value('cpu-slowdown') ?? 1),
    compare: args.value('compare'),
    rounds: Number(args.value('rounds') ?? (args.value('against') === undefined ? 1 : 3)),
  };
  if (!(options.cpuSlowdown >= 1)) throw new Error('bench: --cpu-slowdown takes a rate of 1 or more (2 = half speed)');
  if (!(options.changes >= 20)) throw new Error('bench: --changes must be at least 20 for a p95 to mean anything');
  if (!(Number.isInteger(options.rounds) && options.rounds >= 1))
    throw new Error('bench: --rounds takes a whole number');
  if (options.compare && options.rounds > 1) throw new Error('bench: --compare reads one run; drop --rounds');
  return { options, dist: args.value('dist'), against: args.value('against') };
}

/** Builds the app, into the --dist directory when one is given. */
function build(dist: string | undefined): void {
  run('npm', ['run', 'build', ...(dist === undefined ? [] : ['--', '--outDir', resolveDist(dist), '--emptyOutDir'])]);
}

async function main(): Promise<void> {
  const { options, dist, against } = readOptions();
  const datasets = planDatasets(options.sizes, options.shapes, options.layouts);
  const measure: MeasureOptions = { ...options, dist: resolveDist(dist), outDir: benchResultsDir };
  if (options.build || !existsSync(join(measure.dist, 'index.html'))) build(dist);
  const builds = [measure.dist, ...(against === undefined ? [] : [resolveDist(against)])];
  for (const other of builds.slice(1))
    if (!existsSync(join(other, 'index.html'))) throw new Error(`bench: no build in ${other} (--against)`);
  mkdirSync(benchResultsDir, { recursive: true });
  const machine = await describeMachine(options.cpuSlowdown);
  console.log(
    `bench: ${machine.cpuModel} × ${machine.cpus}, ${machine.browser}, Node ${machine.node}${
      options.cpuSlowdown > 1 ? `, page CPU slowed ${options.cpuSlowdown}×` : ''
    }`,
  );
  const runs: RoundRun[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    for (const dataset of datasets) {
      for (const buildDir of roundOrder(builds, round)) {
        const buildName = buildDir.startsWith(projectRoot) ? relative(projectRoot, buildDir) : buildDir;
        const where = builds.length > 1 || options.rounds > 1 ? ` (${buildName}, round ${round + 1})` : '';
        console.log(`bench: ${dataset.kind === 'real' ? 'real dataset' : datasetSlug(dataset)}${where} …`);
        runs.push({ build: buildName, round, result: await measureSize(dataset, { ...measure, dist: buildDir }) });
      }
    }
  }
  const results = runs.filter((run) => run.round === 0 && run.build === runs[0]?.build).map((run) => run.result);
  console.log('');
  if (runs.length === results.length) printReport(results);
  else printRounds(collectRounds(runs), options.rounds);
  const file = join(benchResultsDir, `${options.label}.json`);
  const record = { label: options.label, date: new Date().toISOString(), machine, options, results, runs };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`\nwritten to ${relative(projectRoot, file)}`);
  if (options.compare) printComparison(results, options.compare);
  if (runs.some((run) => run.result.errors.length > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
