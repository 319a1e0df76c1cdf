import belarusian from 'virtual:messages/be';
import { dashboardDataset as dataset } from '../test/fixtures/dashboard-dataset';
import { testWording } from '../test/wording';
import { getDatasetNames } from './dataset-names';
import type { Catalogue, Translate } from './translate';

const belarusianT: Translate = (key, values) => (belarusian as Catalogue)[key](values);

describe('getDatasetNames', () => {
  it('names actors, articles and places as a reader sees them', () => {
    const names = getDatasetNames(dataset);
    expect(names.actorName('tikhanouskaya')).toBe('Sviatlana Tsikhanouskaya');
    expect(names.sourceName('cnn-2020-08-17')).toBe('CNN, 17 Aug 2020');
    expect(names.sourceName('reuters-2020-08-16')).toBe('Article of 16 Aug 2020');
    expect(names.placeName('independence-square')).toBe('Independence Square');
    expect(names.outletName('cnn-2020-08-17')).toBe('CNN');
    expect(names.outletName('reuters-2020-08-16')).toBe('Article of 16 Aug 2020');
  });

  it('shows the id rather than a blank for an id the dataset does not name', () => {
    const names = getDatasetNames(dataset);
    expect([names.actorName('nobody'), names.sourceName('gone'), names.placeName('atlantis')]).toEqual([
      'nobody',
      'gone',
      'atlantis',
    ]);
  });

  it('hands out the same functions for a dataset, so memoised views keep their props, and new ones for another', () => {
    const names = getDatasetNames(dataset);
    expect(getDatasetNames(dataset).sourceName).toBe(names.sourceName);
    const renamed = {
      ...dataset,
      actors: dataset.actors.map((actor) => ({ ...actor, name: actor.name.toUpperCase() })),
    };
    expect(getDatasetNames(renamed).actorName('eu')).toBe('EUROPEAN UNION');
  });

  it("names actors and places in the reader's language where editors supplied a name, with the article's beside it", () => {
    const named = {
      ...dataset,
      actors: dataset.actors.map((actor) =>
        actor.id === 'tikhanouskaya' ? { ...actor, names: { be: 'Святлана Ціханоўская' } } : actor,
      ),
      places: dataset.places.map((place) => (place.id === 'minsk' ? { ...place, names: { ru: 'Минск' } } : place)),
    };
    const belarusianNames = getDatasetNames(named, { locale: 'be', intl: 'be', t: belarusianT });
    expect(belarusianNames.actorName('tikhanouskaya')).toBe('Святлана Ціханоўская (Sviatlana Tsikhanouskaya)');
    expect(belarusianNames.actorDisplayName('tikhanouskaya')).toEqual({
      name: 'Святлана Ціханоўская',
      articleName: 'Sviatlana Tsikhanouskaya',
    });
    // Minsk has a Russian name only.
    expect(belarusianNames.placeName('minsk')).toBe('Minsk');
    expect(getDatasetNames(named, { locale: 'en', intl: 'en-GB', t: belarusianT }).actorName('tikhanouskaya')).toBe(
      'Sviatlana Tsikhanouskaya',
    );
  });
});

describe('getDatasetNames in the reader’s language', () => {
  it('names an article without an outlet by its date in Belarusian, keeping outlets as they are', () => {
    const names = getDatasetNames(dataset, testWording('be'));
    expect(names.sourceName('reuters-2020-08-16')).toBe('Артыкул ад 16 жні 2020');
    expect(names.outletName('reuters-2020-08-16')).toBe('Артыкул ад 16 жні 2020');
    expect(names.sourceName('cnn-2020-08-17')).toBe('CNN, 17 жні 2020');
    expect(names.actorName('tikhanouskaya')).toBe('Sviatlana Tsikhanouskaya');
    expect(getDatasetNames(dataset, testWording('be'))).toBe(names);
    expect(getDatasetNames(dataset).sourceName('reuters-2020-08-16')).toBe('Article of 16 Aug 2020');
  });
});
