import type { SizeResult } from './bench-measure';
import { collectRounds, medianOf, roundOrder, type RoundRun } from './bench-rounds';
import { summarize } from './stats';

const result = (dataset: string, nav: number, p95: number, worker: [number, number] | null): SizeResult =>
  ({
    dataset,
    navigationToReadyMs: nav,
    settled: { ...summarize([p95]), p95 },
    datasetWorker: worker && { cpuMs: worker[0], taskMs: worker[1] },
    machineBusyShare: 0.9,
  }) as SizeResult;

describe('roundOrder', () => {
  it('runs the builds in turn, in the other order every other round', () => {
    expect(roundOrder(['new', 'old'], 0)).toEqual(['new', 'old']);
    expect(roundOrder(['new', 'old'], 1)).toEqual(['old', 'new']);
    expect(roundOrder(['new', 'old'], 2)).toEqual(['new', 'old']);
  });
});

describe('collectRounds', () => {
  it('gathers each dataset’s figures per build in round order, whatever order they were measured in', () => {
    const runs: RoundRun[] = [
      { build: 'old', round: 1, result: result('diverse', 6000, 160, [1000, 4000]) },
      { build: 'new', round: 1, result: result('diverse', 5200, 140, [1000, 2000]) },
      { build: 'new', round: 0, result: result('diverse', 5000, 130, null) },
      { build: 'old', round: 0, result: result('diverse', 5900, 150, [1000, 2500]) },
      { build: 'new', round: 0, result: result('many places', 5500, 170, null) },
    ];
    const rows = collectRounds(runs);
    expect(rows.map((row) => row.dataset)).toEqual(['diverse', 'many places']);
    const [newer, older] = rows[0]!.builds;
    expect(newer).toMatchObject({ build: 'new', navigationToReadyMs: [5000, 5200], filterP95Ms: [130, 140] });
    expect(newer!.workerOnCore).toEqual([null, 0.5]);
    expect(older).toMatchObject({ build: 'old', navigationToReadyMs: [5900, 6000], workerOnCore: [0.4, 0.25] });
  });
});

describe('medianOf', () => {
  it('takes the median of the values there are', () => {
    expect(medianOf([5200, null, 5000, 6100])).toBe(5200);
    expect(medianOf([null])).toBeNaN();
  });
});
