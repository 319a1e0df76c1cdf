import { QueryClient } from '@tanstack/react-query';
import { dashboardDataset } from '../test/fixtures/dashboard-dataset';
import { formatDatasetLines } from './dataset-lines';
import { datasetProgress, type DatasetLoadProgress, type DatasetProgressShown } from './dataset-progress';
import {
  serveDatasetReader,
  type DatasetWorkerReply,
  type DatasetWorkerRequest,
  type DatasetWorkerScope,
} from './dataset-worker-protocol';
import {
  DatasetLoadError,
  datasetQueryOptions,
  datasetStallTimeoutMs,
  describeDatasetLoadError,
  formatIssuePath,
  getDatasetUrl,
  loadDataset,
} from './dataset-query';

const respond =
  (body: string, init?: ResponseInit): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, init));
/** A response whose body arrives in pieces of `size` characters, as a large download does. */
const streamed =
  (body: string, size: number, failAfter = Infinity, headers?: HeadersInit): typeof fetch =>
  () => {
    const bytes = new TextEncoder().encode(body);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= failAfter) controller.error(new TypeError('network error'));
        else if (sent >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(sent, (sent += size)));
      },
    });
    return Promise.resolve(new Response(stream, { headers }));
  };
/** Every report of a load, in order. */
const progressOf = () => {
  const reports: DatasetLoadProgress[] = [];
  return { reports, onProgress: (progress: DatasetLoadProgress) => reports.push(progress) };
};
const failureOf = async (promise: Promise<unknown>) => {
  const error: unknown = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DatasetLoadError);
  return (error as DatasetLoadError).failure;
};

describe('getDatasetUrl', () => {
  it('resolves next to the page, so the app works under a subpath', () => {
    expect(getDatasetUrl('https://news.example/graphics/belarus/')).toBe(
      'https://news.example/graphics/belarus/data/dataset.json',
    );
    expect(getDatasetUrl('https://news.example/graphics/belarus/index.html?actor=x')).toBe(
      'https://news.example/graphics/belarus/data/dataset.json',
    );
  });
});

describe('loadDataset', () => {
  it('returns a dataset that passes the schema', async () => {
    await expect(loadDataset('/d.json', respond(JSON.stringify(dashboardDataset)))).resolves.toEqual(dashboardDataset);
  });

  it('reports a server error with its status', async () => {
    expect(
      await failureOf(loadDataset('/d.json', respond('nope', { status: 500, statusText: 'Internal Server Error' }))),
    ).toEqual({
      kind: 'http',
      status: 500,
      statusText: 'Internal Server Error',
    });
  });

  it('reports a dropped connection as a network failure', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect((await failureOf(loadDataset('/d.json', offline))).kind).toBe('network');
  });

  it('reports a file that is not JSON', async () => {
    expect((await failureOf(loadDataset('/d.json', respond('{"schemaVersion": 1,')))).kind).toBe('json');
  });

  it('reports schema violations by path, including broken references', async () => {
    const broken = {
      ...dashboardDataset,
      quotes: [{ ...dashboardDataset.quotes[0], actorId: 'nobody' }],
      figures: [{ ...dashboardDataset.figures[0], value: 'many' }],
    };
    const failure = await failureOf(loadDataset('/d.json', respond(JSON.stringify(broken))));
    expect(failure.kind === 'schema' && failure.problems.map((problem) => problem.path)).toEqual(['figures[0].value']);

    const dangling = { ...dashboardDataset, quotes: [{ ...dashboardDataset.quotes[0], actorId: 'nobody' }] };
    const second = await failureOf(loadDataset('/d.json', respond(JSON.stringify(dangling))));
    expect(second.kind === 'schema' && second.problems).toEqual([
      { path: 'quotes[0].actorId', message: 'refers to unknown actor "nobody"' },
    ]);
  });
});

