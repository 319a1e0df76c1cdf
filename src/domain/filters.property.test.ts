import fc from 'fast-check';
import type { Dataset, DatasetEvent, Figure, Place, Quote } from '../data/schema';
import { filterDataset, getChartFigures, getDateSpan, groupQuotesByActor } from './filters';
import { getPlaceWithDescendants } from './place-tree';
import type { Filters } from './url-state';

// The filters as a plain scan of every item: what the indexed versions must agree with.
function naiveFilter(dataset: Dataset, filters: Filters) {
  const places = filters.placeId === null ? null : getPlaceWithDescendants(dataset.places, filters.placeId);
  const atPlace = (placeId: string | null) => places === null || (placeId !== null && places.has(placeId));
  const byActor = (ids: readonly string[]) =>
    filters.actorIds.length === 0 || ids.some((id) => filters.actorIds.includes(id));
  const dated = filters.from !== null || filters.to !== null;
  const inRange = (date: string) =>
    (filters.from === null || date >= filters.from) && (filters.to === null || date <= filters.to);
  let undatedQuotesHidden = 0;
  const quotes = dataset.quotes.filter((quote) => {
    if (!byActor([quote.actorId]) || !atPlace(quote.placeId)) return false;
    if (quote.date === null) {
      if (dated) undatedQuotesHidden += 1;
      return !dated;
    }
    return inRange(quote.date);
  });
  return {
    quotes,
    events: dataset.events.filter((event) => byActor(event.actorIds) && atPlace(event.placeId) && inRange(event.date)),
    figures: dataset.figures.filter((figure) => atPlace(figure.placeId) && inRange(figure.asOf)),
    undatedQuotesHidden,
  };
}

/** Quotes oldest first, undated last, ties in dataset order: how each actor's quotes read. */
function naiveDateOrder(quotes: readonly Quote[]): Quote[] {
  const dated = quotes.filter((quote) => quote.date !== null);
  const undated = quotes.filter((quote) => quote.date === null);
  // Array.prototype.sort is stable, so equal dates keep dataset order.
  return [...dated.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0)), ...undated];
}

const days = ['2020-08-09', '2020-08-10', '2020-08-14', '2020-08-16', '2020-09-01'];
const actorIds = ['a', 'b', 'c', 'd'];
const placeIds = ['belarus', 'minsk', 'square', 'brest', 'vilnius'];
const day = fc.constantFrom(...days);
const placeId = fc.option(fc.constantFrom(...placeIds, 'atlantis'), { nil: null });
const evidence = [{ sourceId: 's', start: 0, end: 1, exact: 'x', prefix: '', suffix: '' }];
const basis = { sourceId: 's', expression: null };

const place = (id: string, parentId: string | null): Place => ({
  id,
  name: id,
  kind: 'city',
  lat: 0,
  lon: 0,
  parentId,
});
// A tree with a site inside a city inside a country, and (sometimes) a cycle the filters must survive.
const places = fc
  .boolean()
  .map((cycle) => [
    place('belarus', cycle ? 'square' : null),
    place('minsk', 'belarus'),
    place('square', 'minsk'),
    place('brest', 'belarus'),
    place('vilnius', null),
  ]);

// Mostly events without actors, so a selection of actors is often the smallest set to start from.
const eventActors = fc.oneof(
  { weight: 2, arbitrary: fc.constant<string[]>([]) },
  { weight: 1, arbitrary: fc.subarray([...actorIds, 'a']) },
);
const event = fc.record({ date: day, placeId, actorIds: eventActors });
const quote = fc.record({ date: fc.option(day, { nil: null }), placeId, actorId: fc.constantFrom(...actorIds) });
const figure = fc.record({ asOf: day, placeId });

const dataset = fc
  .record({
    places,
    events: fc.array(event, { maxLength: 30 }),
    quotes: fc.array(quote, { maxLength: 20 }),
    figures: fc.array(figure, { maxLength: 12 }),
    published: fc.array(day, { maxLength: 2 }),
  })
  .map((raw): Dataset => ({
    schemaVersion: 1,
    sources: raw.published.map((published, i) => ({
      id: `s${i}`,
      published,
      outlet: null,
      headline: null,
      text: 'x',
    })),
    actors: [],
    places: raw.places,
    events: raw.events.map((item, i): DatasetEvent => ({
      id: `e${i}`,
      type: 'rally',
      title: `e${i}`,
      dateBasis: basis,
      evidence,
      disputedBy: [],
      milestone: false,
      ...item,
    })),
    quotes: raw.quotes.map((item, i): Quote => ({
      id: `q${i}`,
      text: 'x',
      dateBasis: null,
      medium: null,
      evidence,
      ...item,
    })),
    figures: raw.figures.map((item, i): Figure => ({
      id: `f${i}`,
      metric: 'detentions',
      value: i,
      low: null,
      high: null,
      qualifier: null,
      label: String(i),
      dateBasis: basis,
      evidence,
      disputedBy: [],
      ...item,
    })),
  }));

const filters = fc.record({
  actorIds: fc.subarray([...actorIds, 'nobody']),
  placeId,
  from: fc.option(fc.constantFrom(...days, '2020-08-12'), { nil: null }),
  to: fc.option(fc.constantFrom(...days, '2020-08-12'), { nil: null }),
});

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('the indexed filters agree with a scan of every item', () => {
  it('filterDataset keeps the same items in dataset order', () => {
    fc.assert(
      fc.property(dataset, fc.array(filters, { minLength: 1, maxLength: 4 }), (data, changes) => {
        // Several changes on one dataset: the index is built once and reused.
        for (const change of changes) {
          const indexed = filterDataset(data, change);
          const naive = naiveFilter(data, change);
          expect(ids(indexed.events)).toEqual(ids(naive.events));
          expect(ids(indexed.quotes)).toEqual(ids(naive.quotes));
          expect(ids(indexed.figures)).toEqual(ids(naive.figures));
          expect(indexed.undatedQuotesHidden).toBe(naive.undatedQuotesHidden);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('getChartFigures follows only the place, groupQuotesByActor everything but the actors', () => {
    fc.assert(
      fc.property(dataset, filters, (data, change) => {
        const figures = naiveFilter(data, { ...change, actorIds: [], from: null, to: null }).figures;
        expect(ids(getChartFigures(data, change))).toEqual(ids(figures));

        const expected = new Map<string, string[]>();
        for (const quote of naiveDateOrder(naiveFilter(data, { ...change, actorIds: [] }).quotes)) {
          expected.set(quote.actorId, [...(expected.get(quote.actorId) ?? []), quote.id]);
        }
        const groups = [...groupQuotesByActor(data, change)].map(([actorId, quotes]) => [actorId, ids(quotes)]);
        expect(groups).toEqual([...expected]);
      }),
    );
  });

  it('getDateSpan spans every dated item and publication', () => {
    fc.assert(
      fc.property(dataset, (data) => {
        const dates = [
          ...data.events.map((event) => event.date),
          ...data.figures.map((figure) => figure.asOf),
          ...data.quotes.flatMap((quote) => (quote.date === null ? [] : [quote.date])),
          ...data.sources.map((source) => source.published),
        ].sort();
        const span = getDateSpan(data);
        expect(span).toEqual(dates.length === 0 ? null : { min: dates[0], max: dates[dates.length - 1] });
      }),
    );
  });
});
