import type { DatasetEvent, Figure } from '../data/schema';
import {
  formatDayMonth,
  formatPointDate,
  getDateTicks,
  getDayIndex,
  getFigureSeries,
  describeMilestonesOutside,
  getMilestones,
  getMilestonesInRange,
  getNiceMax,
  getPointsInRange,
  getRangeFromIndexes,
  getTimelineDays,
  getValueTicks,
  summariseSeries,
  toDate,
  toTime,
} from './figure-series';
import { testWording } from '../test/wording';

const en = testWording('en');

const figure = (
  id: string,
  metric: Figure['metric'],
  asOf: string | null,
  value: number | null,
  label: string,
  reported = '2020-10-27',
): Figure => ({
  id,
  metric,
  value,
  low: null,
  high: null,
  qualifier: null,
  label,
  asOf,
  dateBasis: asOf === null ? null : { sourceId: 'src', expression: null },
  reported,
  placeId: null,
  evidence: [{ sourceId: 'src', start: 0, end: label.length, exact: label, prefix: '', suffix: '' }],
  attribution: null,
  inferred: [],
  disputedBy: [],
});

const figures = [
  figure('oct-arrests', 'detentions', '2020-10-27', 15000, 'around 15,000'),
  figure('aug-detentions', 'detentions', '2020-08-14', 6700, 'more than 6,700'),
  figure('oct-scores', 'detentions', '2020-10-26', null, 'scores'),
  figure('aug-thousands', 'detentions', '2020-08-16', null, 'thousands'),
  figure('march', 'crowd', '2020-08-16', 50000, 'around 50,000'),
  figure('deaths', 'deaths', '2020-08-16', 2, 'at least two'),
];

describe('getFigureSeries', () => {
  it('keeps only the chosen metric, oldest first', () => {
    const series = getFigureSeries(figures, 'detentions');
    expect(series.numeric.map((p) => p.figure.id)).toEqual(['aug-detentions', 'oct-arrests']);
    expect(getFigureSeries(figures, 'crowd').numeric.map((p) => p.value)).toEqual([50000]);
  });

  it('puts reports without a number apart, never at a height', () => {
    const series = getFigureSeries(figures, 'detentions');
    expect(series.vague.map((p) => p.figure.label)).toEqual(['thousands', 'scores']);
    expect(series.vague.every((p) => p.value === null)).toBe(true);
  });

  it('places a report the article does not date at the day it was reported, and says it is undated', () => {
    const undated = figure('undated-scores', 'detentions', null, null, 'scores', '2020-10-27');
    const [point] = getFigureSeries([undated], 'detentions').vague;
    expect(point?.date).toBe('2020-10-27');
    expect(point && formatPointDate(point, en)).toBe('undated');
    const [dated] = getFigureSeries(figures, 'crowd').numeric;
    expect(dated && formatPointDate(dated, en)).toBe('16 Aug 2020');
  });

  it('places each report at midnight UTC of its date', () => {
    const [first] = getFigureSeries(figures, 'detentions').numeric;
    expect(first?.time).toBe(Date.UTC(2020, 7, 14));
  });

  it('hands back the same points for the same figures, sorted once', () => {
    const series = getFigureSeries(figures, 'detentions');
    expect(getFigureSeries(figures, 'detentions')).toBe(series);
    expect(getFigureSeries(figures, 'crowd')).not.toBe(series);
    // Another list (another place's figures) is a series of its own, even with the same reports in it.
    const copy = getFigureSeries([...figures], 'detentions');
    expect(copy).not.toBe(series);
    expect(copy).toEqual(series);
  });
});

