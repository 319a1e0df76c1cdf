import { describeDateRange, getDocumentTitle } from './document-title';
import { emptyFilters } from './url-state';

const names = {
  actorName: (id: string) => ({ lukashenko: 'Alexander Lukashenko', eu: 'European Union' })[id] ?? id,
  placeName: (id: string) => ({ minsk: 'Minsk' })[id] ?? id,
};

describe('getDocumentTitle', () => {
  it('is the dashboard’s own title when nothing is filtered', () => {
    expect(getDocumentTitle(emptyFilters, names)).toBe('Belarus 2020: protests, detentions and what was said');
  });

  it('names the actor and the month', () => {
    const filters = { ...emptyFilters, actorIds: ['lukashenko'], from: '2020-10-01', to: '2020-10-31' };
    expect(getDocumentTitle(filters, names)).toBe('Alexander Lukashenko, Oct 2020 · Belarus 2020');
  });

  it('names two actors, counts more, and adds the place', () => {
    expect(getDocumentTitle({ ...emptyFilters, actorIds: ['lukashenko', 'eu'], placeId: 'minsk' }, names)).toBe(
      'Alexander Lukashenko and European Union, Minsk · Belarus 2020',
    );
    expect(getDocumentTitle({ ...emptyFilters, actorIds: ['lukashenko', 'eu', 'x'] }, names)).toBe(
      '3 actors · Belarus 2020',
    );
  });

  it('puts the article open in the Source viewer first', () => {
    expect(getDocumentTitle({ ...emptyFilters, placeId: 'minsk' }, names, 'CNN, 17 Aug 2020')).toBe(
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
    expect(describeDateRange(from, to)).toBe(expected);
  });
});
