import type { Source } from '../data/schema';
import { getEmbedCredit } from './embed-credit';
import { wholeSource } from '../data/source-text';

const source = (id: string, published: string, outlet: string | null): Source =>
  wholeSource({ id, published, outlet, headline: null, text: 'Text.' });

describe('getEmbedCredit', () => {
  it('names the outlets the articles name, counts the rest, and gives the span of publication', () => {
    const credit = getEmbedCredit([
      source('strike', '2020-10-27', null),
      source('reuters', '2020-08-16', 'Reuters'),
      source('bloomberg', '2020-08-14', 'Bloomberg'),
      source('cnn', '2020-08-17', 'CNN'),
      source('heckled', '2020-08-17', null),
    ]);
    expect(credit).toBe('Data: 5 news articles (Bloomberg, Reuters, CNN and 2 more), 14 Aug 2020 – 27 Oct 2020');
  });

  it('never invents an outlet for articles that name none', () => {
    const credit = getEmbedCredit([source('a', '2020-08-17', null)]);
    expect(credit).toBe('Data: 1 news article, 17 Aug 2020');
  });

  it('counts several articles from the same outlet under its name', () => {
    const credit = getEmbedCredit([source('a', '2020-08-16', 'Reuters'), source('b', '2020-08-18', 'Reuters')]);
    expect(credit).toBe('Data: 2 news articles (Reuters), 16 Aug 2020 – 18 Aug 2020');
  });

  it('says so when there is nothing to credit yet', () => {
    expect(getEmbedCredit([])).toBe('Data: no articles yet');
  });
});