describe('dates', () => {
  it('converts between ISO dates and times without drifting a day', () => {
    expect(toDate(toTime('2020-10-25'))).toBe('2020-10-25');
    expect(formatDayMonth('2020-08-09')).toBe('9 Aug');
  });

  it('lists every day of the span, padded each side', () => {
    const days = getTimelineDays(['2020-08-14', '2020-08-09', '2020-08-11'], 1);
    expect(days[0]).toBe('2020-08-08');
    expect(days[days.length - 1]).toBe('2020-08-15');
    expect(days).toHaveLength(8);
    expect(getTimelineDays([])).toEqual([]);
  });

  it('spans more dates than a function call takes as arguments', () => {
    const dates = Array.from({ length: 300_000 }, (_, index) => (index % 2 === 0 ? '2020-08-09' : '2021-08-09'));
    const days = getTimelineDays(dates, 0);
    expect([days[0], days[days.length - 1], days.length]).toEqual(['2020-08-09', '2021-08-09', 366]);
  });
});

describe('a timeline over two hundred years', () => {
  const reports = [
    figure('first-count', 'detentions', '1900-01-01', 10, '10'),
    figure('last-count', 'detentions', '2100-12-31', 20, '20'),
  ];

  it('is built from its reports, not its days', () => {
    expect(getFigureSeries(reports, 'detentions').numeric).toHaveLength(2);
  });

  it('has at most a thousand brush steps, from the first day to the last', () => {
    const days = getTimelineDays(['1900-01-01', '2100-12-31'], 0);
    expect(days.length).toBeGreaterThan(900);
    expect(days.length).toBeLessThanOrEqual(1000);
    expect([days[0], days[days.length - 1]]).toEqual(['1900-01-01', '2100-12-31']);
  });

  it('puts a date between two steps at the step before it', () => {
    const days = getTimelineDays(['1900-01-01', '2100-12-31'], 0);
    const index = getDayIndex(days, '2020-08-09', 0);
    expect(days[index]! <= '2020-08-09' && days[index + 1]! > '2020-08-09').toBe(true);
  });

  it('has at most the date ticks asked for, each at the start of a month', () => {
    const ticks = getDateTicks('1900-01-01', '2100-12-31', 12).map(toDate);
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThanOrEqual(12);
    for (const tick of ticks) expect(tick).toMatch(/-01$/);
  });
});

describe('brush indexes and date filters', () => {
  const days = getTimelineDays(['2020-08-10', '2020-08-20'], 0);

  it('finds a date’s index, clamping dates outside the timeline', () => {
    expect(getDayIndex(days, '2020-08-12', 0)).toBe(2);
    expect(getDayIndex(days, '2020-07-01', 5)).toBe(0);
    expect(getDayIndex(days, '2021-01-01', 0)).toBe(days.length - 1);
    expect(getDayIndex(days, null, 7)).toBe(7);
  });

  it('leaves a side of the filter open when its handle is at the end of the timeline', () => {
    expect(getRangeFromIndexes(days, 0, days.length - 1)).toEqual({ from: null, to: null });
    expect(getRangeFromIndexes(days, 2, 5)).toEqual({ from: '2020-08-12', to: '2020-08-15' });
    expect(getRangeFromIndexes(days, 3, days.length - 1)).toEqual({ from: '2020-08-13', to: null });
  });

  it('round-trips a date filter through brush indexes', () => {
    const range = { from: '2020-08-12', to: '2020-08-18' };
    expect(
      getRangeFromIndexes(days, getDayIndex(days, range.from, 0), getDayIndex(days, range.to, days.length - 1)),
    ).toEqual(range);
  });

  it('keeps the points inside an inclusive range', () => {
    const { numeric } = getFigureSeries(figures, 'detentions');
    expect(getPointsInRange(numeric, '2020-08-14', '2020-08-14').map((p) => p.figure.id)).toEqual(['aug-detentions']);
    expect(getPointsInRange(numeric, null, null)).toHaveLength(2);
  });
});

