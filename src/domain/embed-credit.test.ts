import type { Source } from '../data/schema';
import { getEmbedCredit } from './embed-credit';
import { wholeSource } from '../data/source-text';
import { testWording } from '../test/wording';

const source = (id: string, published: string, outlet: string | null): Source =>
  wholeSource({ id, published, outlet, headline: null, text: 'Text.' });

/** `count` articles, the first of them from Reuters, published 16 to 18 August 2020. */
const articles = (count: number, outlet: string | null = null) =>
  Array.from({ length: count }, (_, index) =>
    source(`a${index}`, index === count - 1 ? '2020-08-18' : '2020-08-16', index === 0 ? outlet : null),
  );

describe('getEmbedCredit', () => {
  it('names the outlets the articles name, counts the rest, and gives the span of publication', () => {
    const credit = getEmbedCredit(
      [
        source('strike', '2020-10-27', null),
        source('reuters', '2020-08-16', 'Reuters'),
        source('bloomberg', '2020-08-14', 'Bloomberg'),
        source('cnn', '2020-08-17', 'CNN'),
        source('heckled', '2020-08-17', null),
      ],
      testWording('en'),
    );
    expect(credit).toBe('Data: 5 news articles (Bloomberg, Reuters, CNN and 2 more), 14 Aug 2020 – 27 Oct 2020');
  });

  it('never invents an outlet for articles that name none', () => {
    const credit = getEmbedCredit([source('a', '2020-08-17', null)], testWording('en'));
    expect(credit).toBe('Data: 1 news article, 17 Aug 2020');
  });

  it('counts several articles from the same outlet under its name', () => {
    const credit = getEmbedCredit(
      [source('a', '2020-08-16', 'Reuters'), source('b', '2020-08-18', 'Reuters')],
      testWording('en'),
    );
    expect(credit).toBe('Data: 2 news articles (Reuters), 16 Aug 2020 – 18 Aug 2020');
  });

  it('says so when there is nothing to credit yet', () => {
    expect(getEmbedCredit([], testWording('en'))).toBe('Data: no articles yet');
  });

  it('counts the articles in Russian with the form each number takes, and dates them in Russian', () => {
    const russian = testWording('ru');
    expect(getEmbedCredit(articles(1), russian)).toBe('Данные: 1 новостная статья, 18 авг. 2020 г.');
    expect(getEmbedCredit(articles(2), russian)).toBe('Данные: 2 новостные статьи, 16 авг. 2020 г. – 18 авг. 2020 г.');
    expect(getEmbedCredit(articles(5, 'Reuters'), russian)).toBe(
      'Данные: 5 новостных статей (Reuters и ещё 4), 16 авг. 2020 г. – 18 авг. 2020 г.',
    );
    expect(getEmbedCredit(articles(21), russian)).toMatch(/^Данные: 21 новостная статья,/);
  });

  it('counts the articles in Belarusian', () => {
    const belarusian = testWording('be');
    expect(getEmbedCredit(articles(2), belarusian)).toMatch(/^Даныя: 2 навінавыя артыкулы, 16 жні/);
    expect(getEmbedCredit(articles(5), belarusian)).toMatch(/^Даныя: 5 навінавых артыкулаў,/);
    expect(getEmbedCredit(articles(21, 'Reuters'), belarusian)).toMatch(
      /^Даныя: 21 навінавы артыкул \(Reuters і яшчэ 20\),/,
    );
    expect(getEmbedCredit([], belarusian)).toBe('Даныя: артыкулаў пакуль няма');
  });
});