describe('loadDataset, reading the file as it downloads', () => {
  const laidOut = formatDatasetLines(dashboardDataset);

  it('returns the same dataset from the line layout, whatever the size of the pieces', async () => {
    for (const size of [1, 7, 4096, laidOut.length])
      await expect(loadDataset('/d.json', streamed(laidOut, size))).resolves.toEqual(dashboardDataset);
  });

  it('reads a piece larger than it handles at once, as a large download arrives, in slices', async () => {
    const actors = Array.from({ length: 3000 }, (_, index) => ({
      ...dashboardDataset.actors[0]!,
      id: `actor-${index}`,
      description: 'A description long enough to make the file several slices of 256 kB. '.repeat(2),
    }));
    const large = { ...dashboardDataset, actors: [...dashboardDataset.actors, ...actors] };
    const text = formatDatasetLines(large);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(2 * 256 * 1024);
    await expect(loadDataset('/d.json', streamed(text, text.length * 4))).resolves.toEqual(large);
  });

  it('parses and checks the records on the way, leaving only the references for the end', async () => {
    performance.clearMeasures();
    await loadDataset('/d.json', streamed(laidOut, 4096));
    const steps = performance.getEntriesByType('measure').map((entry) => entry.name);
    expect(steps).toEqual(['dataset: parse and check records, while downloading', 'dataset: check references']);
  });

  it('reads the whole file again only when a reference may be broken, to name it', async () => {
    const dangling = { ...dashboardDataset, events: [{ ...dashboardDataset.events[0]!, placeId: 'atlantis' }] };
    performance.clearMeasures();
    const failure = await failureOf(loadDataset('/d.json', streamed(formatDatasetLines(dangling), 4096)));
    expect(failure).toEqual({
      kind: 'schema',
      problems: [{ path: 'events[0].placeId', message: 'refers to unknown place "atlantis"' }],
      more: 0,
    });
    expect(performance.getEntriesByType('measure').map((entry) => entry.name)).toEqual([
      'dataset: parse and check records, while downloading',
      'dataset: check references',
      'dataset: parse',
      'dataset: validate',
    ]);
  });

  it('reads a file written by JSON.stringify record by record too, not whole after its last byte', async () => {
    performance.clearMeasures();
    await expect(loadDataset('/d.json', streamed(JSON.stringify(dashboardDataset), 700))).resolves.toEqual(
      dashboardDataset,
    );
    expect(performance.getEntriesByType('measure').map((entry) => entry.name)).toEqual([
      'dataset: parse and check records, while downloading',
      'dataset: check references',
    ]);
  });

  it('still reads JSON laid out another way, whole', async () => {
    const pretty = JSON.stringify(dashboardDataset, null, 2);
    await expect(loadDataset('/d.json', streamed(pretty, 100))).resolves.toEqual(dashboardDataset);
  });

  it('reports the same problems, at the same paths, as checking the file whole', async () => {
    const broken = {
      ...dashboardDataset,
      schemaVersion: 3,
      places: [{ ...dashboardDataset.places[0], lat: 'north' }, ...dashboardDataset.places.slice(1)],
      quotes: [{ ...dashboardDataset.quotes[0], evidence: [] }, ...dashboardDataset.quotes.slice(1)],
    };
    const dangling = { ...dashboardDataset, quotes: [{ ...dashboardDataset.quotes[0], actorId: 'nobody' }] };
    const missing = Object.fromEntries(Object.entries(dashboardDataset).filter(([name]) => name !== 'figures'));
    // A malformed date on an undated quote: reported as malformed, not also as a date without its basis.
    const malformed = {
      ...dashboardDataset,
      quotes: dashboardDataset.quotes.map((quote) => (quote.date === null ? { ...quote, date: 'someday' } : quote)),
    };
    for (const dataset of [broken, dangling, missing, malformed]) {
      const whole = await failureOf(loadDataset('/d.json', respond(JSON.stringify(dataset, null, 2))));
      const inLines = await failureOf(
        loadDataset('/d.json', streamed(formatDatasetLines(dataset as typeof dashboardDataset), 512)),
      );
      expect(inLines.kind).toBe('schema');
      expect(inLines).toEqual(whole);
    }
  });

  it('reports a file cut short as damaged, and a connection lost halfway as a network failure', async () => {
    const cutShort = laidOut.slice(0, laidOut.length - 10);
    expect((await failureOf(loadDataset('/d.json', streamed(cutShort, 512)))).kind).toBe('json');
    expect((await failureOf(loadDataset('/d.json', streamed(laidOut, 512, 2048)))).kind).toBe('network');
  });
});

