/**
 * Loading the dataset in the browser: fetched from the app's folder (so the app works under any
 * subpath, from the dashboard and the embed page alike), checked with the same schema the build uses, and kept for the whole visit.
 */
import { queryOptions } from '@tanstack/react-query';
import { getAppRootUrl } from './app-root';
import { parseRecordLines } from './dataset-lines';
import { datasetProgress, type DatasetLoadProgress } from './dataset-progress';
import type { DatasetReader, DatasetReadOutcome, ReadStep } from './dataset-reader';
import type { CollectionName, KeptHandler } from './dataset-validation';
import type { DatasetWorkerReply, DatasetWorkerRequest } from './dataset-worker-protocol';
import type { Dataset } from './schema';

/** A schema problem as a reader can act on it: where in the file, and what is wrong there. */
export interface DatasetProblem {
  path: string;
  message: string;
}

export type DatasetLoadFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'json'; detail: string }
  /** `more`: the problems found beyond those listed (the check keeps the first 100). */
  | { kind: 'schema'; problems: DatasetProblem[]; more: number }
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

export interface LoadDatasetOptions {
  signal?: AbortSignal;
  stallTimeoutMs?: number;
  /** Told of each piece downloaded, then of the check after the last byte. */
  onProgress?: (progress: DatasetLoadProgress) => void;
}

