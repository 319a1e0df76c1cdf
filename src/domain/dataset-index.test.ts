import { dashboardDataset as dataset } from '../test/fixtures/dashboard-dataset';
import { getDatasetIndex, itemsAt, selectPositions, type IndexQuery } from './dataset-index';
import { itemDay } from './item-day';

const everything: IndexQuery = { actorIds: null, placeIds: null, from: null, to: null };
const quoteIds = (query: IndexQuery, order: 'dataset' | 'date') => {
  const { quotes } = getDatasetIndex(dataset);
  return itemsAt(quotes, selectPositions(quotes, query, order)).map((quote) => quote.id);
};

describe('getDatasetIndex', () => {
  it('is built once per dataset and again for a new one', () => {
    expect(getDatasetIndex(dataset)).toBe(getDatasetIndex(dataset));
    expect(getDatasetIndex({ ...dataset })).not.toBe(getDatasetIndex(dataset));
  });

  it('orders every collection oldest first, an undated item at the day it was reported', () => {
    const { quotes, events } = getDatasetIndex(dataset);
    expect([...quotes.byDate].map((position) => dataset.quotes[position]!.id)).toEqual([
      'not-give-away', // undated, reported 16 August
      'no-other-elections',
      'national-leader',
    ]);
    expect(events.sortedDates).toEqual(['2020-08-16', '2020-08-17']);
  });
});

describe('selectPositions', () => {
  it('keeps both ends of a date range, and an undated item whose day of report is in it', () => {
    const { events } = getDatasetIndex(dataset);
    const day = itemDay(dataset.events[0]!);
    const onDay = selectPositions(events, { ...everything, from: day, to: day }, 'dataset');
    expect(itemsAt(events, onDay).map(itemDay)).toEqual(
      dataset.events.filter((event) => itemDay(event) === day).map(itemDay),
    );
    expect(quoteIds({ ...everything, from: '1900-01-01' }, 'dataset')).toEqual(dataset.quotes.map((quote) => quote.id));
    expect(quoteIds({ ...everything, from: '2020-08-16', to: '2020-08-16' }, 'dataset')).toEqual(['not-give-away']);
    expect(quoteIds({ ...everything, from: '2020-08-17' }, 'dataset')).not.toContain('not-give-away');
    expect(quoteIds({ ...everything, from: '2020-08-17', to: '2020-08-16' }, 'dataset')).toEqual([]);
  });

  it('gives an item named by two selected actors once, in either order', () => {
    const both = { ...dataset.events[0]!, id: 'both', actorIds: ['lukashenko', 'tikhanouskaya'] };
    const withShared = { ...dataset, events: [both, ...dataset.events] };
    const { events } = getDatasetIndex(withShared);
    const actorIds = new Set(both.actorIds);
    const expected = withShared.events.filter((event) => event.actorIds.some((id) => actorIds.has(id)));
    expect(expected.length).toBeGreaterThan(1);
    const byDataset = itemsAt(events, selectPositions(events, { ...everything, actorIds }, 'dataset'));
    expect(byDataset).toEqual(expected);
    const byDate = itemsAt(events, selectPositions(events, { ...everything, actorIds }, 'date'));
    expect(byDate.map((event) => event.id).sort()).toEqual(expected.map((event) => event.id).sort());
  });

  it('reads quotes in date order, an undated one at the day it was reported', () => {
    expect(quoteIds(everything, 'date')).toEqual(['not-give-away', 'no-other-elections', 'national-leader']);
  });

  it('narrows to the places asked for and leaves out items with no place', () => {
    const { figures } = getDatasetIndex(dataset);
    const placeIds = new Set(['minsk']);
    const atMinsk = itemsAt(figures, selectPositions(figures, { ...everything, placeIds }, 'dataset'));
    expect(atMinsk).toEqual(dataset.figures.filter((figure) => figure.placeId === 'minsk'));
  });
});
