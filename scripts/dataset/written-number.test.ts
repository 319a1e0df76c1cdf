import { describe, expect, it } from 'vitest';
import { numbersWrittenIn } from './written-number';

describe('numbersWrittenIn', () => {
  it('reads digits with thousands separators and scales', () => {
    expect(numbersWrittenIn('more than 6,700 detentions')).toEqual([6700]);
    expect(numbersWrittenIn('around 15,000 people')).toEqual([15000]);
    expect(numbersWrittenIn('9.5 million people')).toEqual([9_500_000]);
  });

  it('reads numbers written as words, in any case', () => {
    expect(numbersWrittenIn('A least two protesters')).toEqual([2]);
    expect(numbersWrittenIn('Eleven weeks')).toEqual([11]);
  });

  it('finds nothing in vague amounts', () => {
    expect(numbersWrittenIn('scores of people')).toEqual([]);
    expect(numbersWrittenIn('tens of thousands')).toEqual([]);
  });
});
