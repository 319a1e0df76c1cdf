import type { Actor, Quote } from '../../data/schema';
import { dashboardDataset as dataset } from '../../test/fixtures/dashboard-dataset';
import { getVisibleItems, rankActorsByQuotes, sameItems } from './actor-paging';

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
