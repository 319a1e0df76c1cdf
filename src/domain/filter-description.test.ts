import { describeFiltersForPrint } from './filter-description';
import { emptyFilters } from './url-state';
import { testWording } from '../test/wording';

const en = testWording('en');

const names = {
  actorName: (id: string) =>
    ({ lukashenko: 'Alexander Lukashenko', tsikhanouskaya: 'Sviatlana Tsikhanouskaya' })[id] ?? id,
  placeName: (id: string) => ({ minsk: 'Minsk' })[id] ?? id,
};

describe('describeFiltersForPrint', () => {
  it('says when nothing is filtered', () => {
    expect(describeFiltersForPrint(emptyFilters, names, en)).toBe(
      'No filters: every quote, event and figure of the dataset.',
    );
  });

  it('names every actor, the place and the dates', () => {
    const filters = {
      ...emptyFilters,
      actorIds: ['lukashenko', 'tsikhanouskaya'],
      placeId: 'minsk',
      from: '2020-10-01',
      to: '2020-10-31',
    };
    expect(describeFiltersForPrint(filters, names, en)).toBe(
      'Filtered to Alexander Lukashenko, Sviatlana Tsikhanouskaya; place: Minsk; dates: Oct 2020.',
    );
  });

  it('says an open-ended range from where it starts', () => {
    expect(describeFiltersForPrint({ ...emptyFilters, from: '2020-08-16' }, names, en)).toBe(
      'Filtered to dates: from 16 Aug 2020.',
    );
  });

  it("says it in the reader's language", () => {
    expect(describeFiltersForPrint(emptyFilters, names, testWording('ru'))).toBe(
      'Без фильтров: все цитаты, события и цифры набора данных.',
    );
    expect(
      describeFiltersForPrint(
        { ...emptyFilters, actorIds: ['lukashenko'], placeId: 'minsk' },
        names,
        testWording('be'),
      ),
    ).toBe('Адбор: Alexander Lukashenko; месца: Minsk.');
  });
});
