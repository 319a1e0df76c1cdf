import { describe, expect, it, vi } from 'vitest';
import type * as datasetNames from '../domain/dataset-names';
import { getDatasetNames } from '../domain/dataset-names';
import { dashboardDataset } from '../test/fixtures/dashboard-dataset';
import { testWording } from '../test/wording';
import { warmFirstRender } from './warm-first-render';

vi.mock('../domain/dataset-names', async (importOriginal) => {
  const actual = await importOriginal<typeof datasetNames>();
  return { ...actual, getDatasetNames: vi.fn(actual.getDatasetNames) };
});

const russian = testWording('ru');

describe('warmFirstRender', () => {
  it('builds the names in the reader’s language once both the data and the words are in', async () => {
    vi.mocked(getDatasetNames).mockClear();
    await warmFirstRender(Promise.resolve(dashboardDataset), Promise.resolve(russian));
    expect(getDatasetNames).toHaveBeenCalledWith(dashboardDataset, russian);
  });

  it('builds nothing, and fails nothing, when the data could not be loaded', async () => {
    vi.mocked(getDatasetNames).mockClear();
    await expect(warmFirstRender(Promise.reject(new Error('offline')), Promise.resolve(russian))).resolves.toBe(
      undefined,
    );
    expect(getDatasetNames).not.toHaveBeenCalled();
  });
});
