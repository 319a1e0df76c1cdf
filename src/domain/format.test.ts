import { formatCount, formatDate, formatShortDate, formatSourceName } from './format';

describe('formatDate', () => {
  it('writes the day the ISO date names, whatever the time zone', () => {
    expect(formatDate('2020-08-09')).toBe('9 August 2020');
    expect(formatShortDate('2020-12-31')).toBe('31 Dec 2020');
  });
});

describe('formatCount', () => {
  it('uses the singular only for one', () => {
    expect(formatCount(1, 'quote')).toBe('1 quote');
    expect(formatCount(0, 'quote')).toBe('0 quotes');
    expect(formatCount(6700, 'person', 'people')).toBe('6,700 people');
  });
});

describe('formatSourceName', () => {
  it('names the outlet only when the article does', () => {
    expect(formatSourceName({ outlet: 'CNN', published: '2020-08-17' })).toBe('CNN, 17 Aug 2020');
    expect(formatSourceName({ outlet: null, published: '2020-10-27' })).toBe('Article of 27 Oct 2020');
  });
});
