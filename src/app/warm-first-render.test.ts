import { describe, expect, it, vi } from 'vitest';
import type * as datasetIndex from '../domain/dataset-index';
import { getDatasetIndex } from '../domain/dataset-index';
import type * as datasetNames from '../domain/dataset-names';
import { getDatasetNames } from '../domain/dataset-names';
import { dashboardDataset } from '../test/fixtures/dashboard-dataset';
import { testWording } from '../test/wording';
import { warmFirstRender } from './warm-first-render';

vi.mock('../domain/dataset-names', async (importOriginal) => {
  const actual = await importOriginal<typeof datasetNames>();
  return { ...actual, getDatasetNames: vi.fn(actual.getDatasetNames) };
});

vi.mock('../domain/dataset-index', async (importOriginal) => {
  const actual = await importOriginal<typeof datasetIndex>();
  return { ...actual, getDatasetIndex: vi.fn(actual.getDatasetIndex) };
});

const russian = testWording('ru');

describe('warmFirstRender', () => {
  it('builds the names in the reader’s language once both the data and the words are in', async () => {
    vi.mocked(getDatasetNames).mockClear();
    await warmFirstRender(Promise.resolve(dashboardDataset), Promise.resolve(russian), { index: true });
    expect(getDatasetNames).toHaveBeenCalledWith(dashboardDataset, russian);
  });

  it('builds nothing, and fails nothing, when the data could not be loaded', async () => {
    vi.mocked(getDatasetNames).mockClear();
    await expect(
      warmFirstRender(Promise.reject(new Error('offline')), Promise.resolve(russian), { index: true }),
    ).resolves.toBe(undefined);
    expect(getDatasetNames).not.toHaveBeenCalled();
  });

  it('builds the index only for a page whose views filter the data', async () => {
    vi.mocked(getDatasetIndex).mockClear();
    await warmFirstRender(Promise.resolve(dashboardDataset), Promise.resolve(russian), { index: false });
    expect(getDatasetIndex).not.toHaveBeenCalled();
    await warmFirstRender(Promise.resolve(dashboardDataset), Promise.resolve(russian), { index: true });
    expect(getDatasetIndex).toHaveBeenCalledWith(dashboardDataset);
  });
});
