import { percentile, summarize } from './stats';

describe('percentile', () => {
  it('takes the nearest rank, so the p95 of twenty timings is the second slowest', () => {
    const timings = Array.from({ length: 20 }, (_, index) => (index + 1) * 10);
    expect(percentile(timings, 0.95)).toBe(190);
    expect(percentile(timings, 0.5)).toBe(100);
  });

  it('does not depend on the order the timings came in', () => {
    expect(percentile([30, 10, 20], 0.5)).toBe(20);
  });

  it('is NaN with no samples instead of a made-up zero', () => {
    expect(percentile([], 0.95)).toBeNaN();
  });
});

describe('summarize', () => {
  it('reports count, median, p95 and max', () => {
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ count: 5, median: 3, p95: 5, max: 5 });
  });
});
