import { describeDatasetLoadError } from '../data/dataset-query';
import { useI18n } from './i18n/i18n';

interface DatasetErrorAlertProps {
  /** What failed, in the page's words: the dashboard's data, or a graphic's. */
  title: string;
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
  /**
   * Lists a schema error's field paths behind a disclosure instead of in the open: an embed must fail within the
   * height its host page reserved, and a newsroom's reader rarely needs the paths.
   */
  problemsCollapsed?: boolean;
}

/**
 * What went wrong with the data, in words (for a schema error, the first few field paths), and Retry: the
 * dashboard's alert and every embed's, so a failure reads the same wherever the data is shown.
 */
export function DatasetErrorAlert({
  title,
  error,
  retrying,
  onRetry,
  problemsCollapsed = false,
}: DatasetErrorAlertProps) {
  const { summary, problems, more } = describeDatasetLoadError(error);
  const { t } = useI18n();
  const list =
    problems.length > 0 ? (
      <ul className="dataset-error__problems">
        {problems.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
        {more > 0 ? <li>{t('ui.datasetError.more', { count: more })}</li> : null}
      </ul>
    ) : null;
  return (
    <div className="dataset-error" role="alert">
      <h2 className="dataset-error__title">{title}</h2>
      <p>{summary}</p>
      {list === null ? null : problemsCollapsed ? (
        <details className="dataset-error__details">
          <summary>{t('ui.datasetError.firstProblems')}</summary>
          {list}
        </details>
      ) : (
        <>
          <p>{t('ui.datasetError.firstProblemsList')}</p>
          {list}
        </>
      )}
      {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus on the floor. */}
      <button
        type="button"
        className="button button--primary"
        aria-disabled={retrying}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {t(retrying ? 'ui.datasetError.retrying' : 'ui.datasetError.retry')}
      </button>
    </div>
  );
}
