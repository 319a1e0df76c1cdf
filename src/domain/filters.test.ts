import { dashboardDataset as dataset } from '../test/fixtures/dashboard-dataset';
import {
  countActiveFilters,
  filterDataset,
  getChartFigures,
  getDateSpan,
  groupQuotesByActor,
  hasActiveFilters,
  toggleActorId,
} from './filters';
import { emptyFilters, type Filters } from './url-state';

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id).sort();
const filters = (patch: Partial<Filters>): Filters => ({ ...emptyFilters, ...patch });

describe('filterDataset', () => {
  it('shows everything when no filter is set', () => {
    const view = filterDataset(dataset, emptyFilters);
    expect(view.quotes).toHaveLength(dataset.quotes.length);
    expect(view.events).toHaveLength(dataset.events.length);
    expect(view.figures).toHaveLength(dataset.figures.length);
    expect(view.undatedIncluded).toBe(0);
  });

  it('hands out the same unfiltered view each time the filters are cleared', () => {
    const first = filterDataset(dataset, emptyFilters);
    filterDataset(dataset, filters({ placeId: 'minsk' }));
    expect(filterDataset(dataset, { ...emptyFilters })).toBe(first);
    expect(groupQuotesByActor(dataset, { ...emptyFilters })).toBe(groupQuotesByActor(dataset, emptyFilters));
    // The actor filter does not narrow the groups, so it keeps them too.
    expect(groupQuotesByActor(dataset, filters({ actorIds: ['lukashenko'] }))).toBe(
      groupQuotesByActor(dataset, emptyFilters),
    );
  });

  it('narrows quotes and events to any of the selected actors, and leaves figures alone', () => {
    const view = filterDataset(dataset, filters({ actorIds: ['tikhanouskaya'] }));
    expect(ids(view.quotes)).toEqual(['national-leader']);
    expect(ids(view.events)).toEqual(['national-leader-offer']);
    expect(view.figures).toHaveLength(dataset.figures.length);

    const both = filterDataset(dataset, filters({ actorIds: ['tikhanouskaya', 'lukashenko'] }));
    expect(both.quotes).toHaveLength(3);
  });

  it('includes the places inside the selected one', () => {
    const view = filterDataset(dataset, filters({ placeId: 'belarus' }));
    // Independence Square lies in Minsk, which lies in Belarus.
    expect(ids(view.events)).toEqual(['march-independence-square']);
    expect(ids(view.figures)).toEqual(['detained-6700', 'marchers-minsk']);
    expect(ids(view.quotes)).toEqual(['no-other-elections']);
  });

  it('leaves out items with no place when a place is selected', () => {
    // The undated quote has no place; of the others, only one was said in Minsk.
    const view = filterDataset(dataset, filters({ placeId: 'minsk' }));
    expect(ids(view.quotes)).toEqual(['no-other-elections']);
    expect(ids(view.events)).toEqual(['march-independence-square']);
    expect(ids(view.figures)).toEqual(['marchers-minsk']);
  });

  it('keeps both ends of the date range', () => {
    const view = filterDataset(dataset, filters({ from: '2020-08-16', to: '2020-08-16' }));
    expect(ids(view.events)).toEqual(['march-independence-square']);
    expect(ids(view.figures)).toEqual(['marchers-minsk']);
  });

  it('keeps an undated quote under a date filter by the day it was reported, and counts it', () => {
    // "I will not give the country away" is undated, reported on 16 August.
    const view = filterDataset(dataset, filters({ from: '2020-08-01' }));
    expect(ids(view.quotes)).toEqual(['national-leader', 'no-other-elections', 'not-give-away']);
    expect(view.undatedIncluded).toBe(1);
    const later = filterDataset(dataset, filters({ from: '2020-08-17' }));
    expect(ids(later.quotes)).toEqual(['national-leader', 'no-other-elections']);
    expect(later.undatedIncluded).toBe(0);
    // An undated quote the actor filter removes is not counted.
    expect(filterDataset(dataset, filters({ from: '2020-08-01', actorIds: ['tikhanouskaya'] })).undatedIncluded).toBe(
      0,
    );
  });
});

describe('getChartFigures', () => {
  it('ignores the dates and actors but follows the place', () => {
    const chart = getChartFigures(dataset, filters({ from: '2020-08-16', to: '2020-08-16', actorIds: ['eu'] }));
    expect(chart).toHaveLength(dataset.figures.length);
    expect(ids(getChartFigures(dataset, filters({ placeId: 'minsk' })))).toEqual(['marchers-minsk']);
  });
});

describe('groupQuotesByActor', () => {
  it('lists what selecting each actor would show under the other filters', () => {
    const groups = groupQuotesByActor(dataset, filters({ actorIds: ['tikhanouskaya'], from: '2020-08-17' }));
    expect(groups.get('lukashenko')?.map((quote) => quote.id)).toEqual(['no-other-elections']);
    expect(groups.get('tikhanouskaya')?.map((quote) => quote.id)).toEqual(['national-leader']);
    expect(groups.has('eu')).toBe(false);
  });

  it('orders each actor’s quotes oldest first, an undated one at the day it was reported', () => {
    const groups = groupQuotesByActor({ ...dataset, quotes: [...dataset.quotes].reverse() }, emptyFilters);
    expect(groups.get('lukashenko')?.map((quote) => quote.id)).toEqual(['not-give-away', 'no-other-elections']);
  });
});

describe('hasActiveFilters', () => {
  it('is false only for empty filters', () => {
    expect(hasActiveFilters(emptyFilters)).toBe(false);
    expect(hasActiveFilters(filters({ to: '2020-08-01' }))).toBe(true);
  });
});

describe('countActiveFilters', () => {
  it('counts each filter set once, however many actors it names', () => {
    expect(countActiveFilters(emptyFilters)).toBe(0);
    expect(countActiveFilters(filters({ actorIds: ['lukashenko', 'eu'] }))).toBe(1);
    expect(
      countActiveFilters(filters({ actorIds: ['eu'], placeId: 'minsk', from: '2020-08-09', to: '2020-08-20' })),
    ).toBe(4);
  });
});

describe('getDateSpan', () => {
  it('spans the earliest and latest item (its date, or when it was reported)', () => {
    expect(getDateSpan(dataset)).toEqual({ min: '2020-08-14', max: '2020-08-17' });
    expect(getDateSpan({ ...dataset, sources: [], events: [], quotes: [], figures: [] })).toBeNull();
  });
});

describe('toggleActorId', () => {
  it('adds an actor that was not ticked, after the others, and removes one that was', () => {
    expect(toggleActorId(['lukashenko'], 'tsikhanouskaya')).toEqual(['lukashenko', 'tsikhanouskaya']);
    expect(toggleActorId(['lukashenko', 'tsikhanouskaya'], 'lukashenko')).toEqual(['tsikhanouskaya']);
  });
});