describe('loadDataset, telling how far it has got', () => {
  const laidOut = formatDatasetLines(dashboardDataset);
  const length = new TextEncoder().encode(laidOut).length;

  it('counts the bytes as they arrive, against the length the server gave, then says the file is being checked', async () => {
    const { reports, onProgress } = progressOf();
    const fetchDataset = streamed(laidOut, 4096, Infinity, { 'Content-Length': String(length) });
    await loadDataset('/d.json', fetchDataset, { onProgress });
    const downloading = reports.filter((report) => report.phase === 'downloading');
    expect(downloading.length).toBeGreaterThan(1);
    expect(downloading.map((report) => report.received)).toEqual(
      [...downloading.map((report) => report.received)].sort((a, b) => a - b),
    );
    expect(downloading.at(-1)).toEqual({ phase: 'downloading', received: length, total: length });
    expect(reports.at(-1)).toEqual({ phase: 'checking' });
  });

  it('gives no length for a compressed body, whose Content-Length counts other bytes than the stream gives', async () => {
    const { reports, onProgress } = progressOf();
    const headers = { 'Content-Length': '100', 'Content-Encoding': 'gzip' };
    await loadDataset('/d.json', streamed(laidOut, 4096, Infinity, headers), { onProgress });
    expect(reports[0]).toMatchObject({ phase: 'downloading', total: null });
  });

  it('says nothing is being checked when the download fails', async () => {
    const { reports, onProgress } = progressOf();
    await failureOf(loadDataset('/d.json', streamed(laidOut, 512, 2048), { onProgress }));
    expect(reports.map((report) => report.phase)).not.toContain('checking');
  });
});

/**
 * A stand-in for the browser's Worker that serves the real worker's protocol in-process, through structured
 * clones as a worker's messages are: bytes sent are detached from the page, as they are when transferred.
 */
