/**
 * How far the dataset's load has got, for a reader waiting on a large file. The loader reports every piece of the
 * download; the store tells the page what a reader would see change (a whole percent, a whole megabyte, the check
 * after the last byte), at most twice a second: each change is a frame of the page (style, layout, paint), taken from a
 * load that is short of CPU. No React here: the page reads the store through `useSyncExternalStore`.
 */

/** What the loader knows: bytes so far and the body's length when the server said it, or the check after the last byte. */
export type DatasetLoadProgress =
  { phase: 'downloading'; received: number; total: number | null } | { phase: 'checking' };

/** What the page says of it. */
export type DatasetProgressShown =
  | { kind: 'waiting' }
  /** The share of the file come so far, in whole percents, never all of it before the check. */
  | { kind: 'share'; percent: number }
  /** The megabytes so far, when the server did not say how many will come. */
  | { kind: 'megabytes'; megabytes: number }
  | { kind: 'checking' };

export function showProgress(progress: DatasetLoadProgress): DatasetProgressShown {
  if (progress.phase === 'checking') return { kind: 'checking' };
  const { received, total } = progress;
  if (total !== null && total > 0)
    return { kind: 'share', percent: Math.min(99, Math.floor((received / total) * 100)) };
  const megabytes = Math.floor(received / 1_000_000);
  return megabytes > 0 ? { kind: 'megabytes', megabytes } : { kind: 'waiting' };
}

function sameShown(a: DatasetProgressShown, b: DatasetProgressShown): boolean {
  if (a.kind === 'share' && b.kind === 'share') return a.percent === b.percent;
  if (a.kind === 'megabytes' && b.kind === 'megabytes') return a.megabytes === b.megabytes;
  return a.kind === b.kind;
}

export interface DatasetProgressStore {
  /** The same object until what it shows changes, as `useSyncExternalStore` needs. */
  get: () => DatasetProgressShown;
  subscribe: (listener: () => void) => () => void;
  report: (progress: DatasetLoadProgress) => void;
}

/** The shortest time between two changes of the same kind: a new percent waits, the check's start does not. */
export const progressGapMs = 500;

function createProgressStore(): DatasetProgressStore {
  let shown: DatasetProgressShown = { kind: 'waiting' };
  let latest: DatasetProgressShown = shown;
  let gap: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const publish = () => {
    shown = latest;
    for (const listener of listeners) listener();
    clearTimeout(gap);
    // What came during the gap is shown at its end, so the line never stays behind a download that has stopped.
    gap = setTimeout(() => {
      gap = undefined;
      if (!sameShown(shown, latest)) publish();
    }, progressGapMs);
  };
  return {
    get: () => shown,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    report: (progress) => {
      const next = showProgress(progress);
      if (sameShown(latest, next)) return;
      latest = next;
      if (gap === undefined || next.kind !== shown.kind) publish();
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
