import english from 'virtual:messages/en';
import type { Catalogue } from './translate';
import { englishFallback, englishFallbackKeys } from './english-fallback';

const catalogue = english as Catalogue;

describe('englishFallback', () => {
  it('words every key it knows exactly as the English catalogue does', () => {
    for (const key of englishFallbackKeys) {
      for (const count of [0, 1, 2, 6700]) {
        const values = {
          count,
          articles: count,
          date: '27 Oct 2020',
          who: 'CNN',
          fields: 'place and date',
          title: 'March',
          label: 'around 50,000',
          metric: 'crowd',
          item: 'Quote by Alexander Lukashenko',
        };
        expect({ key, text: englishFallback.t(key, values) }).toEqual({ key, text: catalogue[key](values) });
      }
    }
  });

  it('shows a key it does not know as the key, never a blank', () => {
    expect(englishFallback.t('source.close')).toBe('source.close');
  });
});
