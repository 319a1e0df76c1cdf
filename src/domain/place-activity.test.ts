import type { DatasetEvent, Evidence, Figure, Place, Quote } from '../data/schema';
import {
  activityIncludesPlace,
  countItemsByPlace,
  describePlaceActivity,
  getPlaceActivityFromCounts,
  getPlaceItems,
  isInRegion,
  withPlaceNames,
} from './place-activity';
import { testWording } from '../test/wording';

const english = testWording('en');

const evidence = (exact: string): Evidence[] => [
  { sourceId: 'src', start: 0, end: exact.length, exact, prefix: '', suffix: '' },
];

const place = (id: string, name: string, kind: Place['kind'], parentId: string | null, lat = 54, lon = 28): Place => ({
  id,
  name,
  kind,
  parentId,
  lat,
  lon,
});

const places: Place[] = [
  place('belarus', 'Belarus', 'country', null),
  place('minsk', 'Minsk', 'city', 'belarus'),
  place('independence-square', 'Independence Square', 'site', 'minsk'),
  place('mzkt-plant', 'MZKT plant', 'site', 'minsk'),
  place('zhodino', 'Zhodino', 'city', 'belarus'),
  place('washington', 'Washington', 'city', null, 38.9, -77),
];

const event = (id: string, date: string, placeId: string | null): DatasetEvent => ({
  id,
  date,
  dateBasis: { sourceId: 'src', expression: null },
  reported: '2020-08-17',
  type: 'protest',
  title: `Event ${id}`,
  placeId,
  actorIds: [],
  evidence: evidence(`event ${id}`),
  attribution: null,
  inferred: [],
  disputedBy: [],
  milestone: false,
});

const quote = (id: string, date: string | null, placeId: string | null, reported = '2020-08-17'): Quote => ({
  id,
  actorId: 'lukashenko',
  text: `Quote ${id}`,
  date,
  dateBasis: null,
  reported,
  placeId,
  medium: null,
  evidence: evidence(`quote ${id}`),
  via: null,
  inferred: [],
  disputedBy: [],
});

const figure = (id: string, asOf: string, placeId: string | null): Figure => ({
  id,
  metric: 'crowd',
  value: 50000,
  low: null,
  high: null,
  qualifier: 'around',
  label: 'around 50,000',
  asOf,
  dateBasis: { sourceId: 'src', expression: null },
  reported: '2020-08-17',
  placeId,
  evidence: evidence(`figure ${id}`),
  attribution: null,
  inferred: [],
  disputedBy: [],
});

const events = [
  event('square-march', '2020-08-16', 'independence-square'),
  event('mzkt-heckling', '2020-08-17', 'mzkt-plant'),
  event('minsk-chains', '2020-08-13', 'minsk'),
  event('belaz-walkout', '2020-08-13', 'zhodino'),
  event('nowhere', '2020-08-13', null),
];
const quotes = [
  quote('no-elections', '2020-08-17', 'mzkt-plant'),
  quote('undated', null, 'minsk', '2020-08-14'),
  quote('us', '2020-08-17', 'washington'),
];
const figures = [figure('march-size', '2020-08-16', 'minsk')];

/** What happened where, as the map asks for it: counts per place first, then the activity built from them. */
const getPlaceActivity = (
  placeList: readonly Place[],
  eventList: readonly DatasetEvent[],
  quoteList: readonly Quote[],
  figureList: readonly Figure[],
  options: { rollUpSites: boolean },
) => getPlaceActivityFromCounts(placeList, countItemsByPlace(eventList, quoteList, figureList), options);

