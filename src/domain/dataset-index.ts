/**
 * Lookups built once per dataset, so a filter change reads the items it needs instead of scanning
 * every event: positions by date (binary search for From and To), by place and by actor.
 */
import type { Dataset, DatasetEvent, Figure, Quote } from '../data/schema';
import { figureDay, itemDay } from './item-day';
import { getPlaceWithDescendants } from './place-tree';

/** How one collection (events, quotes or figures) is indexed; positions are indexes into the collection. */
export interface CollectionIndex<T> {
  items: readonly T[];
  /** Each item's day (`itemDay`, `figureDay`: its date, or when it was first reported), by position. */
  dates: readonly string[];
  /** Each item's place, by position. */
  placeIds: readonly (string | null)[];
  /** Positions oldest first, ties in dataset order. */
  byDate: Uint32Array;
  /** The days of `byDate`'s positions, for binary search. */
  sortedDates: readonly string[];
  /** Where each position stands in `byDate`. */
  rankOf: Uint32Array;
  /** Positions of the items at each place, ascending. */
  byPlace: ReadonlyMap<string, Uint32Array>;
  /** Positions of the items of each actor, ascending; null when the collection has no actors (figures). */
  byActor: ReadonlyMap<string, Uint32Array> | null;
  hasActor: ((position: number, actorIds: ReadonlySet<string>) => boolean) | null;
}

export interface DatasetIndex {
  events: CollectionIndex<DatasetEvent>;
  quotes: CollectionIndex<Quote>;
  figures: CollectionIndex<Figure>;
  /** The place and everything inside it, computed once per place. */
  placeWithDescendants: (placeId: string) => ReadonlySet<string>;
  /** The first and last day of events, figures, quotes (their dates, or when reported) and sources' publication. */
  dateSpan: { min: string; max: string } | null;
  /** Results worth keeping between filter changes (the unfiltered view, the chart's figures per place), by key. */
  cache: Map<string, unknown>;
}

/** What to select: null leaves that side unfiltered. */
export interface IndexQuery {
  actorIds: ReadonlySet<string> | null;
  placeIds: ReadonlySet<string> | null;
  from: string | null;
  to: string | null;
}

function push(lists: Map<string, number[]>, key: string, position: number) {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [position]);
  // An event may name an actor twice; its position is listed once.
  else if (list[list.length - 1] !== position) list.push(position);
}

const toTyped = (lists: Map<string, number[]>) =>
  new Map([...lists].map(([key, list]) => [key, Uint32Array.from(list)] as const));

function indexCollection<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
  placeOf: (item: T) => string | null,
  actorsOf: ((item: T) => readonly string[]) | null,
): CollectionIndex<T> {
  const dates = new Array<string>(items.length);
  const placeIds = new Array<string | null>(items.length);
  const actorLists = actorsOf ? new Array<readonly string[]>(items.length) : null;
  // Few distinct days and many items: bucket by day, then sort the days, keeping dataset order within each.
  const byDay = new Map<string, number[]>();
  const byPlace = new Map<string, number[]>();
  const byActor = new Map<string, number[]>();
  // One pass, so each item (scattered over a large heap) is read once.
  items.forEach((item, position) => {
    const date = dateOf(item);
    const placeId = placeOf(item);
    dates[position] = date;
    placeIds[position] = placeId;
    push(byDay, date, position);
    if (placeId !== null) push(byPlace, placeId, position);
    if (actorsOf && actorLists) {
      const actorIds = actorsOf(item);
      actorLists[position] = actorIds;
      for (const actorId of actorIds) push(byActor, actorId, position);
    }
  });

  const byDate = new Uint32Array(items.length);
  const sortedDates: string[] = [];
  let next = 0;
  for (const day of [...byDay.keys()].sort()) {
    for (const position of byDay.get(day)!) {
      byDate[next++] = position;
      sortedDates.push(day);
    }
  }
  const rankOf = new Uint32Array(items.length);
  byDate.forEach((position, rank) => (rankOf[position] = rank));

  return {
    items,
    dates,
    placeIds,
    byDate,
    sortedDates,
    rankOf,
    byPlace: toTyped(byPlace),
    byActor: actorLists ? toTyped(byActor) : null,
    hasActor: actorLists
      ? (position, actorIds) => actorLists[position]!.some((actorId) => actorIds.has(actorId))
      : null,
  };
}

function getSpan(dataset: Dataset): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  const see = (date: string) => {
    if (min === null || date < min) min = date;
    if (max === null || date > max) max = date;
  };
  for (const event of dataset.events) see(itemDay(event));
  for (const figure of dataset.figures) see(figureDay(figure));
  for (const quote of dataset.quotes) see(itemDay(quote));
  for (const source of dataset.sources) see(source.published);
  return min === null || max === null ? null : { min, max };
}

/** Builds the lookups of a dataset; `getDatasetIndex` builds them once per dataset. */
function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const descendants = new Map<string, ReadonlySet<string>>();
  return {
    events: indexCollection(
      dataset.events,
      itemDay,
      (event) => event.placeId,
      (event) => event.actorIds,
    ),
    quotes: indexCollection(
      dataset.quotes,
      itemDay,
      (quote) => quote.placeId,
      (quote) => [quote.actorId],
    ),
    figures: indexCollection(dataset.figures, figureDay, (figure) => figure.placeId, null),
    placeWithDescendants: (placeId) => {
      let found = descendants.get(placeId);
      if (found === undefined) {
        found = getPlaceWithDescendants(dataset.places, placeId);
        descendants.set(placeId, found);
      }
      return found;
    },
    dateSpan: getSpan(dataset),
    cache: new Map(),
  };
}

