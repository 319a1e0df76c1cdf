import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesQuery, searchByName } from './text-search';

describe('text search', () => {
  it('ignores case and accents', () => {
    expect(matchesQuery(foldForSearch('Žodzina'), foldForSearch('zod'))).toBe(true);
    expect(matchesQuery(foldForSearch('Minsk'), foldForSearch('MIN'))).toBe(true);
  });

  it('matches the start of any word, not the middle of one', () => {
    expect(matchesQuery(foldForSearch('Independence Square, Minsk'), 'squ')).toBe(true);
    expect(matchesQuery(foldForSearch('Independence Square, Minsk'), 'quare')).toBe(false);
    expect(matchesQuery(foldForSearch('Svetlana Tikhanovskaya'), 'tikh svet')).toBe(true);
    expect(matchesQuery(foldForSearch('Svetlana Tikhanovskaya'), 'tikh luk')).toBe(false);
  });

  it('keeps the given order, stops at the limit and counts every match', () => {
    const names = ['Minsk', 'Brest', 'Minsk Region', 'Grodno', 'Mogilev'];
    expect(searchByName(names, (name) => name, 'm', 2)).toEqual({ matches: ['Minsk', 'Minsk Region'], total: 3 });
    expect(searchByName(names, (name) => name, '  ', 2)).toEqual({ matches: ['Minsk', 'Brest'], total: 5 });
    expect(searchByName(names, (name) => name, 'x')).toEqual({ matches: [], total: 0 });
  });
});
