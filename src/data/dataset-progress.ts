/**
 * How far the dataset's load has got, for a reader waiting on a large file. The loader reports every piece of the
 * download; the store keeps only what a reader would see change (a whole percent, a whole megabyte, the check after
 * the last byte), so a file of 72 MB redraws the line about a hundred times, not once a piece. No React here: the
 * page reads the store through `useSyncExternalStore`.
 */

/** What the loader knows: bytes so far and the body's length when the server said it, or the check after the last byte. */
export type DatasetLoadProgress =
  { phase: 'downloading'; received: number; total: number | null } | { phase: 'checking' };

/** What the page says of it. */
export type DatasetProgressShown =
  | { kind: 'waiting' }
  /** A fraction of the file, in whole percents, never all of it before the check. */
  | { kind: 'share'; share: number }
  /** The megabytes so far, when the server did not say how many will come. */
  | { kind: 'megabytes'; megabytes: number }
  | { kind: 'checking' };

export function showProgress(progress: DatasetLoadProgress): DatasetProgressShown {
  if (progress.phase === 'checking') return { kind: 'checking' };
  const { received, total } = progress;
  if (total !== null && total > 0)
    return { kind: 'share', share: Math.min(99, Math.floor((received / total) * 100)) / 100 };
  const megabytes = Math.floor(received / 1_000_000);
  return megabytes > 0 ? { kind: 'megabytes', megabytes } : { kind: 'waiting' };
}

function sameShown(a: DatasetProgressShown, b: DatasetProgressShown): boolean {
  if (a.kind === 'share' && b.kind === 'share') return a.share === b.share;
  if (a.kind === 'megabytes' && b.kind === 'megabytes') return a.megabytes === b.megabytes;
  return a.kind === b.kind;
}

export interface DatasetProgressStore {
  /** The same object until what it shows changes, as `useSyncExternalStore` needs. */
  get: () => DatasetProgressShown;
  subscribe: (listener: () => void) => () => void;
  report: (progress: DatasetLoadProgress) => void;
}

function createProgressStore(): DatasetProgressStore {
  let shown: DatasetProgressShown = { kind: 'waiting' };
  const listeners = new Set<() => void>();
  return {
    get: () => shown,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report: (progress) => {
      const next = showProgress(progress);
      if (sameShown(shown, next)) return;
      shown = next;
      for (const listener of listeners) listener();
    },
  };
}

const stores = new Map<string, DatasetProgressStore>();

/** The progress of the load of the dataset at `url`: one store per file, shared by its query and the page. */
export function datasetProgress(url: string): DatasetProgressStore {
  let store = stores.get(url);
  if (store === undefined) {
    store = createProgressStore();
    stores.set(url, store);
  }
  return store;
}