class InProcessWorker {
  static started = 0;
  static terminated = 0;
  /** The kinds of the replies sent, in order. */
  static replies: DatasetWorkerReply['type'][] = [];
  /** The text of each run of record lines sent. */
  static texts: string[] = [];
  onmessage: ((event: MessageEvent<DatasetWorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly scope: DatasetWorkerScope = {
    onmessage: null,
    postMessage: (reply) => {
      InProcessWorker.replies.push(reply.type);
      if (reply.type === 'records-text') InProcessWorker.texts.push(reply.text);
      setTimeout(() => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent));
    },
  };

  constructor() {
    InProcessWorker.started += 1;
    serveDatasetReader(this.scope);
  }

  postMessage(request: DatasetWorkerRequest, transfer: Transferable[] = []) {
    const data = structuredClone(request, { transfer });
    setTimeout(() => this.scope.onmessage?.({ data } as MessageEvent<DatasetWorkerRequest>));
  }

  terminate() {
    InProcessWorker.terminated += 1;
  }
}

describe('loadDataset, in a worker', () => {
  const laidOut = formatDatasetLines(dashboardDataset);
  beforeEach(() => {
    InProcessWorker.started = 0;
    InProcessWorker.terminated = 0;
    InProcessWorker.replies = [];
    InProcessWorker.texts = [];
    vi.stubGlobal('Worker', InProcessWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns the same dataset from either layout, and lets the worker go', async () => {
    await expect(loadDataset('/d.json', streamed(laidOut, 700))).resolves.toEqual(dashboardDataset);
    await expect(loadDataset('/d.json', streamed(JSON.stringify(dashboardDataset), 700))).resolves.toEqual(
      dashboardDataset,
    );
    expect(InProcessWorker.started).toBe(2);
    expect(InProcessWorker.terminated).toBe(2);
  });

  it('counts every byte, though the worker takes each piece as it is sent', async () => {
    const { reports, onProgress } = progressOf();
    await loadDataset('/d.json', streamed(laidOut, 700), { onProgress });
    const length = new TextEncoder().encode(laidOut).length;
    expect(reports.filter((report) => report.phase === 'downloading').at(-1)).toMatchObject({ received: length });
  });

  it('sends the records of the line layout as the text they came in, for the page to parse', async () => {
    await expect(loadDataset('/d.json', streamed(laidOut, 700))).resolves.toEqual(dashboardDataset);
    expect(InProcessWorker.replies).toContain('records-text');
    expect(InProcessWorker.replies).not.toContain('records');
  });

  it('hands the records over as ASCII text, and the page reads back every character of the file', async () => {
    const [actor] = dashboardDataset.actors;
    const named = {
      ...dashboardDataset,
      actors: [{ ...actor!, name: 'Цэнтральная выбарчая камісія — “ЦВК” 🗳' }, ...dashboardDataset.actors.slice(1)],
    };
    // Pieces of 5 bytes cut the 2-, 3- and 4-byte characters apart.
    await expect(loadDataset('/d.json', streamed(formatDatasetLines(named), 5))).resolves.toEqual(named);
    await expect(loadDataset('/d.json', streamed(JSON.stringify(named), 5))).resolves.toEqual(named);
    expect(InProcessWorker.texts.length).toBeGreaterThan(0);
    expect(InProcessWorker.texts.some((text) => /[^\x20-\x7e\n]/.test(text))).toBe(false);
  });

  it('reads a file that starts with a byte-order mark, however its first bytes arrive', async () => {
    const marked = `\ufeff${laidOut}`;
    for (const size of [1, 700])
      await expect(loadDataset('/d.json', streamed(marked, size))).resolves.toEqual(dashboardDataset);
  });

  it('counts each record once when the file leaves the line layout after records have crossed', async () => {
    // An editor broke one quote's line in two: the worker has sent the records before it, then reads the file whole.
    const lines = laidOut.split('\n');
    const quoteLine = lines.indexOf('"quotes":[') + 1;
    lines[quoteLine] = lines[quoteLine]!.replace('","', '",\n"');
    await expect(loadDataset('/d.json', streamed(lines.join('\n'), 700))).resolves.toEqual(dashboardDataset);
    expect(InProcessWorker.replies).toContain('discard');
  });

  it('counts each record once when a JSON.stringify file turns out not to be cut by record after records crossed', async () => {
    // The last quote holds objects that start with an id, so the reader cannot tell its records apart from them.
    const quotes = dashboardDataset.quotes.map((quote, index, all) =>
      index === all.length - 1 ? { ...quote, related: [{ id: 'a' }, { id: 'b' }] } : quote,
    );
    const body = JSON.stringify({ ...dashboardDataset, quotes });
    await expect(loadDataset('/d.json', streamed(body, 700))).resolves.toEqual(dashboardDataset);
    expect(InProcessWorker.replies).toContain('discard');
  });

  it('leaves out a field the schema does not know, whichever way the records cross', async () => {
    const [actor, ...actors] = dashboardDataset.actors;
    const withExtra = { ...dashboardDataset, actors: [{ ...actor, nickname: 'x' }, ...actors] };
    for (const body of [formatDatasetLines(withExtra), JSON.stringify(withExtra)])
      await expect(loadDataset('/d.json', streamed(body, 700))).resolves.toEqual(dashboardDataset);
    expect(InProcessWorker.replies).toContain('records');
  });

  it('reports the same problems, at the same paths, as the page does itself', async () => {
    const broken = {
      ...dashboardDataset,
      places: [{ ...dashboardDataset.places[0], lat: 'north' }, ...dashboardDataset.places.slice(1)],
    };
    const dangling = { ...dashboardDataset, quotes: [{ ...dashboardDataset.quotes[0], actorId: 'nobody' }] };
    for (const dataset of [broken, dangling]) {
      for (const body of [JSON.stringify(dataset), formatDatasetLines(dataset)]) {
        const inWorker = await failureOf(loadDataset('/d.json', streamed(body, 512)));
        vi.stubGlobal('Worker', undefined);
        const onPage = await failureOf(loadDataset('/d.json', streamed(body, 512)));
        vi.stubGlobal('Worker', InProcessWorker);
        expect(inWorker.kind).toBe('schema');
        expect(inWorker).toEqual(onPage);
      }
    }
    expect((await failureOf(loadDataset('/d.json', respond('{"schemaVersion": 1,')))).kind).toBe('json');
  });

  it('names the taking of the records from the worker among the steps of the load', async () => {
    performance.clearMeasures();
    await loadDataset('/d.json', streamed(laidOut, 4096));
    const steps = performance.getEntriesByType('measure').map((entry) => entry.name);
    expect(steps).toEqual([
      'dataset: parse and check records, while downloading',
      'dataset: check references',
      'dataset: take the records from the worker',
    ]);
  });
});

describe('loadDataset, when the download stalls', () => {
  const laidOut = formatDatasetLines(dashboardDataset);
  const stallMs = 10_000;
  // Only the clock the reader waits on is fake; the rest of the page's machinery runs as usual.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A response that sends `sent` characters, then nothing more; `waiting` settles once the reader asks for more. */
  function stallingAfter(sent: number) {
    let reachedStall: () => void = () => undefined;
    const waiting = new Promise<void>((resolve) => (reachedStall = resolve));
    const fetchDataset: typeof fetch = () => {
      let done = false;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (!done) {
            done = true;
            controller.enqueue(new TextEncoder().encode(laidOut.slice(0, sent)));
            return;
          }
          reachedStall();
          return new Promise<void>(() => undefined);
        },
      });
      return Promise.resolve(new Response(stream));
    };
    return { fetchDataset, waiting };
  }

