import { describeDatasetLoadError } from '../data/dataset-query';

interface DatasetErrorAlertProps {
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

/** What went wrong with the data, in words (for a schema error, the first few field paths), and Retry. */
export function DatasetErrorAlert({ error, retrying, onRetry }: DatasetErrorAlertProps) {
  const { summary, problems, more } = describeDatasetLoadError(error);
  return (
    <div className="dataset-error" role="alert">
      <h2 className="dataset-error__title">The dashboard’s data could not be loaded</h2>
      <p>{summary}</p>
      {problems.length > 0 ? (
        <ul className="dataset-error__problems">
          {problems.map((problem, index) => (
            <li key={`${problem.path}-${index}`}>
              <code>{problem.path}</code>: {problem.message}
            </li>
          ))}
          {more > 0 ? <li>and {more} more.</li> : null}
        </ul>
      ) : null}
      {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus on the floor. */}
      <button
        type="button"
        className="button button--primary"
        aria-disabled={retrying}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}
