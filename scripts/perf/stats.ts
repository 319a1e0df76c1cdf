/** Summary statistics for the bench's timings. */

/** The value below which `fraction` of the samples fall (nearest rank, as most perf tools report it). */
export function percentile(samples: readonly number[], fraction: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] as number;
}

export interface Summary {
  count: number;
  median: number;
  p95: number;
  max: number;
}

/** Median, p95 and max of a set of timings in milliseconds, rounded to a tenth. */
export function summarize(samples: readonly number[]): Summary {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    count: samples.length,
    median: round(percentile(samples, 0.5)),
    p95: round(percentile(samples, 0.95)),
    max: round(samples.length === 0 ? Number.NaN : Math.max(...samples)),
  };
}
