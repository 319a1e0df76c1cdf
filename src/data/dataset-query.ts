/**
 * Loading the dataset in the browser: fetched from the app's folder (so the app works under any
 * subpath, from the dashboard and the embed page alike), checked with the same schema the build uses, and kept for the whole visit.
 */
import { queryOptions } from '@tanstack/react-query';
import { getAppRootUrl } from './app-root';
import { createDatasetLineReader } from './dataset-lines';
import type * as DatasetValidationModule from './dataset-validation';
import type { Dataset } from './schema';

type DatasetValidation = typeof DatasetValidationModule;

/** A schema problem as a reader can act on it: where in the file, and what is wrong there. */
export interface DatasetProblem {
  path: string;
  message: string;
}

export type DatasetLoadFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'json'; detail: string }
  | { kind: 'schema'; problems: DatasetProblem[] }
  | { kind: 'stalled'; seconds: number };

/** Why the dataset could not be used, kept structured so the page can explain it plainly. */
export class DatasetLoadError extends Error {
  readonly failure: DatasetLoadFailure;

  constructor(failure: DatasetLoadFailure) {
    super(`Dataset could not be loaded (${failure.kind})`);
    this.name = 'DatasetLoadError';
    this.failure = failure;
  }
}

/** The dataset's address in the app's folder, whatever subpath and page (dashboard or embed) it is opened from. */
export function getDatasetUrl(appRoot: string = getAppRootUrl()): string {
  return new URL('data/dataset.json', appRoot).href;
}

/** `['quotes', 3, 'actorId']` → `quotes[3].actorId`, the way a reader finds it in the JSON. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole file)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * How long the download may go without any progress (no answer, no new bytes) before the page gives up and
 * offers Retry: a server or connection that stalls mid-body would otherwise leave "Loading the data…" forever.
 * A slow download that keeps arriving is never cut off.
 */
export const datasetStallTimeoutMs = 15_000;

/** Fetches and validates the dataset; every failure becomes a DatasetLoadError, except a cancelled request. */
export async function loadDataset(
  url: string,
  fetchDataset: typeof fetch = fetch,
  signal?: AbortSignal,
  stallTimeoutMs: number = datasetStallTimeoutMs,
): Promise<Dataset> {
  // The validator (zod and the schema) is a chunk of its own, fetched alongside the data rather than in
  // the first script, which keeps the page's shell within its budget.
  const validator = import('./dataset-validation');
  // Awaited below; this only keeps a failure before then from being reported as unhandled.
  validator.catch(() => undefined);
  const watch = watchForStall(stallTimeoutMs, signal);
  try {
    let response: Response;
    try {
      response = await watch.race(fetchDataset(url, { signal: watch.signal }));
    } catch (error) {
      throw failureOf(error, signal);
    }
    if (!response.ok)
      throw new DatasetLoadError({ kind: 'http', status: response.status, statusText: response.statusText });

    let validation: DatasetValidation;
    try {
      validation = await watch.race(validator);
    } catch (error) {
      throw failureOf(error, signal);
    }
    watch.progress();
    const result = await readDataset(response, validation, watch, signal);
    if (!result.ok) {
      const problems = result.problems.map((problem) => ({
        path: formatIssuePath(problem.path),
        message: problem.message,
      }));
      throw new DatasetLoadError({ kind: 'schema', problems });
    }
    return result.dataset;
  } finally {
    watch.stop();
  }
}

interface StallWatch {
  /** Aborted when the caller cancels, or when the download stalls. */
  signal: AbortSignal;
  /** Something arrived: the wait starts again. */
  progress: () => void;
  /** Settles as `step` does, or fails with the stall if that comes first. */
  race: <T>(step: Promise<T>) => Promise<T>;
  stop: () => void;
}

/**
 * Fails the download once `timeoutMs` pass without progress. Racing each step, rather than only aborting the
 * request, also ends a wait on a body that ignores its signal.
 */
function watchForStall(timeoutMs: number, outer?: AbortSignal): StallWatch {
  const controller = new AbortController();
  const forward = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forward, { once: true });
  let fail: (error: DatasetLoadError) => void = () => undefined;
  const stalled = new Promise<never>((_, reject) => (fail = reject));
  // Only ever observed through `race`; a stall between steps must not surface as unhandled.
  stalled.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const error = new DatasetLoadError({ kind: 'stalled', seconds: Math.round(timeoutMs / 1000) });
      controller.abort(error);
      fail(error);
    }, timeoutMs);
  };
  arm();
  return {
    signal: controller.signal,
    progress: arm,
    race: (step) => Promise.race([step, stalled]),
    stop: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
    },
  };
}

/** A cancelled request stays what it is; a stall is already explained; anything else is the network's doing. */
function failureOf(error: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted || error instanceof DatasetLoadError) return error;
  return networkFailure(error);
}

/**
 * Reads the body as it downloads. A file in the line layout (`dataset-lines.ts`, what `npm run data` writes) is
 * parsed and checked record by record on the way, so a large one is nearly ready when its last byte arrives;
 * any other JSON is parsed and checked whole at the end.
 */