describe('getPlaceActivityFromCounts', () => {
  it('counts the sites of a city in the city when rolling up', () => {
    const [minsk] = getPlaceActivity(places, events, quotes, figures, { rollUpSites: true });
    expect(minsk?.place.id).toBe('minsk');
    expect([minsk?.events, minsk?.quotes, minsk?.figures, minsk?.total]).toEqual([3, 2, 1, 6]);
    expect(minsk?.placeIds).toEqual(['minsk', 'independence-square', 'mzkt-plant']);
  });

  it('keeps each site on its own when not rolling up', () => {
    const activity = getPlaceActivity(places, events, quotes, figures, { rollUpSites: false });
    const ids = activity.map((entry) => entry.place.id);
    expect(ids).toContain('independence-square');
    expect(ids).toContain('mzkt-plant');
    expect(activity.find((entry) => entry.place.id === 'minsk')?.total).toBe(3);
  });

  it('names a city by its site when everything counted there happened at that site', () => {
    const atSquare = getPlaceActivity(places, [events[0]!], [], [], { rollUpSites: true });
    expect(atSquare.map((entry) => [entry.place.id, entry.label])).toEqual([['minsk', 'Independence Square, Minsk']]);
    const [minsk] = getPlaceActivity(places, events, quotes, figures, { rollUpSites: true });
    expect(minsk?.label).toBe('Minsk');
  });

  it('puts the busiest place first and breaks ties by name', () => {
    const ids = getPlaceActivity(places, events, quotes, figures, { rollUpSites: true }).map((entry) => entry.place.id);
    expect(ids).toEqual(['minsk', 'washington', 'zhodino']);
  });

  it('breaks ties in the order a reader sorts names, accents and case aside, and lists a city’s sites so', () => {
    const towns = [
      place('zhodino', 'Zhodino', 'city', null),
      place('lodz', 'Łódź', 'city', null),
      place('lida', 'lida', 'city', null),
      place('lida-square', 'Square', 'site', 'lida'),
      place('lida-abbey', 'Abbey', 'site', 'lida'),
    ];
    const once = (placeId: string, index: number) => event(`e${index}`, '2020-08-10', placeId);
    const detailed = getPlaceActivity(towns, ['zhodino', 'lodz', 'lida'].map(once), [], [], { rollUpSites: false });
    expect(detailed.map((entry) => entry.place.id)).toEqual(['lida', 'lodz', 'zhodino']);
    const rolledUp = getPlaceActivity(towns, ['lida-square', 'lida-abbey'].map(once), [], [], { rollUpSites: true });
    expect(rolledUp[0]?.placeIds).toEqual(['lida-abbey', 'lida-square']);
  });

  it('leaves out items with no place or an unknown place, and places with nothing', () => {
    const activity = getPlaceActivity(places, [event('lost', '2020-08-13', 'atlantis'), ...events], quotes, figures, {
      rollUpSites: true,
    });
    expect(activity.flatMap((entry) => entry.placeIds)).not.toContain('atlantis');
    expect(activity.reduce((sum, entry) => sum + entry.total, 0)).toBe(events.length - 1 + quotes.length + 1);
    expect(activity.map((entry) => entry.place.id)).not.toContain('belarus');
  });

  it('returns nothing when the filter leaves nothing', () => {
    expect(getPlaceActivity(places, [], [], [], { rollUpSites: true })).toEqual([]);
  });
});

describe('countItemsByPlace', () => {
  it('counts each kind of item at its own place, sites apart from their city', () => {
    const counts = countItemsByPlace(events, quotes, figures);
    expect(counts.get('minsk')).toEqual({ events: 1, quotes: 1, figures: 1 });
    expect(counts.get('mzkt-plant')).toEqual({ events: 1, quotes: 1, figures: 0 });
    expect(counts.has('belarus')).toBe(false);
  });

  it('gives the same lists the same counts without counting again, and other lists their own', () => {
    const counts = countItemsByPlace(events, quotes, figures);
    expect(countItemsByPlace(events, quotes, figures)).toBe(counts);
    // Without the quote at the MZKT plant.
    const fewer = countItemsByPlace(events, quotes.slice(1), figures);
    expect(fewer).not.toBe(counts);
    expect(fewer.get('mzkt-plant')).toEqual({ events: 1, quotes: 0, figures: 0 });
    expect(counts.get('mzkt-plant')).toEqual({ events: 1, quotes: 1, figures: 0 });
  });
});

describe('getPlaceItems', () => {
  const minskItems = () => {
    const [minsk] = getPlaceActivity(places, events, quotes, figures, { rollUpSites: true });
    return getPlaceItems(minsk!.placeIds, events, quotes, figures, english);
  };

  it('lists a marker’s items, its sites’ included, oldest first, an undated one at the day it was reported', () => {
    expect(minskItems().map((item) => [item.id, item.date])).toEqual([
      ['minsk-chains', '2020-08-13'],
      ['undated', null], // reported on 14 August
      ['square-march', '2020-08-16'],
      ['march-size', '2020-08-16'],
      ['mzkt-heckling', '2020-08-17'],
      ['no-elections', '2020-08-17'],
    ]);
  });

  it('keeps the evidence of each item so it can open its source', () => {
    const march = minskItems().find((item) => item.id === 'square-march');
    expect(march?.evidence[0]?.exact).toBe('event square-march');
    expect(march?.placeId).toBe('independence-square');
  });

  it('writes a figure as reported with what it counts', () => {
    expect(minskItems().find((item) => item.kind === 'figure')?.text).toBe('around 50,000 people');
  });

  it('says what a figure counts in the reader’s language, around the article’s own words', () => {
    const [minsk] = getPlaceActivity(places, events, quotes, figures, { rollUpSites: true });
    const items = getPlaceItems(minsk!.placeIds, events, quotes, figures, testWording('ru'));
    expect(items.find((item) => item.kind === 'figure')?.text).toBe('Участников: around 50,000');
  });

  it('lists nothing recorded elsewhere or nowhere', () => {
    const ids = getPlaceItems(['zhodino'], events, quotes, figures, english).map((item) => item.id);
    expect(ids).toEqual(['belaz-walkout']);
  });
});

