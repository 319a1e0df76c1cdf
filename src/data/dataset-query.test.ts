import { dashboardDataset } from '../test/fixtures/dashboard-dataset';
import {
  DatasetLoadError,
  datasetQueryOptions,
  describeDatasetLoadError,
  formatIssuePath,
  getDatasetUrl,
  loadDataset,
} from './dataset-query';

const respond =
  (body: string, init?: ResponseInit): typeof fetch =>
  () =>
    Promise.resolve(new Response(body, init));
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

describe('describeDatasetLoadError', () => {
  it('lists the first few problem paths and counts the rest', () => {
    const problems = Array.from({ length: 7 }, (_, index) => ({
      path: `quotes[${index}].text`,
      message: 'expected string',
    }));
    const description = describeDatasetLoadError(new DatasetLoadError({ kind: 'schema', problems }));
    expect(description.problems.map((problem) => problem.path)).toEqual([
      'quotes[0].text',
      'quotes[1].text',
      'quotes[2].text',
    ]);
    expect(description.more).toBe(4);
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
});
