import type { DatasetEvent, Figure, Quote } from '../../data/schema';
import { getFilteredViewCsv } from '../../domain/csv-export';
import type { DatasetNames } from '../../domain/dataset-names';
import { useI18n } from '../../ui/i18n/i18n';

interface DownloadLinksProps {
  /** The filtered view, as the CSV should hold it: one row per event, quote and figure. */
  view: { events: readonly DatasetEvent[]; quotes: readonly Quote[]; figures: readonly Figure[] };
  /** The names the CSV writes beside each id. */
  names: DatasetNames;
  /** Where the full dataset lives; the JSON download is that file as published. */
  datasetUrl: string;
}

function saveFile(contents: string, type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the next task; the object URL is no longer needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "Download" the filtered view as CSV, with names, who says so, source ids and offsets, and the full dataset as JSON. */
export function DownloadLinks({ view, names, datasetUrl }: DownloadLinksProps) {
  const { t } = useI18n();
  return (
    <div className="downloads">
      <button
        type="button"
        className="button button--quiet"
        onClick={() => saveFile(getFilteredViewCsv(view, names), 'text/csv;charset=utf-8', 'belarus-2020-filtered.csv')}
      >
        {t('downloads.csv')} <span className="downloads__scope">{t('downloads.csvScope')}</span>
      </button>
      <a className="button button--quiet" href={datasetUrl} download="belarus-2020-dataset.json">
        {t('downloads.json')} <span className="downloads__scope">{t('downloads.jsonScope')}</span>
      </a>
    </div>
  );
}
