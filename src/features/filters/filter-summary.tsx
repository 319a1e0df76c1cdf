import type { FilteredView } from '../../domain/filters';
import { formatCount } from '../../domain/format';

interface FilterSummaryProps {
  view: FilteredView;
  totals: { quotes: number; events: number; figures: number };
  actorFilterActive: boolean;
}

const part = (shown: number, total: number, singular: string, everything: boolean) =>
  shown !== total
    ? `${shown.toLocaleString('en-GB')} of ${formatCount(total, singular)}`
    : `${everything ? '' : 'all '}${formatCount(total, singular)}`;

/** "Showing N of M", and what the filters leave out that a reader would not guess. */
export function FilterSummary({ view, totals, actorFilterActive }: FilterSummaryProps) {
  const everything =
    view.quotes.length === totals.quotes &&
    view.events.length === totals.events &&
    view.figures.length === totals.figures;
  return (
    <div className="filter-summary" role="status">
      <p className="filter-summary__count">
        {everything ? 'Showing all ' : 'Showing '}
        {part(view.quotes.length, totals.quotes, 'quote', everything)},{' '}
        {part(view.events.length, totals.events, 'event', everything)} and{' '}
        {part(view.figures.length, totals.figures, 'figure', everything)}.
      </p>
      {view.undatedIncluded > 0 ? (
        <p className="filter-summary__note">
          {formatCount(view.undatedIncluded, 'item')} without a date of {view.undatedIncluded === 1 ? 'its' : 'their'}{' '}
          own {view.undatedIncluded === 1 ? 'is' : 'are'} included by the day{' '}
          {view.undatedIncluded === 1 ? 'it was' : 'they were'} first reported.
        </p>
      ) : null}
      {actorFilterActive ? (
        <p className="filter-summary__note">
          Figures are not attributed to actors, so the actor filter leaves them as they are.
        </p>
      ) : null}
    </div>
  );
}