describe('axes', () => {
  it('rounds the value axis up to a readable number above the largest value', () => {
    expect(getNiceMax([15000, 6700])).toBe(20000);
    expect(getNiceMax([50000])).toBe(60000);
    expect(getNiceMax([2])).toBe(4);
    expect(getNiceMax([])).toBe(10);
    expect(getValueTicks(20000, 4)).toEqual([0, 5000, 10000, 15000, 20000]);
  });

  it('uses the finest date ticks that fit', () => {
    expect(getDateTicks('2020-08-10', '2020-08-14', 10)).toHaveLength(5);
    const months = getDateTicks('2020-08-07', '2020-10-29', 4).map(toDate);
    expect(months).toEqual(['2020-09-01', '2020-10-01']);
    const halves = getDateTicks('2020-08-07', '2020-10-29', 6).map(toDate);
    expect(halves).toEqual(['2020-08-16', '2020-09-01', '2020-09-16', '2020-10-01', '2020-10-16']);
  });
});

describe('summariseSeries', () => {
  it('says how many reports, over what span, and the highest as reported', () => {
    expect(summariseSeries(getFigureSeries(figures, 'detentions'), en)).toBe(
      '4 detention reports from 14 Aug 2020 to 27 Oct 2020; the highest reported: around 15,000 (27 Oct 2020). ' +
        '2 give no number: thousands; scores.',
    );
  });

  it('handles one report, and none', () => {
    expect(summariseSeries(getFigureSeries(figures, 'crowd'), en)).toBe(
      '1 crowd-size report on 16 Aug 2020; the highest reported: around 50,000 (16 Aug 2020).',
    );
    expect(summariseSeries(getFigureSeries([], 'deaths'), en)).toBe('No reports of deaths in the current selection.');
  });

  it('names each wording of the vague reports once', () => {
    const twice = getFigureSeries(
      [...figures, figure('aug-17', 'detentions', '2020-08-17', null, 'Thousands')],
      'detentions',
    );
    expect(summariseSeries(twice, en)).toMatch(/3 give no number: thousands; scores\.$/);
  });

  it('does not give the day of report as the date of an undated highest figure', () => {
    const undated = [figure('undated-15000', 'detentions', null, 15000, 'around 15,000', '2020-10-27')];
    expect(summariseSeries(getFigureSeries(undated, 'detentions'), en)).toBe(
      '1 detention report on 27 Oct 2020; the highest reported: around 15,000 (undated).',
    );
  });

  it('does not invent a highest value when no report gives a number', () => {
    const vagueOnly = getFigureSeries([figures[2]!], 'detentions');
    expect(summariseSeries(vagueOnly, en)).toBe('1 detention report on 26 Oct 2020, none with a number: scores.');
  });
});

describe('the chart in Belarusian and Russian', () => {
  const ru = testWording('ru');
  const be = testWording('be');
  // n reports of one day: the numeric ones at 100, 101, …, the vague ones all "scores".
  const sameDay = (count: number, value: number | null) =>
    getFigureSeries(
      Array.from({ length: count }, (_, index) =>
        figure(`f${index}`, 'detentions', '2020-08-16', value === null ? null : value + index, 'scores'),
      ),
      'detentions',
    );

  it('says what the chart shows in Russian, dates and all', () => {
    expect(summariseSeries(getFigureSeries(figures, 'detentions'), ru)).toBe(
      '4 сообщения о задержаниях с 14 авг. 2020 г. по 27 окт. 2020 г.; наибольшее названное число: around 15,000 ' +
        '(27 окт. 2020 г.). В 2 сообщениях нет числа: thousands; scores.',
    );
    expect(summariseSeries(getFigureSeries([], 'deaths'), ru)).toBe('В текущей выборке нет сообщений о погибших.');
  });

  it.each([
    [1, '1 сообщение о задержаниях', '1 паведамленне пра затрыманні', 'У 1 паведамленні'],
    [2, '2 сообщения о задержаниях', '2 паведамленні пра затрыманні', 'У 2 паведамленнях'],
    [5, '5 сообщений о задержаниях', '5 паведамленняў пра затрыманні', 'У 5 паведамленнях'],
    [21, '21 сообщение о задержаниях', '21 паведамленне пра затрыманні', 'У 21 паведамленні'],
  ])('counts %i reports in the form each number takes', (count, russian, belarusian, belarusianVague) => {
    expect(summariseSeries(sameDay(count, 100), ru)).toMatch(new RegExp(`^${russian} за 16 авг\\. 2020 г\\.;`));
    expect(summariseSeries(sameDay(count, 100), be)).toMatch(new RegExp(`^${belarusian} за 16 жні 2020`));
    const vague = { ...sameDay(count, null) };
    const withHighest = { ...vague, numeric: sameDay(1, 100).numeric };
    expect(summariseSeries(withHighest, be)).toMatch(new RegExp(`${belarusianVague} няма лічбы: scores\\.$`));
  });

  it("says a point is undated, and dates the axis in the reader's language", () => {
    const undated = figure('undated-scores', 'detentions', null, null, 'scores', '2020-10-27');
    const [point] = getFigureSeries([undated], 'detentions').vague;
    expect(point && formatPointDate(point, be)).toBe('без даты');
    expect(formatDayMonth('2020-08-09', 'ru')).toBe('9 авг.');
  });
});

