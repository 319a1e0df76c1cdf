import type { Actor, Quote } from '../../data/schema';
import { dashboardDataset as dataset } from '../../test/fixtures/dashboard-dataset';
import {
  getDrawnRows,
  getGridLayout,
  getVisibleItems,
  keepRecent,
  rankActorsByQuotes,
  sameItems,
} from './actor-paging';

const actor = (id: string, name: string): Actor => ({
  id,
  name,
  aliases: [],
  kind: 'person',
  side: 'opposition',
  description: '',
});
const quotes = (count: number) => Array.from({ length: count }, () => dataset.quotes[0] as Quote);

describe('rankActorsByQuotes', () => {
  it('puts the most quoted first and breaks ties by name, leaving the input as it was', () => {
    const actors = [actor('a', 'Anna'), actor('b', 'Boris'), actor('c', 'Clara'), actor('d', 'Dmitry')];
    const byActor = new Map([
      ['b', quotes(1)],
      ['c', quotes(3)],
      ['d', quotes(1)],
    ]);
    expect(rankActorsByQuotes(actors, byActor).map((item) => item.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(actors.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('getVisibleItems', () => {
  it('keeps the first page and any pinned item after it, in order', () => {
    expect(getVisibleItems([1, 2, 3, 4, 5, 6], 2, (item) => item === 5 || item === 1)).toEqual([1, 2, 5]);
    expect(getVisibleItems([1, 2], 5, () => false)).toEqual([1, 2]);
  });
});

describe('sameItems', () => {
  it('tells lists with the same items in the same order from any other', () => {
    const [first, second] = dataset.quotes as [Quote, Quote];
    expect(sameItems([first, second], [first, second])).toBe(true);
    expect(sameItems([first, second], [second, first])).toBe(false);
    expect(sameItems([first], [first, second])).toBe(false);
  });
});

describe('getDrawnRows', () => {
  it('draws the rows in view and each kept row with the rows either side, in order, once each', () => {
    expect(getDrawnRows([10, 11, 12], [3], 100)).toEqual([2, 3, 4, 10, 11, 12]);
    expect(getDrawnRows([10, 11, 12], [12, 13], 100)).toEqual([10, 11, 12, 13, 14]);
  });

  it('keeps to the list at its ends', () => {
    expect(getDrawnRows([], [0, 9], 10)).toEqual([0, 1, 8, 9]);
    // A kept row the list no longer holds draws nothing.
    expect(getDrawnRows([0], [12], 10)).toEqual([0]);
  });
});

describe('keepRecent', () => {
  it('puts the latest first, drops its older copy and forgets beyond the limit', () => {
    expect(keepRecent(['b', 'a'], 'c', 3)).toEqual(['c', 'b', 'a']);
    expect(keepRecent(['c', 'b', 'a'], 'a', 3)).toEqual(['a', 'c', 'b']);
    expect(keepRecent(['c', 'b', 'a'], 'd', 3)).toEqual(['d', 'c', 'b']);
  });

  it('returns the same list when the latest is already first, so nothing draws again', () => {
    const recent = ['a', 'b'];
    expect(keepRecent(recent, 'a', 3)).toBe(recent);
  });
});

describe('getGridLayout', () => {
  it('places the columns of a computed grid side by side, a gap apart', () => {
    expect(getGridLayout('352px 352px 352px', '16px', '4px')).toEqual({
      columns: [
        { left: 0, width: 352 },
        { left: 368, width: 352 },
        { left: 736, width: 352 },
      ],
      rowGap: 4,
    });
  });

  it('gives no columns, so cards fill the list, when the list is one column or no grid at all', () => {
    expect(getGridLayout('none', 'normal', 'normal')).toEqual({ columns: [], rowGap: 0 });
    expect(getGridLayout('600.5px', '16px', '4px')).toEqual({ columns: [], rowGap: 4 });
  });
});
