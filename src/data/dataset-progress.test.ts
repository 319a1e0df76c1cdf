import { datasetProgress, progressGapMs, showProgress } from './dataset-progress';

describe('showProgress', () => {
  it('gives the share of a file whose length is known, in whole percents', () => {
    expect(showProgress({ phase: 'downloading', received: 456, total: 1000 })).toEqual({ kind: 'share', percent: 45 });
    expect(showProgress({ phase: 'downloading', received: 0, total: 1000 })).toEqual({ kind: 'share', percent: 0 });
  });

  it('never says all of it has come before the check, even when the server understated the length', () => {
    expect(showProgress({ phase: 'downloading', received: 1000, total: 1000 })).toEqual({ kind: 'share', percent: 99 });
    expect(showProgress({ phase: 'downloading', received: 5000, total: 1000 })).toEqual({ kind: 'share', percent: 99 });
  });

  it('counts whole megabytes when the length is not known, and nothing below the first', () => {
    expect(showProgress({ phase: 'downloading', received: 12_345_678, total: null })).toEqual({
      kind: 'megabytes',
      megabytes: 12,
    });
    expect(showProgress({ phase: 'downloading', received: 999_999, total: null })).toEqual({ kind: 'waiting' });
  });

  it('says the data is being checked after the last byte', () => {
    expect(showProgress({ phase: 'checking' })).toEqual({ kind: 'checking' });
  });
});

describe('datasetProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const downloaded = (received: number) => ({ phase: 'downloading', received, total: 10_000 }) as const;

  it('tells its listeners only when what a reader sees changes', () => {
    const store = datasetProgress('https://news.example/a/data/dataset.json');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.report(downloaded(100));
    const onePercent = store.get();
    store.report(downloaded(150));
    store.report(downloaded(199));
    vi.advanceTimersByTime(progressGapMs);
    expect(store.get()).toBe(onePercent);
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.report(downloaded(5000));
    vi.advanceTimersByTime(progressGapMs);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows a new percent at most twice a second, and the last one when the download stops', () => {
    const store = datasetProgress('https://news.example/d/data/dataset.json');
    const listener = vi.fn();
    store.subscribe(listener);
    store.report(downloaded(100));
    store.report(downloaded(200));
    store.report(downloaded(300));
    expect(store.get()).toEqual({ kind: 'share', percent: 1 });
    vi.advanceTimersByTime(progressGapMs - 1);
    expect(store.get()).toEqual({ kind: 'share', percent: 1 });
    vi.advanceTimersByTime(1);
    expect(store.get()).toEqual({ kind: 'share', percent: 3 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('says at once that the data is being checked', () => {
    const store = datasetProgress('https://news.example/e/data/dataset.json');
    store.report(downloaded(100));
    store.report(downloaded(9000));
    store.report({ phase: 'checking' });
    expect(store.get()).toEqual({ kind: 'checking' });
    vi.advanceTimersByTime(progressGapMs);
    expect(store.get()).toEqual({ kind: 'checking' });
  });

  it('keeps one store per file', () => {
    const url = 'https://news.example/b/data/dataset.json';
    expect(datasetProgress(url)).toBe(datasetProgress(url));
    expect(datasetProgress(url)).not.toBe(datasetProgress('https://news.example/c/data/dataset.json'));
  });
});
