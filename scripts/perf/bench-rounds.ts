/**
 * Builds compared by alternating them: on a shared virtual machine one run can be seconds slower than the next for
 * the same build, and a slow spell slows every row, so two builds are only comparable when measured in turns, each
 * round in the other order, and read by their medians.
 */
import { percentile } from './stats';
import type { SizeResult } from './bench-measure';

/** One measurement of one dataset on one build, in one round. */
export interface RoundRun {
  build: string;
  round: number;
  result: SizeResult;
}

/** The order of the builds in a round: reversed every other round, so neither always runs first. */
export function roundOrder<T>(builds: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...builds] : [...builds].reverse();
}

export interface RoundFigures {
  build: string;
  /** Each round's value, in round order; null where a run did not give one. */
  navigationToReadyMs: (number | null)[];
  filterP95Ms: (number | null)[];
  /** The share of its tasks' time the dataset worker ran on a core. */
  workerOnCore: (number | null)[];
  machineBusy: (number | null)[];
}

export interface RoundsRow {
  dataset: string;
  builds: RoundFigures[];
}

/** Each dataset's figures per build across the rounds, datasets and builds in the order first measured. */
export function collectRounds(runs: readonly RoundRun[]): RoundsRow[] {
  const rows = new Map<string, Map<string, RoundFigures>>();
  for (const { build, result } of [...runs].sort((a, b) => a.round - b.round)) {
    const builds = rows.get(result.dataset) ?? new Map<string, RoundFigures>();
    rows.set(result.dataset, builds);
    const figures = builds.get(build) ?? {
      build,
      navigationToReadyMs: [],
      filterP95Ms: [],
      workerOnCore: [],
      machineBusy: [],
    };
    builds.set(build, figures);
    const worker = result.datasetWorker;
    figures.navigationToReadyMs.push(result.navigationToReadyMs);
    figures.filterP95Ms.push(result.settled.count > 0 ? result.settled.p95 : null);
    figures.workerOnCore.push(worker && worker.taskMs > 0 ? worker.cpuMs / worker.taskMs : null);
    figures.machineBusy.push(result.machineBusyShare);
  }
  return [...rows].map(([dataset, builds]) => ({ dataset, builds: [...builds.values()] }));
}

/** The median of the values there are; NaN when there are none. */
export function medianOf(values: readonly (number | null)[]): number {
  return percentile(
    values.filter((value): value is number => value !== null),
    0.5,
  );
}
