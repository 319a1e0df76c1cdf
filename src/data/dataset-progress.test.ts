import { datasetProgress, showProgress } from './dataset-progress';

describe('showProgress', () => {
  it('gives the share of a file whose length is known, in whole percents', () => {
    expect(showProgress({ phase: 'downloading', received: 456, total: 1000 })).toEqual({ kind: 'share', share: 0.45 });
    expect(showProgress({ phase: 'downloading', received: 0, total: 1000 })).toEqual({ kind: 'share', share: 0 });
  });

  it('never says all of it has come before the check, even when the server understated the length', () => {
    expect(showProgress({ phase: 'downloading', received: 1000, total: 1000 })).toEqual({ kind: 'share', share: 0.99 });
    expect(showProgress({ phase: 'downloading', received: 5000, total: 1000 })).toEqual({ kind: 'share', share: 0.99 });
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
  it('tells its listeners only when what a reader sees changes', () => {
    const store = datasetProgress('https://news.example/a/data/dataset.json');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.report({ phase: 'downloading', received: 100, total: 10_000 });
    store.report({ phase: 'downloading', received: 150, total: 10_000 });
    const onePercent = store.get();
    store.report({ phase: 'downloading', received: 199, total: 10_000 });
    expect(store.get()).toBe(onePercent);
    store.report({ phase: 'downloading', received: 200, total: 10_000 });
    store.report({ phase: 'checking' });
    expect(listener).toHaveBeenCalledTimes(3);
    expect(store.get()).toEqual({ kind: 'checking' });
    unsubscribe();
    store.report({ phase: 'downloading', received: 0, total: null });
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('keeps one store per file', () => {
    const url = 'https://news.example/b/data/dataset.json';
    expect(datasetProgress(url)).toBe(datasetProgress(url));
    expect(datasetProgress(url)).not.toBe(datasetProgress('https://news.example/c/data/dataset.json'));
  });
});
