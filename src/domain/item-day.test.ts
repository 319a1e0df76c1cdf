import { describe, expect, it } from 'vitest';
import { figureDay, itemDay } from './item-day';

describe('itemDay and figureDay', () => {
  it('place an item at its own date when the article gives one', () => {
    expect(itemDay({ date: '2020-08-09', reported: '2020-08-14' })).toBe('2020-08-09');
    expect(figureDay({ asOf: '2020-08-16', reported: '2020-08-17' })).toBe('2020-08-16');
  });

  it('place an undated item at the day it was first reported', () => {
    expect(itemDay({ date: null, reported: '2020-08-14' })).toBe('2020-08-14');
    expect(figureDay({ asOf: null, reported: '2020-10-27' })).toBe('2020-10-27');
  });
});
