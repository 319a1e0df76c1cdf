import belarusian from 'virtual:messages/be';
import type { Catalogue, Translate } from './translate';
import { formatDisplayName, getDisplayName } from './display-name';

const lukashenko = {
  name: 'Alexander Lukashenko',
  names: { be: 'Аляксандр Лукашэнка', ru: 'Александр Лукашенко' },
};
const sense = { name: 'Sense Analytics' };
const belarusianT: Translate = (key, values) => (belarusian as Catalogue)[key](values);

describe('getDisplayName', () => {
  it("shows the article's name in English, even where editors supplied others", () => {
    expect(getDisplayName(lukashenko, 'en')).toEqual({ name: 'Alexander Lukashenko', articleName: null });
  });

  it("shows the editor's name in the reader's language, keeping the article's spelling beside it", () => {
    expect(getDisplayName(lukashenko, 'be')).toEqual({
      name: 'Аляксандр Лукашэнка',
      articleName: 'Alexander Lukashenko',
    });
    expect(getDisplayName(lukashenko, 'ru').name).toBe('Александр Лукашенко');
  });

  it("falls back to the article's name where the language has no name", () => {
    expect(getDisplayName(sense, 'be')).toEqual({ name: 'Sense Analytics', articleName: null });
    expect(getDisplayName({ name: 'Minsk', names: { be: 'Мінск' } }, 'ru')).toEqual({
      name: 'Minsk',
      articleName: null,
    });
  });
});

describe('formatDisplayName', () => {
  it("puts the article's spelling after the editor's name, on one line", () => {
    expect(formatDisplayName(getDisplayName(lukashenko, 'be'), belarusianT)).toBe(
      'Аляксандр Лукашэнка (Alexander Lukashenko)',
    );
  });

  it('shows a name with no other spelling as it is', () => {
    expect(formatDisplayName(getDisplayName(sense, 'be'), belarusianT)).toBe('Sense Analytics');
  });
});
