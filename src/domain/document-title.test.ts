import { describeDateRange, getDocumentTitle } from './document-title';
import { emptyFilters } from './url-state';
import { testWording } from '../test/wording';

const english = testWording('en');

const names = {
  actorName: (id: string) => ({ lukashenko: 'Alexander Lukashenko', eu: 'European Union' })[id] ?? id,
  placeName: (id: string) => ({ minsk: 'Minsk' })[id] ?? id,
};

describe('getDocumentTitle', () => {
  it('is the dashboard’s own title when nothing is filtered', () => {
    expect(getDocumentTitle(emptyFilters, names, english)).toBe('Belarus 2020: protests, detentions and what was said');
  });

  it('names the actor and the month', () => {
    const filters = { ...emptyFilters, actorIds: ['lukashenko'], from: '2020-10-01', to: '2020-10-31' };
    expect(getDocumentTitle(filters, names, english)).toBe('Alexander Lukashenko, Oct 2020 · Belarus 2020');
  });

  it('names two actors, counts more, and adds the place', () => {
    expect(
      getDocumentTitle({ ...emptyFilters, actorIds: ['lukashenko', 'eu'], placeId: 'minsk' }, names, english),
    ).toBe('Alexander Lukashenko and European Union, Minsk · Belarus 2020');
    expect(getDocumentTitle({ ...emptyFilters, actorIds: ['lukashenko', 'eu', 'x'] }, names, english)).toBe(
      '3 actors · Belarus 2020',
    );
  });

  it('puts the article open in the Source viewer first', () => {
    expect(getDocumentTitle({ ...emptyFilters, placeId: 'minsk' }, names, english, 'CNN, 17 Aug 2020')).toBe(
      'CNN, 17 Aug 2020, Minsk · Belarus 2020',
    );
  });
});

describe('describeDateRange', () => {
  it.each([
    [null, null, null],
    ['2020-08-16', '2020-08-16', '16 Aug 2020'],
    ['2020-10-01', '2020-10-31', 'Oct 2020'],
    ['2020-02-01', '2020-02-29', 'Feb 2020'],
    ['2020-10-01', '2020-10-30', '1–30 Oct 2020'],
    ['2020-08-09', '2020-08-20', '9–20 Aug 2020'],
    ['2020-08-09', '2020-10-27', '9 Aug – 27 Oct 2020'],
    ['2020-12-30', '2021-01-02', '30 Dec 2020 – 2 Jan 2021'],
    ['2020-08-09', null, 'from 9 Aug 2020'],
    [null, '2020-08-20', 'until 20 Aug 2020'],
  ])('from %s to %s reads %s', (from, to, expected) => {
    expect(describeDateRange(from, to, english)).toBe(expected);
  });

  it('says the dates in Russian', () => {
    const russian = testWording('ru');
    expect(describeDateRange('2020-08-09', null, russian)).toBe('с 9 авг. 2020 г.');
    expect(describeDateRange(null, '2020-08-20', russian)).toBe('по 20 авг. 2020 г.');
    expect(describeDateRange('2020-08-09', '2020-08-20', russian)).toBe('9–20 авг. 2020 г.');
  });
});

describe('getDocumentTitle in Belarusian and Russian', () => {
  it('counts the actors with the form each number takes, and names the site in the reader’s language', () => {
    const [belarusian, russian] = [testWording('be'), testWording('ru')];
    const actors = (count: number) => ({ ...emptyFilters, actorIds: Array.from({ length: count }, (_, i) => `a${i}`) });
    expect(getDocumentTitle(actors(3), names, belarusian)).toBe('3 удзельнікі · Беларусь 2020');
    expect(getDocumentTitle(actors(5), names, belarusian)).toBe('5 удзельнікаў · Беларусь 2020');
    expect(getDocumentTitle(actors(21), names, russian)).toBe('21 участник · Беларусь 2020');
    expect(getDocumentTitle(actors(22), names, russian)).toBe('22 участника · Беларусь 2020');
    expect(getDocumentTitle(actors(25), names, russian)).toBe('25 участников · Беларусь 2020');
    expect(getDocumentTitle({ ...emptyFilters, actorIds: ['lukashenko', 'eu'] }, names, russian)).toBe(
      'Alexander Lukashenko и European Union · Беларусь 2020',
    );
    expect(getDocumentTitle(emptyFilters, names, russian)).toBe(
      'Беларусь 2020: протесты, задержания и что было сказано',
    );
  });
});