/** Fetches and validates the dataset; every failure becomes a DatasetLoadError, except a cancelled request. */
export async function loadDataset(
  url: string,
  fetchDataset: typeof fetch = fetch,
  { signal, stallTimeoutMs = datasetStallTimeoutMs, onProgress }: LoadDatasetOptions = {},
): Promise<Dataset> {
  // The reader (a worker, or the validator's chunk) is fetched alongside the data.
  const opening = openSink(signal);
  // Awaited below; this only keeps a failure before then from being reported as unhandled.
  opening.catch(() => undefined);
  const watch = watchForStall(stallTimeoutMs, signal);
  let sink: DatasetSink | undefined;
  try {
    let response: Response;
    try {
      response = await watch.race(fetchDataset(url, { signal: watch.signal }));
    } catch (error) {
      throw failureOf(error, signal);
    }
    if (!response.ok)
      throw new DatasetLoadError({ kind: 'http', status: response.status, statusText: response.statusText });
    try {
      sink = await watch.race(opening);
    } catch (error) {
      throw failureOf(error, signal);
    }
    watch.progress();
    return await readDataset(response, sink, watch, signal, onProgress);
  } finally {
    watch.stop();
    // Frees the worker and all it held; a sink never taken is closed once it opens.
    if (sink) sink.close();
    else
      void opening.then(
        (opened) => opened.close(),
        () => undefined,
      );
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
 * Where the body's bytes go: to the dataset worker where the browser has workers, else to a reader on the page
 * that takes large pieces in slices, letting the page answer input in between.
 */
interface DatasetSink {
  push(bytes: Uint8Array): Promise<void>;
  finish(): Promise<LoadOutcome>;
  close(): void;
}

/** The reader's outcome, with a good dataset's records as the page took them in. */
type LoadOutcome =
  Exclude<DatasetReadOutcome, { kind: 'dataset' }> | { kind: 'dataset'; dataset: Dataset; steps: ReadStep[] };

function openSink(signal?: AbortSignal): Promise<DatasetSink> {
  if (typeof Worker === 'function') return Promise.resolve(workerSink(signal));
  // The reader and the validator (zod and the schema) are chunks of their own, fetched alongside the data rather
  // than in the first script, which keeps the page's shell within its budget: with a worker, the page needs neither.
  return Promise.all([import('./dataset-reader'), import('./dataset-validation')]).then(([reader, validation]) =>
    pageSink((onKept, onDiscard) => reader.createDatasetReader(validation, onKept, onDiscard)),
  );
}

/**
 * Parsing and checking run in a worker, so that a large file, whatever its layout, never blocks the page. The
 * bytes move to it without a copy; the records come back in runs as they pass (`dataset-worker-protocol.ts`).
 */
function workerSink(signal?: AbortSignal): DatasetSink {
  const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
  const received = new DatasetAssembly('dataset: take the records from the worker');
  let fail: (error: unknown) => void = () => undefined;
  const answer = new Promise<LoadOutcome>((resolve, reject) => {
    fail = reject;
    worker.onmessage = (event: MessageEvent<DatasetWorkerReply>) => {
      const start = performance.now();
      const reply = event.data;
      if (reply.type === 'records') return received.add(reply.collection, reply.records, start);
      if (reply.type === 'discard') return received.discard();
      if (reply.type === 'records-text') return received.add(reply.collection, parseRecordLines(reply.text), start);
      if (reply.type === 'failed') return reject(new Error(reply.detail));
      const { outcome } = reply;
      resolve(outcome.kind === 'dataset' ? received.finish(outcome.schemaVersion, outcome.steps) : outcome);
    };
    // The worker's script could not be fetched or run: worth a retry, like a dropped connection.
    worker.onerror = (event) => reject(networkFailure(new Error(event.message || 'the data reader did not start')));
  });
  answer.catch(() => undefined);
  const abort = () => fail(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });
  const send = (request: DatasetWorkerRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  return {
    push: (bytes) => {
      send({ type: 'bytes', bytes }, [bytes.buffer]);
      return Promise.resolve();
    },
    finish: () => {
      send({ type: 'end' });
      return answer;
    },
    close: () => {
      signal?.removeEventListener('abort', abort);
      worker.terminate();
    },
  };
}

/** The records the reader has handed on so far, and the page's time spent taking them in. */
class DatasetAssembly {
  private readonly collections: Omit<Dataset, 'schemaVersion'> = {
    sources: [],
    actors: [],
    places: [],
    events: [],
    quotes: [],
    figures: [],
  };
  private firstAt: number | null = null;
  private busyMs = 0;

  /** `stepName`: how the timeline names the page's taking in, when that is a step of its own (from a worker). */
  constructor(private readonly stepName: string | null) {}

  add(collection: CollectionName, records: unknown[], start: number) {
    this.firstAt ??= start;
    const list = this.collections[collection] as unknown[];
    for (const record of records) list.push(record);
    this.busyMs += performance.now() - start;
  }

  /** Forgets the records taken so far: the reader reads the file again whole and hands them all on again. */
  discard() {
    for (const list of Object.values(this.collections) as unknown[][]) list.length = 0;
  }

  /** The dataset, its records checked by the reader. */
  finish(schemaVersion: Dataset['schemaVersion'], steps: ReadStep[]): LoadOutcome {
    const dataset = { schemaVersion, ...this.collections };
    if (this.stepName === null) return { kind: 'dataset', dataset, steps };
    const start = performance.timeOrigin + (this.firstAt ?? performance.now());
    return { kind: 'dataset', dataset, steps: [...steps, { name: this.stepName, start, duration: this.busyMs }] };
  }
}

/** The reader on the page itself: Chromium hands a large download over in pieces of up to 2 MB. */
function pageSink(openReader: (onKept: KeptHandler, onDiscard: () => void) => DatasetReader): DatasetSink {
  // Taken in as the reader checks them, inside its own step.
  const received = new DatasetAssembly(null);
  const reader = openReader(
    (collection, records) => received.add(collection, records, performance.now()),
    () => received.discard(),
  );
  return {
    push: async (bytes) => {
      for (let offset = 0; offset < bytes.length; offset += sliceBytes) {
        if (offset > 0) await yieldToPage();
        reader.push(bytes.subarray(offset, offset + sliceBytes));
      }
    },
    finish: () => {
      const outcome = reader.finish();
      return Promise.resolve(
        outcome.kind === 'dataset' ? received.finish(outcome.schemaVersion, outcome.steps) : outcome,
      );
    },
    close: () => undefined,
  };
}

/** Reads the body as it downloads into the sink, and answers with the dataset or what is wrong with the file. */
async function readDataset(
  response: Response,
  sink: DatasetSink,
  watch: StallWatch,
  signal?: AbortSignal,
  onProgress?: (progress: DatasetLoadProgress) => void,
) {
  const reader = response.body?.getReader();
  const total = bodyLength(response);
  let received = 0;
  try {
    if (reader === undefined) await sink.push(new Uint8Array(await watch.race(response.arrayBuffer())));
    else {
      for (let chunk = await watch.race(reader.read()); !chunk.done; chunk = await watch.race(reader.read())) {
        watch.progress();
        // Counted before the push: a worker takes the bytes, leaving the piece empty here.
        received += chunk.value.length;
        onProgress?.({ phase: 'downloading', received, total });
        await sink.push(chunk.value);
      }
    }
  } catch (error) {
    // A body that stalled may still be open: let it go.
    reader?.cancel().catch(() => undefined);
    throw failureOf(error, signal);
  }
  onProgress?.({ phase: 'checking' });
  const outcome = await sink.finish();
  for (const step of outcome.steps) measure(step.name, step.start - performance.timeOrigin, step.duration);
  if (outcome.kind === 'json') throw new DatasetLoadError({ kind: 'json', detail: outcome.detail });
  if (outcome.kind === 'schema') {
    const problems = outcome.problems.map((problem) => ({
      path: formatIssuePath(problem.path),
      message: problem.message,
    }));
    throw new DatasetLoadError({ kind: 'schema', problems, more: outcome.more });
  }
  return outcome.dataset;
}

const sliceBytes = 256 * 1024;

/**
 * How many bytes the body will give, or null when the server did not say: the Content-Length of a compressed body
 * counts the compressed bytes, and the stream gives them decompressed.
 */
function bodyLength(response: Response): number | null {
  const encoding = response.headers.get('Content-Encoding');
  if (encoding !== null && encoding !== 'identity') return null;
  const length = Number(response.headers.get('Content-Length'));
  return Number.isSafeInteger(length) && length > 0 ? length : null;
}

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
    queryFn: ({ signal }) => {
      const progress = datasetProgress(url);
      // A retry starts again from nothing.
      progress.report({ phase: 'downloading', received: 0, total: null });
      return loadDataset(url, fetch, { signal, onProgress: progress.report });
    },
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
        more: Math.max(0, failure.problems.length - listedProblemCount) + failure.more,
      };
    default:
      return { summary: 'The data could not be loaded.', problems: [], more: 0 };
  }
}
