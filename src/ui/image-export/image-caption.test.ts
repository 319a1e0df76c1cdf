import { emptyFilters } from '../../domain/url-state';
import english from 'virtual:messages/en';
import { loadCatalogue } from '../i18n/catalogue';
import { createI18n } from '../i18n/i18n';
import type { Catalogue } from '../../domain/translate';
import { describeImageFilters, getImageCredit, getImageFileName, slugify } from './image-caption';

const names = {
  actorName: (id: string) =>
    ({ lukashenko: 'Alexander Lukashenko', tsikhanouskaya: 'Sviatlana Tsikhanouskaya' })[id] ?? id,
  placeName: (id: string) => ({ minsk: 'Minsk' })[id] ?? id,
};

const i18n = createI18n('en', english as Catalogue);
const { t } = i18n;

describe('describeImageFilters', () => {
  it('says nothing when the image shows the whole dataset', () => {
    expect(describeImageFilters(emptyFilters, names, i18n)).toBeNull();
  });

  it('names the actors, the place and the dates, in that order', () => {
    const filters = {
      ...emptyFilters,
      actorIds: ['lukashenko', 'tsikhanouskaya'],
      placeId: 'minsk',
      from: '2020-08-09',
      to: '2020-08-20',
    };
    expect(describeImageFilters(filters, names, i18n)).toBe(
      'Filters: Alexander Lukashenko, Sviatlana Tsikhanouskaya · Minsk · 9–20 Aug 2020',
    );
  });

  it('names an open-ended date range', () => {
    expect(describeImageFilters({ ...emptyFilters, from: '2020-10-01' }, names, i18n)).toBe('Filters: from 1 Oct 2020');
  });

  it('says the filters in Russian, dates and all', async () => {
    const russian = createI18n('ru', await loadCatalogue('ru'));
    const filters = { ...emptyFilters, placeId: 'minsk', from: '2020-10-01', to: '2020-10-31' };
    expect(describeImageFilters(filters, names, russian)).toBe('Фильтры: Minsk · окт. 2020 г.');
    expect(getImageCredit('Данные: 5 новостных статей', null, russian.t)).toBe(
      'Данные: 5 новостных статей · Дашборд Беларусь 2020',
    );
  });
});

describe('getImageCredit', () => {
  it('puts the data credit first and the dashboard last', () => {
    expect(getImageCredit('Data: 5 news articles', 'Borders: Natural Earth', t)).toBe(
      'Data: 5 news articles · Borders: Natural Earth · Belarus 2020 dashboard',
    );
  });
});

describe('getImageFileName', () => {
  it('names the view and, without filters, nothing more', () => {
    expect(getImageFileName('chart-detentions', null, 'svg')).toBe('belarus-2020-chart-detentions.svg');
  });

  it('adds the filters as plain ASCII words', () => {
    expect(getImageFileName('map', 'Filters: Alexander Lukashenko · Minsk · 9–20 Aug 2020', 'png')).toBe(
      'belarus-2020-map-alexander-lukashenko-minsk-9-20-aug-2020.png',
    );
  });

  it('keeps long filter descriptions short and never ends on a hyphen', () => {
    const name = getImageFileName('map', `Filters: ${'Ales Bialiatski, '.repeat(10)}`, 'png');
    expect(name.length).toBeLessThanOrEqual('belarus-2020-map-'.length + 60 + '.png'.length);
    expect(name).not.toMatch(/-\.png$/);
  });
});

describe('slugify', () => {
  it('drops accents rather than the letters that carry them', () => {
    expect(slugify('Łukašenka Škłoŭ')).toBe('lukasenka-sklou');
  });
});
