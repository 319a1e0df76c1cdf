/**
 * The filter changes the bench replays: actor, date and place in turn, building up as a reader would and
 * clearing now and then, so the views see narrow, broad and empty results. Derived from the dataset itself,
 * so the same plan works for the five real articles and for 100,000 synthetic events.
 */
import type { Dataset } from '../../src/data/schema';
import { defaultUrlState, serializeUrlState, type Filters } from '../../src/domain/url-state';

const DAY_MS = 86_400_000;

export interface FilterChange {
  kind: 'actor' | 'date' | 'place' | 'clear';
  /** The query string to navigate to, as the app itself would write it. */
  search: string;
}

function rankBy<T extends string>(ids: Iterable<T>): T[] {
  const counts = new Map<T, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

// Most frequent, then ever rarer: ranks 1, 2, 4, 8, … give filters that keep much and little.
const spread = <T>(ranked: T[], count: number): T[] =>
  Array.from({ length: count }, (_, index) => ranked[Math.min(ranked.length - 1, 2 ** index - 1)]).filter(
    (item, index, all): item is T => item !== undefined && all.indexOf(item) === index,
  );

/** `count` filter changes for a dataset, each different from the one before it. */
export function planFilterChanges(dataset: Dataset, count = 24): FilterChange[] {
  const actorIds = spread(rankBy(dataset.events.flatMap((event) => event.actorIds)), 6);
  const placeKinds = new Map(dataset.places.map((place) => [place.id, place.kind]));
  const placeIds = spread(
    rankBy(dataset.events.flatMap((event) => (event.placeId === null ? [] : [event.placeId]))).filter(
      (id) => placeKinds.get(id) === 'city' || placeKinds.get(id) === 'country',
    ),
    5,
  );
  const dates = dataset.events.map((event) => event.date ?? event.reported).sort();
  const first = Date.parse(dates[0] ?? '2020-08-09');
  const last = Date.parse(dates[dates.length - 1] ?? '2020-08-09');
  const span = Math.max(1, Math.round((last - first) / DAY_MS));
  const day = (offset: number) => new Date(first + Math.round(offset) * DAY_MS).toISOString().slice(0, 10);
  // A week at the start, a month in the middle, the second half, the last days: narrow and broad ranges.
  const ranges: [string | null, string | null][] = [
    [day(0), day(Math.min(span, 7))],
    [day(span / 3), day(span / 3 + Math.min(span, 30))],
    [day(span / 2), null],
    [null, day(span / 4)],
    [day(span - Math.min(span, 3)), day(span)],
  ];

  let filters: Filters = { actorIds: [], placeId: null, from: null, to: null };
  const changes: FilterChange[] = [];
  const turns = { actor: 0, date: 0, place: 0 };
  let previous = '';
  for (let step = 0; changes.length < count && step < count * 4; step++) {
    let kind: FilterChange['kind'];
    if (step % 8 === 7) {
      kind = 'clear';
      filters = { actorIds: [], placeId: null, from: null, to: null };
    } else {
      kind = (['actor', 'date', 'place'] as const)[step % 3] as 'actor' | 'date' | 'place';
      const turn = turns[kind]++;
      if (kind === 'actor' && actorIds.length > 0)
        filters = { ...filters, actorIds: [actorIds[turn % actorIds.length] as string] };
      if (kind === 'place' && placeIds.length > 0)
        filters = { ...filters, placeId: placeIds[turn % placeIds.length] ?? null };
      if (kind === 'date') {
        const [from, to] = ranges[turn % ranges.length] as [string | null, string | null];
        filters = { ...filters, from, to };
      }
    }
    const search = serializeUrlState({ ...defaultUrlState, filters });
    if (search === previous) continue;
    changes.push({ kind, search });
    previous = search;
  }
  return changes;
}
