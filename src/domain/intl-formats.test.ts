import { belarusianDateFormat, belarusianList } from './intl-formats';

// Chromium has no Belarusian locale data; these stand in for it there. Node has it, so they are tested directly.
const day = new Date('2020-08-16T00:00:00Z');
// Runtimes differ in which space stands before "г." (plain or no-break): compared as plain spaces.
const format = (options: Intl.DateTimeFormatOptions, date = day) =>
  belarusianDateFormat({ ...options, timeZone: 'UTC' })
    .format(date)
    .replace(/\s/gu, ' ');

describe('Belarusian dates where the runtime has no Belarusian', () => {
  it('names the month in Belarusian, in the genitive after a day', () => {
    expect(format({ day: 'numeric', month: 'long', year: 'numeric' })).toBe('16 жніўня 2020 г.');
    expect(format({ day: 'numeric', month: 'short' })).toBe('16 жн.');
  });

  it('in the nominative when the month stands alone', () => {
    expect(format({ month: 'long', year: 'numeric' })).toBe('жнівень 2020 г.');
    expect(format({ month: 'short', year: 'numeric' }, new Date('2020-05-01T00:00:00Z'))).toBe('май 2020 г.');
  });
});

describe('Belarusian lists', () => {
  it('joins with commas and a final "і"', () => {
    expect(belarusianList(['Reuters', 'CNN', 'Bloomberg'])).toBe('Reuters, CNN і Bloomberg');
    expect(belarusianList(['Reuters', 'CNN'])).toBe('Reuters і CNN');
    expect(belarusianList(['Reuters'])).toBe('Reuters');
  });
});
