import { testWording } from '../test/wording';
import { formatCount, formatDate, formatShortDate, formatSourceName, mediumLabel, mediumPhrase } from './format';

const english = testWording('en');

describe('formatDate', () => {
  it('writes the day the ISO date names, whatever the time zone', () => {
    expect(formatDate('2020-08-09')).toBe('9 August 2020');
    expect(formatShortDate('2020-12-31')).toBe('31 Dec 2020');
  });

  it('writes it in the reader’s language', () => {
    expect(formatDate('2020-08-09', 'ru')).toBe('9 августа 2020 г.');
    expect(formatDate('2020-08-09', 'be')).toBe('9 жніўня 2020 г.');
  });
});

describe('formatCount', () => {
  it('uses the singular only for one', () => {
    expect(formatCount(1, 'quote', english)).toBe('1 quote');
    expect(formatCount(0, 'quote', english)).toBe('0 quotes');
    expect(formatCount(6700, 'event', testWording('en'))).toBe('6,700 events');
  });

  it('takes the form each Russian and Belarusian number needs', () => {
    const russian = testWording('ru');
    expect([1, 2, 5, 21].map((count) => formatCount(count, 'quote', russian))).toEqual([
      '1 цитата',
      '2 цитаты',
      '5 цитат',
      '21 цитата',
    ]);
    const belarusian = testWording('be');
    expect([1, 2, 5, 21].map((count) => formatCount(count, 'event', belarusian))).toEqual([
      '1 падзея',
      '2 падзеі',
      '5 падзей',
      '21 падзея',
    ]);
    expect(formatCount(6700, 'figure', russian)).toBe('6\u00a0700 цифр');
  });
});

describe('formatSourceName', () => {
  it('names the outlet only when the article does', () => {
    expect(formatSourceName({ outlet: 'CNN', published: '2020-08-17' }, english)).toBe('CNN, 17 Aug 2020');
    expect(formatSourceName({ outlet: null, published: '2020-10-27' }, english)).toBe('Article of 27 Oct 2020');
  });

  it('names an article without an outlet by its date in the reader’s language', () => {
    const russian = testWording('ru');
    expect(formatSourceName({ outlet: null, published: '2020-10-27' }, russian)).toBe('Статья от 27 окт. 2020 г.');
    expect(formatSourceName({ outlet: 'CNN', published: '2020-08-17' }, russian)).toBe('CNN, 17 авг. 2020 г.');
  });
});

describe('mediumLabel and mediumPhrase', () => {
  it('say how a quote was said, alone or running on', () => {
    const { t } = testWording('en');
    expect([mediumLabel('tv', t), mediumPhrase('tv', t)]).toEqual(['TV', 'on television']);
    const russian = testWording('ru');
    expect([mediumLabel('tv', russian.t), mediumPhrase('tv', russian.t)]).toEqual(['ТВ', 'по телевидению']);
  });
});