async function readDataset(response: Response, validation: DatasetValidation, watch: StallWatch, signal?: AbortSignal) {
  const records = validation.createRecordValidator();
  const lines = createDatasetLineReader(records.add);
  // The bytes are kept for a file that leaves the layout. As bytes they live outside the JS heap, so keeping
  // them costs the garbage collector nothing, unlike keeping the decoded text.
  const received: Uint8Array[] = [];
  const decoder = new TextDecoder();
  let inLayout = true;
  let busyMs = 0;
  let firstChunkAt: number | null = null;
  const take = (bytes: Uint8Array | null) => {
    if (bytes !== null) received.push(bytes);
    const start = performance.now();
    firstChunkAt ??= start;
    const text = bytes === null ? decoder.decode() : decoder.decode(bytes, { stream: true });
    if (inLayout) inLayout = lines.push(text);
    busyMs += performance.now() - start;
  };
  const reader = response.body?.getReader();
  try {
    if (reader === undefined) take(new Uint8Array(await watch.race(response.arrayBuffer())));
    else {
      for (let chunk = await watch.race(reader.read()); !chunk.done; chunk = await watch.race(reader.read())) {
        watch.progress();
        // Chromium hands a large download over in pieces of up to 2 MB, about 100 ms of work each: read
        // them in slices, and let the page answer the reader's input in between.
        for (let offset = 0; offset < chunk.value.length; offset += sliceBytes) {
          if (offset > 0) await yieldToPage();
          take(chunk.value.subarray(offset, offset + sliceBytes));
        }
      }
    }
    take(null);
  } catch (error) {
    // A body that stalled may still be open: let it go.
    reader?.cancel().catch(() => undefined);
    throw failureOf(error, signal);
  }

  const laidOut = inLayout ? lines.end() : null;
  if (laidOut !== null) {
    measure('dataset: parse and check records, while downloading', firstChunkAt ?? performance.now(), busyMs);
    const checkStart = performance.now();
    const result = records.finish(laidOut.header, laidOut.collections);
    measure('dataset: check references', checkStart);
    return result;
  }

  let json: unknown;
  const parseStart = performance.now();
  try {
    json = JSON.parse(new TextDecoder().decode(joinBytes(received)));
  } catch (error) {
    throw new DatasetLoadError({ kind: 'json', detail: error instanceof Error ? error.message : String(error) });
  }
  measure('dataset: parse', parseStart);
  const validateStart = performance.now();
  const result = validation.validateDataset(json);
  measure('dataset: validate', validateStart);
  return result;
}

const sliceBytes = 256 * 1024;

/** Lets the browser handle input and paint before going on: `scheduler.yield` where there is one. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A message, not setTimeout, which a background tab slows to once a second.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

function joinBytes(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

function networkFailure(error: unknown) {
  return new DatasetLoadError({ kind: 'network', detail: error instanceof Error ? error.message : String(error) });
}

/** Names a step in the browser's performance timeline (DevTools, and `npm run bench`, read it). */
function measure(name: string, start: number, duration = performance.now() - start) {
  if (typeof performance.measure === 'function') performance.measure(name, { start, duration });
}

/** The dataset query: one key, fetched once per visit (the file changes only with a new release). */
export function datasetQueryOptions(url: string = getDatasetUrl()) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => loadDataset(url, fetch, signal),
    staleTime: Infinity,
    // Only a dropped connection is worth retrying by itself; a bad file stays bad until someone fixes it.
    retry: (failureCount, error) =>
      failureCount < 2 && error instanceof DatasetLoadError && error.failure.kind === 'network',
    // The page prefetches the data before its views mount; a failure then is shown with Retry, not
    // silently fetched again when the view appears.
    retryOnMount: false,
  });
}

/** How many schema problems the error message lists before saying "and N more". */
const listedProblemCount = 3;

/** A plain-language account of a failed load, for the alert a reader sees. */
export function describeDatasetLoadError(error: unknown): {
  summary: string;
  problems: DatasetProblem[];
  more: number;
} {
  const failure = error instanceof DatasetLoadError ? error.failure : null;
  switch (failure?.kind) {
    case 'network':
      return {
        summary: 'The data could not be downloaded. Check your connection and try again.',
        problems: [],
        more: 0,
      };
    case 'http':
      return {
        summary: `The data could not be downloaded: the server answered ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}.`,
        problems: [],
        more: 0,
      };
    case 'json':
      return { summary: 'The data file is damaged: it is not valid JSON.', problems: [], more: 0 };
    case 'stalled':
      return {
        summary: `The data stopped arriving: nothing came for ${failure.seconds} seconds. Check your connection and try again.`,
        problems: [],
        more: 0,
      };
    case 'schema':
      return {
        summary: 'The data file does not have the expected shape.',
        problems: failure.problems.slice(0, listedProblemCount),
        more: Math.max(0, failure.problems.length - listedProblemCount),
      };
    default:
      return { summary: 'The data could not be loaded.', problems: [], more: 0 };
  }
}
