import { describe, expect, it } from 'vitest';
import { compileDataset } from './compile';
import { fixtureInput, problemsWith, swap } from './build-fixture';

// The fixture's Lukashenko and Minsk, given names on the line after their `name`, so no other line moves.
const lukashenkoNames = (names: string) =>
  swap('actors', 'name: Alexander Lukashenko\n', `name: Alexander Lukashenko\n  ${names}\n`);
const minskNames = (names: string) => swap('places', 'name: Minsk\n', `name: Minsk\n  ${names}\n`);
const withActorNames = (names: string) => problemsWith(lukashenkoNames(names));
const withMinskNames = (names: string) => problemsWith(minskNames(names));
const at = 'data/annotations/actors.yaml:2: actor "lukashenko"';

describe('editor-supplied names', () => {
  it('publishes them beside the article spellings, on actors and places', () => {
    const result = compileDataset(
      fixtureInput({
        ...lukashenkoNames('names: { ru: Александр Лукашенко, be: Аляксандр Лукашэнка }'),
        ...minskNames('names: { be: Мінск, ru: Минск }'),
      }).input,
    );
    if (!result.ok) throw new Error('the fixture should build');
    const lukashenko = result.dataset.actors.find((actor) => actor.id === 'lukashenko');
    expect(lukashenko?.names).toEqual({ be: 'Аляксандр Лукашэнка', ru: 'Александр Лукашенко' });
    expect(lukashenko?.name).toBe('Alexander Lukashenko');
    expect(result.dataset.places.find((place) => place.id === 'minsk')?.names).toEqual({ be: 'Мінск', ru: 'Минск' });
    expect(result.dataset.actors.find((actor) => actor.id === 'opposition')).not.toHaveProperty('names');
  });

  it('refuses a language other than be and ru, naming it', () => {
    expect(withActorNames('names: { be: Лукашэнка, pl: Łukaszenka }')).toEqual([
      `${at}: names: unknown language "pl": names may be given in be, ru`,
    ]);
  });

  it('refuses an empty or blank name', () => {
    expect(withActorNames("names: { be: '   ' }")).toEqual([
      `${at}: names.be: is empty: write the name, or leave the language out`,
    ]);
    expect(withMinskNames("names: { ru: '' }")).toEqual([
      'data/annotations/places.yaml:7: place "minsk": names.ru: is empty: write the name, or leave the language out',
    ]);
  });

  it("refuses a name that repeats the article's name or one of its aliases", () => {
    expect(withActorNames('names: { ru: Lukashenko }')).toEqual([
      `${at}: names.ru: "Lukashenko" is the article's own spelling: leave the language out, the article's name is shown`,
    ]);
    expect(withMinskNames('names: { be: Minsk }')).toEqual([
      `data/annotations/places.yaml:7: place "minsk": names.be: "Minsk" is the article's own spelling: leave the language out, the article's name is shown`,
    ]);
  });

  it('refuses a name in Latin letters, or with letters of the other language', () => {
    expect(withActorNames('names: { be: Alaksandr Łukašenka }')).toEqual([
      `${at}: names.be: "Alaksandr Łukašenka" must be written in Cyrillic (found A, l, a, k, s, n, d, r, Ł, u, š, e)`,
    ]);
    expect(withActorNames('names: { be: Тихановский, ru: Ціханоўскі }')).toEqual([
      `${at}: names.be: "Тихановский" has letters that Belarusian does not use (и): is it in the other language's slot?`,
      `${at}: names.ru: "Ціханоўскі" has letters that Russian does not use (і, ў): is it in the other language's slot?`,
    ]);
  });

  it('refuses a name that is not text', () => {
    // The actor is then left out, so its references are reported too.
    expect(withActorNames('names: { be: 42 }')).toContainEqual(
      expect.stringMatching(
        /^data\/annotations\/actors\.yaml:2: actor "lukashenko": names\.be: must be a name written as text/,
      ),
    );
  });
});
