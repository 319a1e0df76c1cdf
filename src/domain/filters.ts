import type { Dataset, DatasetEvent, Figure, Quote } from '../data/schema';
import { getPlaceWithDescendants } from './place-tree';
import type { Filters } from './url-state';

export interface FilteredView {
  quotes: Quote[];
  events: DatasetEvent[];
  figures: Figure[];
  /** Quotes that match the actor and place filters but have no date, so a date filter leaves them out. */
  undatedQuotesHidden: number;
}

/** Whether any filter narrows the data. */
export function hasActiveFilters(filters: Filters): boolean {
  return filters.actorIds.length > 0 || filters.placeId !== null || filters.from !== null || filters.to !== null;
}

const hasDateFilter = (filters: Filters) => filters.from !== null || filters.to !== null;

// ISO dates compare correctly as strings.
const inDateRange = (date: string, filters: Filters) =>
  (filters.from === null || date >= filters.from) && (filters.to === null || date <= filters.to);

function placeMatcher(dataset: Dataset, filters: Filters): (placeId: string | null) => boolean {
  if (filters.placeId === null) return () => true;
  const places = getPlaceWithDescendants(dataset.places, filters.placeId);
  // An item with no place cannot be said to be anywhere in particular, so a place filter leaves it out.
  return (placeId) => placeId !== null && places.has(placeId);
}

/**
 * What every view shows for the current filters. Figures are not attributed to actors in the
 * articles, so the actor filter narrows quotes and events and leaves figures as they are.
 */
export function filterDataset(dataset: Dataset, filters: Filters): FilteredView {
  const atPlace = placeMatcher(dataset, filters);
  const actors = new Set(filters.actorIds);
  const byActor = (ids: readonly string[]) => actors.size === 0 || ids.some((id) => actors.has(id));

  let undatedQuotesHidden = 0;
  const quotes = dataset.quotes.filter((quote) => {
    if (!byActor([quote.actorId]) || !atPlace(quote.placeId)) return false;
    if (quote.date === null) {
      if (hasDateFilter(filters)) undatedQuotesHidden += 1;
      return !hasDateFilter(filters);
    }
    return inDateRange(quote.date, filters);
  });
  const events = dataset.events.filter(
    (event) => byActor(event.actorIds) && atPlace(event.placeId) && inDateRange(event.date, filters),
  );
  const figures = dataset.figures.filter((figure) => atPlace(figure.placeId) && inDateRange(figure.asOf, filters));
  return { quotes, events, figures, undatedQuotesHidden };
}

/** Figures for the timeline: narrowed by place only, since its brush needs the whole span of dates. */
export function getChartFigures(dataset: Dataset, filters: Filters): Figure[] {
  return filterDataset(dataset, { ...filters, actorIds: [], from: null, to: null }).figures;
}

/**
 * Each actor's quotes under the place and date filters, oldest first. The actor filter is left out so
 * each list says what selecting that actor would show, not nothing for everyone not yet selected.
 */
export function groupQuotesByActor(dataset: Dataset, filters: Filters): Map<string, Quote[]> {
  const groups = new Map<string, Quote[]>();
  for (const quote of orderQuotesByDate(filterDataset(dataset, { ...filters, actorIds: [] }).quotes)) {
    const group = groups.get(quote.actorId) ?? [];
    group.push(quote);
    groups.set(quote.actorId, group);
  }
  return groups;
}

/** The first and last dated day in the dataset, to bound the From and To pickers. */
export function getDateSpan(dataset: Dataset): { min: string; max: string } | null {
  const dates = [
    ...dataset.events.map((event) => event.date),
    ...dataset.figures.map((figure) => figure.asOf),
    ...dataset.quotes.flatMap((quote) => (quote.date === null ? [] : [quote.date])),
    ...dataset.sources.map((source) => source.published),
  ].sort();
  const min = dates[0];
  const max = dates[dates.length - 1];
  return min === undefined || max === undefined ? null : { min, max };
}

/** Quotes oldest first, undated ones last, ties in dataset order, for reading as a sequence. */
export function orderQuotesByDate(quotes: readonly Quote[]): Quote[] {
  return quotes
    .map((quote, index) => ({ quote, index }))
    .sort((a, b) => {
      if (a.quote.date === b.quote.date) return a.index - b.index;
      if (a.quote.date === null) return 1;
      if (b.quote.date === null) return -1;
      return a.quote.date < b.quote.date ? -1 : 1;
    })
    .map(({ quote }) => quote);
}
