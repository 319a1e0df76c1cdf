import type { FilteredView } from '../../domain/filters';
import { useI18n, type I18n } from '../../ui/i18n/i18n';

interface FilterSummaryProps {
  view: FilteredView;
  totals: { quotes: number; events: number; figures: number };
  actorFilterActive: boolean;
}

type Kind = 'quotes' | 'events' | 'figures';

/** "2 of 3 quotes", "all 3 quotes" (or "3 quotes" after "Showing all"). */
const part = (t: I18n['t'], kind: Kind, shown: number, total: number, everything: boolean) => {
  if (shown !== total) return t(`filters.summary.${kind}Of`, { shown, total });
  const count = t(`filters.summary.${kind}`, { count: total });
  return everything ? count : t('filters.summary.allOf', { part: count });
};

/** "Showing N of M", and what the filters leave out that a reader would not guess. */
export function FilterSummary({ view, totals, actorFilterActive }: FilterSummaryProps) {
  const { t } = useI18n();
  const everything =
    view.quotes.length === totals.quotes &&
    view.events.length === totals.events &&
    view.figures.length === totals.figures;
  const parts = {
    quotes: part(t, 'quotes', view.quotes.length, totals.quotes, everything),
    events: part(t, 'events', view.events.length, totals.events, everything),
    figures: part(t, 'figures', view.figures.length, totals.figures, everything),
  };
  return (
    <div className="filter-summary" role="status">
      <p className="filter-summary__count">{t(everything ? 'filters.summary.all' : 'filters.summary.some', parts)}</p>
      {view.undatedIncluded > 0 ? (
        <p className="filter-summary__note">{t('filters.summary.undated', { count: view.undatedIncluded })}</p>
      ) : null}
      {actorFilterActive ? <p className="filter-summary__note">{t('filters.summary.actorNote')}</p> : null}
    </div>
  );
}
