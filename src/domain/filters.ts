import type { Dataset, DatasetEvent, Figure, Quote } from '../data/schema';
import {
  getCached,
  getDatasetIndex,
  itemsAt,
  selectPositions,
  type CollectionIndex,
  type DatasetIndex,
  type IndexQuery,
} from './dataset-index';
import { notePickedInOrder } from './event-order';
import type { Filters } from './url-state';

/** Read-only: the view with no filter is built once per dataset and handed out each time it is asked for. */
export interface FilteredView {
  quotes: readonly Quote[];
  events: readonly DatasetEvent[];
  figures: readonly Figure[];
  /**
   * While a date filter is set: how many of the items shown have no date of their own and are kept because the
   * day they were first reported is in range. Zero without a date filter.
   */
  undatedIncluded: number;
}

/** Whether any filter narrows the data. */
export function hasActiveFilters(filters: Filters): boolean {
  return filters.actorIds.length > 0 || filters.placeId !== null || filters.from !== null || filters.to !== null;
}

/** How many of the four filters (actor, place, from, to) are set: what the phone's Filters button shows. */
export function countActiveFilters(filters: Filters): number {
  return [filters.actorIds.length > 0, filters.placeId !== null, filters.from !== null, filters.to !== null].filter(
    Boolean,
  ).length;
}

/** The actor filter after a reader ticks or unticks one actor: added at the end, or removed. */
export function toggleActorId(actorIds: readonly string[], actorId: string): string[] {
  return actorIds.includes(actorId) ? actorIds.filter((id) => id !== actorId) : [...actorIds, actorId];
}

const hasDateFilter = (filters: Filters) => filters.from !== null || filters.to !== null;

/** The index query for the filters; `withActors` false for collections or views the actor filter leaves alone. */
function toQuery(index: DatasetIndex, filters: Filters, withActors: boolean): IndexQuery {
  return {
    actorIds: withActors && filters.actorIds.length > 0 ? new Set(filters.actorIds) : null,
    // An item with no place cannot be said to be anywhere in particular, so a place filter leaves it out.
    placeIds: filters.placeId === null ? null : index.placeWithDescendants(filters.placeId),
    from: filters.from,
    to: filters.to,
  };
}

/** How many of the items have no date of their own. */
function countUndated(view: Omit<FilteredView, 'undatedIncluded'>): number {
  let count = 0;
  for (const quote of view.quotes) if (quote.date === null) count += 1;
  for (const event of view.events) if (event.date === null) count += 1;
  for (const figure of view.figures) if (figure.asOf === null) count += 1;
  return count;
}

/**
 * What every view shows for the current filters. Figures are not attributed to actors in the
 * articles, so the actor filter narrows quotes and events and leaves figures as they are. The date filter
 * applies to each item's day (its date, or when it was first reported), so nothing undated is dropped.
 */
export function filterDataset(dataset: Dataset, filters: Filters): FilteredView {
  const index = getDatasetIndex(dataset);
  // "Clear filters" comes back to the whole dataset again and again: the same view each time, so what the
  // views derive from it (the map's counts per place) can be kept too.
  if (!hasActiveFilters(filters)) {
    return getCached(index, 'view:unfiltered', () => ({
      quotes: dataset.quotes,
      events: dataset.events,
      figures: dataset.figures,
      undatedIncluded: 0,
    }));
  }
  const query = toQuery(index, filters, true);
  const select = <T>(collection: CollectionIndex<T>, q: IndexQuery): readonly T[] =>
    // Nothing narrows it (only the actor filter, for figures): the collection itself, with no lookups.
    (q.actorIds === null || collection.hasActor === null) && q.placeIds === null && q.from === null && q.to === null
      ? collection.items
      : itemsAt(collection, selectPositions(collection, q, 'dataset'));
  const view = {
    quotes: select(index.quotes, query),
    events: select(index.events, query),
    figures: select(index.figures, { ...query, actorIds: null }),
  };
  // Picked in dataset order, so the timeline can skip checking their order when the dataset's is right.
  notePickedInOrder(dataset.events, view.events);
  return { ...view, undatedIncluded: hasDateFilter(filters) ? countUndated(view) : 0 };
}

/**
 * Figures for the timeline: narrowed by place only, since its brush needs the whole span of dates. The
 * same array comes back for the same place, so the chart can tell that an actor or date change left it alone.
 */
export function getChartFigures(dataset: Dataset, filters: Filters): Figure[] {
  const index = getDatasetIndex(dataset);
  const key = `chart-figures:${filters.placeId ?? ''}`;
  const cached = index.cache.get(key) as Figure[] | undefined;
  if (cached) return cached;
  const query = toQuery(index, { ...filters, actorIds: [], from: null, to: null }, false);
  const figures = itemsAt(index.figures, selectPositions(index.figures, query, 'dataset'));
  index.cache.set(key, figures);
  return figures;
}

/**
 * Each actor's quotes under the place and date filters, oldest first. The actor filter is left out so
 * each list says what selecting that actor would show, not nothing for everyone not yet selected.
 */
export function groupQuotesByActor(dataset: Dataset, filters: Filters): ReadonlyMap<string, readonly Quote[]> {
  const index = getDatasetIndex(dataset);
  // Without a place or dates (the actor filter is left out anyway) the groups are the same every time.
  if (filters.placeId === null && filters.from === null && filters.to === null) {
    return getCached(index, 'quotes-by-actor:unfiltered', () => groupQuotes(index, filters));
  }
  return groupQuotes(index, filters);
}

function groupQuotes(index: DatasetIndex, filters: Filters): Map<string, Quote[]> {
  const groups = new Map<string, Quote[]>();
  // Oldest first (undated ones at the day they were reported), ties in dataset order: an actor's quotes read as a sequence.
  for (const position of selectPositions(index.quotes, toQuery(index, filters, false), 'date')) {
    const quote = index.quotes.items[position]!;
    const group = groups.get(quote.actorId);
    if (group) group.push(quote);
    else groups.set(quote.actorId, [quote]);
  }
  return groups;
}

/** The first and last day in the dataset (dates, or when reported), to bound the From and To pickers and the timeline. */
export function getDateSpan(dataset: Dataset): { min: string; max: string } | null {
  return getDatasetIndex(dataset).dateSpan;
}