  /** Whether the promise has settled yet, without waiting for it. */
  function track(promise: Promise<unknown>) {
    const state = { settled: false, error: undefined as unknown };
    promise.then(
      () => (state.settled = true),
      (error: unknown) => Object.assign(state, { settled: true, error }),
    );
    return state;
  }

  it('gives up with a stall, not a wait forever, when the body stops halfway', async () => {
    const { fetchDataset, waiting } = stallingAfter(laidOut.length / 2);
    const load = track(loadDataset('/d.json', fetchDataset, { stallTimeoutMs: stallMs }));
    await waiting;
    await vi.advanceTimersByTimeAsync(stallMs - 1);
    expect(load.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(load.error).toBeInstanceOf(DatasetLoadError);
    expect((load.error as DatasetLoadError).failure).toEqual({ kind: 'stalled', seconds: 10 });
  });

  it('gives up on a server that never answers', async () => {
    const silent: typeof fetch = () => new Promise<Response>(() => undefined);
    const load = track(loadDataset('/d.json', silent, { stallTimeoutMs: stallMs }));
    await vi.advanceTimersByTimeAsync(stallMs);
    expect((load.error as DatasetLoadError | undefined)?.failure.kind).toBe('stalled');
  });

  it('waits as long as the data keeps coming, however slowly', async () => {
    const pieces = 5;
    const size = Math.ceil(laidOut.length / pieces);
    const slow: typeof fetch = () => {
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, stallMs - 1));
          if (sent >= laidOut.length) controller.close();
          else controller.enqueue(new TextEncoder().encode(laidOut.slice(sent, (sent += size))));
        },
      });
      return Promise.resolve(new Response(stream));
    };
    const promise = loadDataset('/d.json', slow, { stallTimeoutMs: stallMs });
    const load = track(promise);
    for (let step = 0; step <= pieces + 1 && !load.settled; step += 1) {
      await vi.advanceTimersByTimeAsync(stallMs - 1);
      // The validator's chunk is a real import: let it arrive between steps.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await expect(promise).resolves.toEqual(dashboardDataset);
  });

  it('waits at most 20 seconds by default', () => {
    expect(datasetStallTimeoutMs).toBeGreaterThan(0);
    expect(datasetStallTimeoutMs).toBeLessThanOrEqual(20_000);
  });
});