describe('activityIncludesPlace', () => {
  it('counts a site as part of the city marker it was rolled into', () => {
    const [minsk] = getPlaceActivity(places, events, quotes, figures, { rollUpSites: true });
    expect(activityIncludesPlace(minsk!, 'minsk')).toBe(true);
    expect(activityIncludesPlace(minsk!, 'independence-square')).toBe(true);
    expect(activityIncludesPlace(minsk!, 'zhodino')).toBe(false);
    expect(activityIncludesPlace(minsk!, null)).toBe(false);
  });
});

describe('describePlaceActivity', () => {
  it('names the place and each non-zero count, singular or plural', () => {
    expect(describePlaceActivity({ label: 'Minsk', events: 12, quotes: 1, figures: 0 }, english.t)).toBe(
      'Minsk: 12 events, 1 quote',
    );
    expect(describePlaceActivity({ label: 'Minsk', events: 0, quotes: 0, figures: 5 }, english.t)).toBe(
      'Minsk: 5 figures',
    );
    expect(describePlaceActivity({ label: 'Minsk', events: 0, quotes: 0, figures: 0 }, english.t)).toBe(
      'Minsk: nothing in the current selection',
    );
  });

  it('counts in Russian and Belarusian with the form each number takes', () => {
    const [russian, belarusian] = [testWording('ru'), testWording('be')];
    expect(describePlaceActivity({ label: 'Minsk', events: 1, quotes: 2, figures: 5 }, russian.t)).toBe(
      'Minsk: 1 событие, 2 цитаты, 5 цифр',
    );
    expect(describePlaceActivity({ label: 'Minsk', events: 21, quotes: 22, figures: 25 }, russian.t)).toBe(
      'Minsk: 21 событие, 22 цитаты, 25 цифр',
    );
    expect(describePlaceActivity({ label: 'Minsk', events: 1, quotes: 2, figures: 5 }, belarusian.t)).toBe(
      'Minsk: 1 падзея, 2 цытаты, 5 лічбаў',
    );
    expect(describePlaceActivity({ label: 'Minsk', events: 21, quotes: 0, figures: 12000 }, belarusian.t)).toBe(
      'Minsk: 21 падзея, 12\u00a0000 лічбаў',
    );
    expect(describePlaceActivity({ label: 'Minsk', events: 0, quotes: 0, figures: 0 }, russian.t)).toBe(
      'Minsk: в текущей выборке ничего нет',
    );
  });
});

describe('isInRegion', () => {
  const region = [10, 45, 45, 62] as const;
  it('keeps Minsk and Moscow on the map and sends Washington to the list', () => {
    expect(isInRegion(53.9, 27.56, region)).toBe(true);
    expect(isInRegion(55.76, 37.62, region)).toBe(true);
    expect(isInRegion(38.9, -77.04, region)).toBe(false);
  });
});

describe('withPlaceNames', () => {
  const belarusianNames: Record<string, string> = {
    minsk: 'Мінск (Minsk)',
    'independence-square': 'Плошча Незалежнасці (Independence Square)',
  };
  const placeName = (id: string) => belarusianNames[id] ?? places.find((entry) => entry.id === id)?.name ?? id;

  it("labels markers with the reader's names, a site's with its city's", () => {
    const atSquare = getPlaceActivity(places, [events[0]!], [], [], { rollUpSites: true });
    expect(withPlaceNames(atSquare, placeName).map((entry) => entry.label)).toEqual([
      'Плошча Незалежнасці (Independence Square), Мінск (Minsk)',
    ]);
    const labels = withPlaceNames(getPlaceActivity(places, events, quotes, figures, { rollUpSites: true }), placeName);
    expect(labels.map((entry) => entry.label)).toEqual(['Мінск (Minsk)', 'Washington', 'Zhodino']);
  });

  it("hands the list back unchanged when the names are the articles'", () => {
    const activity = getPlaceActivity(places, events, quotes, figures, { rollUpSites: true });
    const articleName = (id: string) => places.find((entry) => entry.id === id)?.name ?? id;
    expect(withPlaceNames(activity, articleName)).toBe(activity);
  });
});
