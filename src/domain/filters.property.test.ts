import fc from 'fast-check';
import type { Dataset, DatasetEvent, Figure, Place, Quote } from '../data/schema';
import { filterDataset, getChartFigures, getDateSpan, groupQuotesByActor } from './filters';
import { getPlaceWithDescendants } from './place-tree';
import type { Filters } from './url-state';
import { wholeSource } from '../data/source-text';

// The filters as a plain scan of every item: what the indexed versions must agree with. An item the articles
// do not date stands at the day it was reported.
function naiveFilter(dataset: Dataset, filters: Filters) {
  const places = filters.placeId === null ? null : getPlaceWithDescendants(dataset.places, filters.placeId);
  const atPlace = (placeId: string | null) => places === null || (placeId !== null && places.has(placeId));
  const byActor = (ids: readonly string[]) =>
    filters.actorIds.length === 0 || ids.some((id) => filters.actorIds.includes(id));
  const inRange = (date: string) =>
    (filters.from === null || date >= filters.from) && (filters.to === null || date <= filters.to);
  const quotes = dataset.quotes.filter(
    (quote) => byActor([quote.actorId]) && atPlace(quote.placeId) && inRange(quote.date ?? quote.reported),
  );
  const events = dataset.events.filter(
    (event) => byActor(event.actorIds) && atPlace(event.placeId) && inRange(event.date ?? event.reported),
  );
  const figures = dataset.figures.filter(
    (figure) => atPlace(figure.placeId) && inRange(figure.asOf ?? figure.reported),
  );
  const dated = filters.from !== null || filters.to !== null;
  const undated = [...quotes, ...events].filter((item) => item.date === null).length;
  return {
    quotes,
    events,
    figures,
    undatedIncluded: dated ? undated + figures.filter((figure) => figure.asOf === null).length : 0,
  };
}

/** Quotes oldest first (undated ones at the day they were reported), ties in dataset order. */
function naiveDateOrder(quotes: readonly Quote[]): Quote[] {
  const day = (quote: Quote) => quote.date ?? quote.reported;
  // Array.prototype.sort is stable, so equal days keep dataset order.
  return [...quotes].sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0));
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
const undatedOr = (arbitrary: fc.Arbitrary<string>) => fc.option(arbitrary, { nil: null, freq: 3 });
const event = fc.record({ date: undatedOr(day), reported: day, placeId, actorIds: eventActors });
const quote = fc.record({ date: undatedOr(day), reported: day, placeId, actorId: fc.constantFrom(...actorIds) });
const figure = fc.record({ asOf: undatedOr(day), reported: day, placeId });

const dataset = fc
  .record({
    places,
    events: fc.array(event, { maxLength: 30 }),
    quotes: fc.array(quote, { maxLength: 20 }),
    figures: fc.array(figure, { maxLength: 12 }),
    published: fc.array(day, { maxLength: 2 }),
  })
  .map((raw): Dataset => ({
    schemaVersion: 3,
    sources: raw.published.map((published, i) =>
      wholeSource({
        id: `s${i}`,
        published,
        outlet: null,
        headline: null,
        text: 'x',
      }),
    ),
    actors: [],
    places: raw.places,
    events: raw.events.map((item, i): DatasetEvent => ({
      id: `e${i}`,
      type: 'rally',
      title: `e${i}`,
      dateBasis: item.date === null ? null : basis,
      evidence,
      attribution: null,
      inferred: [],
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
      via: null,
      inferred: [],
      disputedBy: [],
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
      dateBasis: item.asOf === null ? null : basis,
      evidence,
      attribution: null,
      inferred: [],
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
          expect(indexed.undatedIncluded).toBe(naive.undatedIncluded);
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

  it('getDateSpan spans every item (its date, or when it was reported) and publication', () => {
    fc.assert(
      fc.property(dataset, (data) => {
        const dates = [
          ...data.events.map((event) => event.date ?? event.reported),
          ...data.figures.map((figure) => figure.asOf ?? figure.reported),
          ...data.quotes.map((quote) => quote.date ?? quote.reported),
          ...data.sources.map((source) => source.published),
        ].sort();
        const span = getDateSpan(data);
        expect(span).toEqual(dates.length === 0 ? null : { min: dates[0], max: dates[dates.length - 1] });
      }),
    );
  });
});

describe('a date filter', () => {
  const range = fc
    .tuple(fc.constantFrom(...days, '2020-08-12'), fc.constantFrom(...days, '2020-08-12'))
    .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));

  it('never drops an item whose date, or day of report where it has none, is in range', () => {
    fc.assert(
      fc.property(dataset, range, (data, { from, to }) => {
        const view = filterDataset(data, { actorIds: [], placeId: null, from, to });
        const inRange = (day: string) => day >= from && day <= to;
        const shown = new Set([...view.events, ...view.quotes, ...view.figures].map((item) => item.id));
        const undated = [...data.events, ...data.quotes].filter((item) => item.date === null);
        for (const item of [...data.events, ...data.quotes])
          if (inRange(item.date ?? item.reported)) expect(shown).toContain(item.id);
        for (const figure of data.figures)
          if (inRange(figure.asOf ?? figure.reported)) expect(shown).toContain(figure.id);
        // The undated ones are counted, so the reader learns they are placed by when they were reported.
        const undatedShown =
          undated.filter((item) => shown.has(item.id)).length +
          data.figures.filter((figure) => figure.asOf === null && shown.has(figure.id)).length;
        expect(view.undatedIncluded).toBe(undatedShown);
      }),
      { numRuns: 300 },
    );
  });
});
