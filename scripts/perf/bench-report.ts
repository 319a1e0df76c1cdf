/** The bench's printed report: a table per dataset size, notes, the targets, and differences from an earlier run. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { megabytes, type SizeResult } from './bench-measure';
import { medianOf, type RoundsRow } from './bench-rounds';

// The targets at 100,000 events on this 2-core machine, in every shape and layout.
const targets = { navigationToReadyMs: 3000, filterP95Ms: 150, heapMb: 300 };

const ms = (value: number | null) => (value === null || Number.isNaN(value) ? '–' : `${Math.round(value)}`);

/** Prints the results: the main figures as a table, then each dataset's other figures, then the targets. */
export function printReport(results: SizeResult[]): void {
  printTable(results);
  for (const result of results) printNotes(result);
  const large = results.filter((result) => result.events >= 100_000);
  if (large.length > 0) console.log('');
  for (const result of large) printTargets(result);
}

function printTable(results: SizeResult[]): void {
  const kb = (bytes: number) => (bytes >= 1e6 ? `${megabytes(bytes)} MB` : `${Math.round(bytes / 1000)} kB`);
  const rows = [
    [
      'dataset',
      'events',
      'JSON raw / gzip',
      'first render ms (CPU)',
      'nav→ready ms (CPU)',
      'filter settle p50 / p95 / max ms',
      'filter CPU p50 / p95 ms',
      'heap MB',
      'CLS',
    ],
    ...results.map((result) => [
      result.dataset,
      result.events.toLocaleString('en-GB'),
      `${kb(result.bytes)} / ${kb(result.gzipBytes)}`,
      `${ms(result.firstRenderMs)} (${ms(result.firstRenderCpuMs)})`,
      `${ms(result.navigationToReadyMs)} (${ms(result.navigationToReadyCpuMs)})`,
      `${ms(result.settled.median)} / ${ms(result.settled.p95)} / ${ms(result.settled.max)} (n=${result.settled.count})`,
      `${ms(result.settledCpu.median)} / ${ms(result.settledCpu.p95)}`,
      result.heapAfterLoadMb === null ? '–' : String(result.heapAfterLoadMb),
      result.layoutShift === null ? '–' : String(result.layoutShift),
    ]),
  ];
  printColumns(rows);
}

/** Prints rows of cells in columns as wide as their widest cell. */
function printColumns(rows: readonly string[][]): void {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

function printNotes(result: SizeResult): void {
  const notes = [
    `load avg ${result.loadAverage.before} → ${result.loadAverage.after}`,
    `dataset download ${ms(result.datasetDownloadMs)} ms`,
    ...Object.entries(result.loadSteps).map(([step, duration]) => `${step} ${duration} ms`),
    result.datasetWorker === null || result.datasetWorker.taskMs === 0
      ? 'dataset worker –'
      : `dataset worker ran ${result.datasetWorker.cpuMs} ms in ${result.datasetWorker.taskMs} ms of tasks (${percent(result.datasetWorker.cpuMs / result.datasetWorker.taskMs)})`,
    `CPUs busy ${result.machineBusyShare === null ? '–' : percent(result.machineBusyShare)} from navigation to ready`,
    `long tasks while downloading ${result.downloadLongTasks.count} (longest ${result.downloadLongTasks.longestMs} ms)`,
    `long tasks after data ${result.loadLongTasks.count} (${result.loadLongTasks.totalMs} ms, longest ${result.loadLongTasks.longestMs} ms)`,
    `first paint after a change p95 ${ms(result.firstPaint.p95)} ms`,
    `heap after changes ${result.heapAfterChangesMb ?? '–'} MB`,
    `${result.domNodes?.toLocaleString('en-GB') ?? '–'} DOM elements`,
  ];
  if (result.unchanged > 0) notes.push(`${result.unchanged} change(s) left the summary as it was`);
  console.log(`  ${result.dataset}: ${notes.join('; ')}`);
  for (const error of result.errors) console.log(`  ${result.dataset}: ERROR ${error}`);
}

function printTargets(largest: SizeResult): void {
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');
  console.log(
    `Targets, ${largest.dataset}: navigation to ready ${ms(largest.navigationToReadyMs)} ms ≤ ${targets.navigationToReadyMs} ` +
      `${verdict((largest.navigationToReadyMs ?? Infinity) <= targets.navigationToReadyMs)}; filter p95 ${ms(largest.settled.p95)} ms ≤ ${targets.filterP95Ms} ` +
      `${verdict(largest.settled.p95 <= targets.filterP95Ms)}; heap ${largest.heapAfterLoadMb ?? '–'} MB ≤ ${targets.heapMb} ` +
      `${verdict((largest.heapAfterLoadMb ?? Infinity) <= targets.heapMb)}`,
  );
}

/** Prints how each dataset's main figures moved since an earlier run's JSON (negative is faster or smaller). */
export function printComparison(results: SizeResult[], previousFile: string): void {
  const previous = JSON.parse(readFileSync(resolve(previousFile), 'utf8')) as { label: string; results: SizeResult[] };
  console.log(`\nCompared with ${previous.label} (negative is faster or smaller):`);
  const delta = (now: number | null, before: number | null | undefined, unit: string) =>
    now === null || before === null || before === undefined
      ? '–'
      : `${now - before > 0 ? '+' : ''}${Math.round((now - before) * 10) / 10} ${unit}`;
  for (const result of results) {
    const before = previous.results.find((candidate) => candidate.dataset === result.dataset);
    if (!before) continue;
    console.log(
      `  ${result.dataset}: first render ${delta(result.firstRenderMs, before.firstRenderMs, 'ms')} ` +
        `(CPU ${delta(result.firstRenderCpuMs, before.firstRenderCpuMs, 'ms')}), ` +
        `filter p95 ${delta(result.settled.p95, before.settled.p95, 'ms')} ` +
        `(CPU ${delta(result.settledCpu.p95, before.settledCpu?.p95, 'ms')}), ` +
        `heap ${delta(result.heapAfterLoadMb, before.heapAfterLoadMb, 'MB')}`,
    );
  }
}

/**
 * Prints builds measured in turns: per dataset and build, the median of each figure and, in brackets, every round's
 * value in round order.
 */
export function printRounds(rows: readonly RoundsRow[], rounds: number): void {
  const values = (list: readonly (number | null)[], format: (value: number) => string) =>
    `${Number.isNaN(medianOf(list)) ? '–' : format(medianOf(list))} [${list.map((value) => (value === null ? '–' : format(value))).join(' ')}]`;
  const table = [
    ['dataset', 'build', 'nav→ready ms', 'filter p95 ms', 'worker on a core', 'CPUs busy'],
    ...rows.flatMap((row) =>
      row.builds.map((figures) => [
        row.dataset,
        figures.build,
        values(figures.navigationToReadyMs, ms),
        values(figures.filterP95Ms, ms),
        values(figures.workerOnCore, percent),
        values(figures.machineBusy, percent),
      ]),
    ),
  ];
  console.log(`Builds measured in turns, ${rounds} rounds; median [each round]:`);
  printColumns(table);
}
