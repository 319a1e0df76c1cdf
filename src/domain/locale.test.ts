import { pickLocale } from './locale';

describe('pickLocale', () => {
  it('takes lang= from the URL over the browser languages', () => {
    expect(pickLocale('ru', ['be-BY', 'en'])).toBe('ru');
  });

  it('takes the first browser language the interface speaks, by its primary subtag', () => {
    expect(pickLocale(null, ['de-DE', 'be-BY', 'ru'])).toBe('be');
    expect(pickLocale(null, ['RU-ru'])).toBe('ru');
  });

  it('falls back to English', () => {
    expect(pickLocale(null, ['de', 'pl'])).toBe('en');
    expect(pickLocale(null, [])).toBe('en');
  });
});
