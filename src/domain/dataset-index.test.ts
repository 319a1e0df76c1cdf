import { dashboardDataset as dataset } from '../test/fixtures/dashboard-dataset';
import { getDatasetIndex, itemsAt, selectPositions, type IndexQuery } from './dataset-index';

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

  it('orders every collection oldest first, undated quotes last', () => {
    const { quotes, events } = getDatasetIndex(dataset);
    const dates = [...quotes.byDate].map((position) => dataset.quotes[position]!.date);
    expect(dates).toEqual([...dates.filter((date) => date !== null).sort(), ...dates.filter((date) => date === null)]);
    expect(quotes.datedCount).toBe(dataset.quotes.filter((quote) => quote.date !== null).length);
    expect(events.sortedDates).toEqual(dataset.events.map((event) => event.date).sort());
  });
});

describe('selectPositions', () => {
  it('keeps both ends of a date range and leaves undated items out of it', () => {
    const { events } = getDatasetIndex(dataset);
    const day = dataset.events[0]!.date;
    const onDay = selectPositions(events, { ...everything, from: day, to: day }, 'dataset');
    expect(itemsAt(events, onDay).map((event) => event.date)).toEqual(
      dataset.events.filter((event) => event.date === day).map((event) => event.date),
    );
    expect(quoteIds({ ...everything, from: '1900-01-01' }, 'dataset')).toEqual(
      dataset.quotes.filter((quote) => quote.date !== null).map((quote) => quote.id),
    );
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

  it('reads quotes in date order with the undated ones after the dated', () => {
    const ordered = quoteIds(everything, 'date');
    const undated = dataset.quotes.filter((quote) => quote.date === null).map((quote) => quote.id);
    expect(ordered.slice(ordered.length - undated.length)).toEqual(undated);
    expect(new Set(ordered)).toEqual(new Set(dataset.quotes.map((quote) => quote.id)));
  });

  it('narrows to the places asked for and leaves out items with no place', () => {
    const { figures } = getDatasetIndex(dataset);
    const placeIds = new Set(['minsk']);
    const atMinsk = itemsAt(figures, selectPositions(figures, { ...everything, placeIds }, 'dataset'));
    expect(atMinsk).toEqual(dataset.figures.filter((figure) => figure.placeId === 'minsk'));
  });
});