describe('getMilestones', () => {
  const event = (id: string, date: string | null, milestone: boolean): DatasetEvent => ({
    id,
    date,
    dateBasis: null,
    reported: '2020-10-27',
    type: 'strike',
    title: id,
    placeId: null,
    actorIds: [],
    evidence: [{ sourceId: 'src', start: 0, end: 1, exact: 'x', prefix: '', suffix: '' }],
    attribution: null,
    inferred: [],
    disputedBy: [],
    milestone,
  });

  it('marks the dated milestones oldest first, never an undated one at the day it was reported', () => {
    const events = [
      event('strike', '2020-10-26', true),
      event('undated-milestone', null, true),
      event('election', '2020-08-09', true),
      event('walkout', '2020-08-13', false),
    ];
    expect(getMilestones(events).map((milestone) => milestone.id)).toEqual(['election', 'strike']);
  });

  describe('getMilestonesInRange', () => {
    const milestones = getMilestones([
      event('election', '2020-08-09', true),
      event('ultimatum', '2020-10-25', true),
      event('strike', '2020-10-26', true),
      event('march', '2020-08-16', true),
    ]);
    const ids = (list: readonly DatasetEvent[]) => list.map((milestone) => milestone.id);

    it('draws none of the milestones of other days on a one-day chart', () => {
      const split = getMilestonesInRange(milestones, '2020-08-16', '2020-08-16');
      expect(ids(split.inside)).toEqual(['march']);
      expect(ids(split.before)).toEqual(['election']);
      expect(ids(split.after)).toEqual(['ultimatum', 'strike']);
    });

    it('keeps milestones on the first and last visible day', () => {
      const split = getMilestonesInRange(milestones, '2020-08-09', '2020-10-25');
      expect(ids(split.inside)).toEqual(['election', 'march', 'ultimatum']);
      expect(ids(split.after)).toEqual(['strike']);
    });

    it('names the milestones left out, with their real dates, and says nothing when all are drawn', () => {
      expect(describeMilestonesOutside(getMilestonesInRange(milestones, '2020-08-10', '2020-10-25'), en)).toBe(
        'Not drawn, outside these dates: election (9 Aug 2020); strike (26 Oct 2020).',
      );
      expect(describeMilestonesOutside(getMilestonesInRange(milestones, '2020-08-01', '2020-10-31'), en)).toBeNull();
      expect(
        describeMilestonesOutside(getMilestonesInRange(milestones, '2020-08-10', '2020-10-25'), testWording('ru')),
      ).toBe('Вне выбранных дат и потому не отмечены: election (9 авг. 2020 г.); strike (26 окт. 2020 г.).');
    });
  });
});