describe('describeDatasetLoadError', () => {
  it('tells a reader whose download stalled to try again', () => {
    const { summary } = describeDatasetLoadError(new DatasetLoadError({ kind: 'stalled', seconds: 15 }));
    expect(summary).toMatch(/stopped arriving/);
    expect(summary).toMatch(/15 seconds/);
  });

  it('lists the first few problem paths and counts the rest', () => {
    const problems = Array.from({ length: 7 }, (_, index) => ({
      path: `quotes[${index}].text`,
      message: 'expected string',
    }));
    const description = describeDatasetLoadError(new DatasetLoadError({ kind: 'schema', problems, more: 0 }));
    expect(description.problems.map((problem) => problem.path)).toEqual([
      'quotes[0].text',
      'quotes[1].text',
      'quotes[2].text',
    ]);
    expect(description.more).toBe(4);
  });

  // 1,000 bad records are enough to pass the check's cap of 100; dataset-validation.test.ts tries 200,000.
  it('counts every problem of a file, though the check lists only the first 100', async () => {
    const [place] = dashboardDataset.places;
    const places = Array.from({ length: 1000 }, (_, index) => ({ ...place, id: `bad-${index}`, lat: 'north' }));
    const dataset = { ...dashboardDataset, places };
    for (const body of [JSON.stringify(dataset), formatDatasetLines(dataset)]) {
      const error: unknown = await loadDataset('/d.json', respond(body)).catch((caught: unknown) => caught);
      const description = describeDatasetLoadError(error);
      expect(description.problems[0]).toEqual({ path: 'places[0].lat', message: 'expected number' });
      expect(description.more).toBe(997);
    }
  });

  it('never shows a raw error to the reader', () => {
    expect(describeDatasetLoadError(new Error('at Object.<anonymous> (main.js:1:1)')).summary).not.toMatch(/main\.js/);
  });
});

describe('formatIssuePath', () => {
  it('writes paths the way they read in the JSON', () => {
    expect(formatIssuePath(['quotes', 3, 'evidence', 0, 'start'])).toBe('quotes[3].evidence[0].start');
    expect(formatIssuePath([])).toBe('(the whole file)');
  });
});

describe('datasetQueryOptions', () => {
  it('keeps the dataset for the whole visit and retries only dropped connections', () => {
    const options = datasetQueryOptions('/data/dataset.json');
    expect(options.staleTime).toBe(Infinity);
    const retry = options.retry as (count: number, error: Error) => boolean;
    expect(retry(0, new DatasetLoadError({ kind: 'network', detail: '' }))).toBe(true);
    expect(retry(0, new DatasetLoadError({ kind: 'json', detail: '' }))).toBe(false);
    expect(retry(2, new DatasetLoadError({ kind: 'network', detail: '' }))).toBe(false);
    expect(options.retryOnMount).toBe(false);
  });

  it('tells the page how far the download has got, starting again from nothing on a retry', async () => {
    const url = 'https://news.example/progress/data/dataset.json';
    const laidOut = formatDatasetLines(dashboardDataset);
    const headers = { 'Content-Length': String(new TextEncoder().encode(laidOut).length) };
    vi.stubGlobal('fetch', streamed(laidOut, 512, Infinity, headers));
    const seen: DatasetProgressShown[] = [];
    const store = datasetProgress(url);
    const unsubscribe = store.subscribe(() => seen.push(store.get()));
    try {
      // A second client loads the file again, as Retry does after a failure.
      const load = () => new QueryClient().fetchQuery(datasetQueryOptions(url));
      await load();
      expect(seen.map((shown) => shown.kind)).toContain('share');
      expect(seen.at(-1)).toEqual({ kind: 'checking' });
      await load();
      expect(seen).toContainEqual({ kind: 'waiting' });
    } finally {
      unsubscribe();
      vi.unstubAllGlobals();
    }
  });
});
