import { useSyncExternalStore } from 'react';
import { datasetProgress, type DatasetProgressShown } from '../data/dataset-progress';
import { getDatasetUrl } from '../data/dataset-query';
import type { Translate } from '../domain/translate';
import { useI18n } from '../ui/i18n/i18n';

/** How far the dataset's load has got, redrawn only when what a reader sees of it changes. */
function useDatasetProgress(): DatasetProgressShown {
  const store = datasetProgress(getDatasetUrl());
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

/** What a reader sees while the data loads: how much has come, or that it is being checked. */
export function describeProgress(t: Translate, shown: DatasetProgressShown): string {
  switch (shown.kind) {
    case 'waiting':
      return t('dashboard.loading');
    case 'share':
      return t('dashboard.loadingShare', { percent: shown.percent });
    case 'megabytes':
      return t('dashboard.loadingMegabytes', { megabytes: shown.megabytes });
    case 'checking':
      return t('dashboard.checking');
  }
}

/**
 * The visible line, a component of its own so that a large download redraws only its text, not the skeleton around
 * it, each time another percent has come.
 */
export function DatasetProgressText() {
  const { t } = useI18n();
  return describeProgress(t, useDatasetProgress());
}

/** What a screen reader hears: that the data is loading, then that it is being checked, not every percent. */
export function DatasetProgressStatus() {
  const { t } = useI18n();
  return t(useDatasetProgress().kind === 'checking' ? 'dashboard.checking' : 'dashboard.loading');
}
