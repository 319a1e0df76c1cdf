import type { Dataset } from '../data/schema';
import { getDatasetIndex } from '../domain/dataset-index';
import { getDatasetNames } from '../domain/dataset-names';
import type { I18n } from '../ui/i18n/i18n';

/**
 * Builds what a view's first render with the data looks up, the names in the reader's language (and with them the
 * first date formatter) and the dataset's index, as soon as both the data and the words are in: in the task that
 * delivers the data, one task before the query tells React. The two tasks are each shorter than the one they
 * replace, and a long task is what keeps a reader's first tap waiting (and what Lighthouse counts as blocking).
 * `index`: whether the page's views filter the data. A failed load builds nothing: the page reports it through its
 * query.
 */
export function warmFirstRender(
  dataset: Promise<Dataset>,
  i18n: Promise<I18n>,
  { index }: { index: boolean },
): Promise<void> {
  return Promise.all([dataset, i18n]).then(
    ([data, words]) => {
      getDatasetNames(data, words);
      // The quote embed filters nothing: at 100,000 events its index would be about 150 ms for nothing.
      if (index) getDatasetIndex(data);
    },
    () => undefined,
  );
}