// Keyed by the dataset object: a dataset is never changed once loaded, and a new one gets its own index.
const indexes = new WeakMap<Dataset, DatasetIndex>();

/** The dataset's index, built on first use and kept for as long as the dataset is. */
export function getDatasetIndex(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (index === undefined) {
    index = buildDatasetIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** A result kept in the dataset's index under `key`, built by `build` the first time it is asked for. */
export function getCached<T>(index: DatasetIndex, key: string, build: () => T): T {
  if (index.cache.has(key)) return index.cache.get(key) as T;
  const value = build();
  index.cache.set(key, value);
  return value;
}

/** The first position in `sorted` whose value is not below `value` (or, with `after`, above it). */
function bound(sorted: readonly string[], value: string, after: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = sorted[middle]!;
    if (item < value || (after && item === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function union(lists: readonly (Uint32Array | undefined)[]): { positions: ArrayLike<number>; ascending: boolean } {
  const present = lists.filter((list) => list !== undefined);
  if (present.length === 1) return { positions: present[0]!, ascending: true };
  const size = present.reduce((sum, list) => sum + list.length, 0);
  const all = new Uint32Array(size);
  let offset = 0;
  for (const list of present) {
    all.set(list, offset);
    offset += list.length;
  }
  return { positions: all, ascending: false };
}

const listSize = (lists: readonly (Uint32Array | undefined)[]) =>
  lists.reduce((sum, list) => sum + (list?.length ?? 0), 0);

/**
 * The positions of the items that match every part of the query, in dataset order or (`'date'`) oldest
 * first. The date range applies to each item's day, so an item the articles do not date is kept when the day
 * it was reported is in range, never dropped. Starts from the smallest of the date range, the place's items
 * and the actors' items, and checks the rest item by item.
 */
export function selectPositions<T>(
  index: CollectionIndex<T>,
  query: IndexQuery,
  order: 'dataset' | 'date',
): Uint32Array {
  const { from, to } = query;
  const dateFiltered = from !== null || to !== null;
  const low = from === null ? 0 : bound(index.sortedDates, from, false);
  const high = to === null ? index.items.length : bound(index.sortedDates, to, true);
  const placeLists = query.placeIds ? [...query.placeIds].map((id) => index.byPlace.get(id)) : null;
  const actorLists = query.actorIds && index.byActor ? [...query.actorIds].map((id) => index.byActor!.get(id)) : null;
  const actorIds = index.hasActor ? query.actorIds : null;

  // Candidates drawn from a place's or the actors' own lists already match that part of the query.
  let checkPlace = query.placeIds !== null;
  let checkActors = actorIds !== null;
  const matches = (position: number) => {
    if (dateFiltered) {
      const date = index.dates[position]!;
      if ((from !== null && date < from) || (to !== null && date > to)) return false;
    }
    if (checkPlace) {
      const placeId = index.placeIds[position] ?? null;
      if (placeId === null || !query.placeIds!.has(placeId)) return false;
    }
    return !checkActors || index.hasActor!(position, actorIds!);
  };

  // Candidates as keys in the order asked for: positions for dataset order, ranks in `byDate` for date order.
  const dateCount = dateFiltered ? Math.max(0, high - low) : index.items.length;
  const placeCount = placeLists ? listSize(placeLists) : Infinity;
  const actorCount = actorLists ? listSize(actorLists) : Infinity;
  const found: number[] = [];
  let sorted: boolean;
  if (dateCount <= placeCount && dateCount <= actorCount) {
    const end = dateFiltered ? high : index.items.length;
    if (order === 'date' || !dateFiltered) {
      for (let key = low; key < end; key++) {
        if (matches(order === 'date' ? index.byDate[key]! : key)) found.push(key);
      }
      sorted = true;
    } else {
      for (let rank = low; rank < end; rank++) {
        const position = index.byDate[rank]!;
        if (matches(position)) found.push(position);
      }
      sorted = false;
    }
  } else {
    const byPlace = placeCount <= actorCount;
    if (byPlace) checkPlace = false;
    else checkActors = false;
    const { positions, ascending } = union(byPlace ? placeLists! : actorLists!);
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      if (matches(position)) found.push(order === 'date' ? index.rankOf[position]! : position);
    }
    sorted = ascending && order === 'dataset';
  }

  let keys = Uint32Array.from(found);
  if (!sorted) {
    keys.sort();
    // Several actors' lists can hold the same item.
    let kept = 0;
    for (let i = 0; i < keys.length; i++) if (i === 0 || keys[i] !== keys[i - 1]) keys[kept++] = keys[i]!;
    keys = keys.subarray(0, kept);
  }
  return order === 'date' ? keys.map((rank) => index.byDate[rank]!) : keys;
}

/** The items at the given positions. */
export function itemsAt<T>(index: CollectionIndex<T>, positions: Uint32Array): T[] {
  const items = new Array<T>(positions.length);
  for (let i = 0; i < positions.length; i++) items[i] = index.items[positions[i]!]!;
  return items;
}
