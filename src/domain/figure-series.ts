import type { DatasetEvent, Figure, Metric } from '../data/schema';
import { formatShortDate } from './format';
import { figureDay } from './item-day';
import type { Wording } from './translate';
import { dateTimeFormat, type DateFormat } from './intl-formats';

/** One reported figure on the timeline. */
export interface FigurePoint {
  figure: Figure;
  /**
   * The day the point stands at: the day the figure was true (`asOf`), or, where the article gives none, the
   * day it was first reported. Show it through `formatPointDate`, never as the figure's date.
   */
  date: string;
  /** Milliseconds since the epoch at midnight UTC of `date`: the chart's x value. */
  time: number;
  /** The number as reported; null when the report gives none ("thousands"). */
  value: number | null;
}

export interface FigureSeries {
  metric: Metric;
  /** Reports with a number, drawn at their height. */
  numeric: readonly FigurePoint[];
  /** Reports without one, drawn in a band of their own, never at an invented height. */
  vague: readonly FigurePoint[];
}

const DAY = 86_400_000;

/** "2020-08-14" → its midnight UTC in milliseconds, the same on every machine. */
export function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Milliseconds → "2020-08-14" (UTC). */
export function toDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

// One formatter per locale: axis ticks are formatted by the dozen on every redraw.
const dayMonthFormats = new Map<string, DateFormat>();

/** "2020-08-14" → "14 Aug" (in `intl`, the reader's Intl locale), for axis ticks where the year is the same throughout. */
export function formatDayMonth(date: string, intl = 'en-GB'): string {
  let format = dayMonthFormats.get(intl);
  if (format === undefined) {
    format = dateTimeFormat(intl, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    dayMonthFormats.set(intl, format);
  }
  return format.format(new Date(toTime(date)));
}

const compareDateThenValue = (a: FigurePoint, b: FigurePoint) =>
  a.time - b.time || (b.value ?? 0) - (a.value ?? 0) || (a.figure.id < b.figure.id ? -1 : 1);

// Per list of figures: the chart gets the same list back for a place it has shown before (the dataset's cache
// in getChartFigures), so clearing the filters, returning to a place or to a metric does not sort hundreds of
// points again, and the marks, compared by point, see the same points.
const seriesCache = new WeakMap<readonly Figure[], Map<Metric, FigureSeries>>();

/**
 * The reports of one metric, split into those with a number and the vague ones, oldest first. The same
 * list of figures gives the same series, shared: read it, do not change it.
 */
export function getFigureSeries(figures: readonly Figure[], metric: Metric): FigureSeries {
  let byMetric = seriesCache.get(figures);
  if (byMetric === undefined) {
    byMetric = new Map();
    seriesCache.set(figures, byMetric);
  }
  let series = byMetric.get(metric);
  if (series === undefined) {
    series = buildSeries(figures, metric);
    byMetric.set(metric, series);
  }
  return series;
}

function buildSeries(figures: readonly Figure[], metric: Metric): FigureSeries {
  const points = figures
    .filter((figure) => figure.metric === metric)
    .map((figure): FigurePoint => {
      const date = figureDay(figure);
      return { figure, date, time: toTime(date), value: figure.value };
    })
    .sort(compareDateThenValue);
  return { metric, numeric: points.filter((p) => p.value !== null), vague: points.filter((p) => p.value === null) };
}

/** An event the articles date. */
export type DatedEvent = DatasetEvent & { date: string };

/**
 * The key moments the timeline marks with a labelled line, oldest first: milestones with a date of their own.
 * A line at the day an undated event was reported would read as the day it happened.
 */
export function getMilestones(events: readonly DatasetEvent[]): DatedEvent[] {
  return events
    .filter((event): event is DatedEvent => event.milestone && event.date !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The milestones a range of days can draw, and how many lie outside it on each side. */
export interface MilestonesInRange {
  /** Dated inside the range (inclusive), oldest first: the only ones with a true place on the axis. */
  inside: DatedEvent[];
  /** Dated before the range's first day, oldest first. */
  before: DatedEvent[];
  /** Dated after its last day, oldest first. */
  after: DatedEvent[];
}

/**
 * Splits the milestones by the visible days (YYYY-MM-DD, inclusive). Only `inside` may be drawn: an axis squeezed
 * to one day maps every date to that day, so a line for 9 August drawn on a chart of 16 August would lie.
 */
export function getMilestonesInRange(
  milestones: readonly DatedEvent[],
  firstDay: string,
  lastDay: string,
): MilestonesInRange {
  const result: MilestonesInRange = { inside: [], before: [], after: [] };
  for (const milestone of milestones) {
    if (milestone.date < firstDay) result.before.push(milestone);
    else if (milestone.date > lastDay) result.after.push(milestone);
    else result.inside.push(milestone);
  }
  return result;
}

/**
 * What the chart says of the key moments it cannot draw: "Not drawn, outside these dates: Presidential election
 * (9 Aug 2020); National strike called (26 Oct 2020)." Null when every one is drawn.
 */
export function describeMilestonesOutside({ before, after }: MilestonesInRange, { t, intl }: Wording): string | null {
  const outside = [...before, ...after];
  if (outside.length === 0) return null;
  const listed = outside
    .map((event) => t('chart.milestoneOutside', { title: event.title, date: formatShortDate(event.date, intl) }))
    .join('; ');
  return t('chart.milestonesOutside', { list: listed });
}

/** A point's date as a reader sees it: "16 Aug 2020", or "undated" where the article gives none. */
export function formatPointDate(point: FigurePoint, { t, intl }: Wording): string {
  return point.figure.asOf === null ? t('chart.undated') : formatShortDate(point.date, intl);
}

/** The most steps the brush has: a day each over a span of up to about three years. */
export const MAX_TIMELINE_STEPS = 1000;

/**
 * The brush's steps: every day from the earliest to the latest date, widened by `padDays` each side. Over a
 * span longer than `maxSteps` days, the steps are as many days apart as keep them within it, the last day
 * always included: the chart's work follows the number of steps, never the length of the span.
 * One pass for the first and last date, no spread: a year of events is more arguments than a call takes.
 */
export function getTimelineDays(dates: readonly string[], padDays = 2, maxSteps = MAX_TIMELINE_STEPS): string[] {
  let min: string | undefined;
  let max: string | undefined;
  for (const date of dates) {
    if (min === undefined || date < min) min = date;
    if (max === undefined || date > max) max = date;
  }
  if (min === undefined || max === undefined) return [];
  const first = toTime(min) - padDays * DAY;
  const last = toTime(max) + padDays * DAY;
  const step = Math.max(1, Math.ceil((last - first) / DAY / (maxSteps - 1))) * DAY;
  const days: string[] = [];
  for (let time = first; time < last; time += step) days.push(toDate(time));
  days.push(toDate(last));
  return days;
}

/**
 * The index of a date among the steps: the last step on or before it, clamped to the steps (with a step a day,
 * the date's own); `fallback` when the date is null.
 */
export function getDayIndex(days: readonly string[], date: string | null, fallback: number): number {
  if (date === null || days.length === 0) return fallback;
  if (date <= days[0]!) return 0;
  if (date >= days[days.length - 1]!) return days.length - 1;
  // days[low] <= date < days[high]
  let low = 0;
  let high = days.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (days[middle]! <= date) low = middle;
    else high = middle;
  }
  return low;
}

/** The date filter a brush selection means: a handle at either end of the timeline leaves that side open. */
export function getRangeFromIndexes(
  days: readonly string[],
  startIndex: number,
  endIndex: number,
): { from: string | null; to: string | null } {
  return {
    from: startIndex <= 0 ? null : (days[startIndex] ?? null),
    to: endIndex >= days.length - 1 ? null : (days[endIndex] ?? null),
  };
}

/** Points within an inclusive date range (null: open on that side). */
export function getPointsInRange(
  points: readonly FigurePoint[],
  from: string | null,
  to: string | null,
): FigurePoint[] {
  return points.filter((p) => (from === null || p.date >= from) && (to === null || p.date <= to));
}

/**
 * A round upper bound for the value axis, a little above the largest value: 1, 2, 4, 6 or 8 × 10ⁿ, so
 * that a quarter of it (the tick step) is round too.
 */
export function getNiceMax(values: readonly number[]): number {
  const max = values.reduce((largest, value) => Math.max(largest, value), 0);
  if (max === 0) return 10;
  const target = max * 1.1;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const step = [1, 2, 4, 6, 8, 10].find((s) => s * magnitude >= target) ?? 10;
  return step * magnitude;
}

/** Evenly spaced ticks from 0 to a nice maximum. */
export function getValueTicks(max: number, count = 5): number[] {
  return Array.from({ length: count + 1 }, (_, index) => (max * index) / count);
}

/**
 * Date ticks for a visible span: daily, every 2, 3 or 7 days, then the 1st and 16th, then month starts,
 * whichever is the finest that gives no more than `maxTicks`. Each way of placing them gives up as soon as it
 * has more than fit, so the cost follows the ticks drawn, never the length of the span.
 */
export function getDateTicks(firstDate: string, lastDate: string, maxTicks: number): number[] {
  const first = toTime(firstDate);
  const last = toTime(lastDate);
  const everyNDays = (n: number) => {
    const ticks: number[] = [];
    for (let time = Math.ceil(first / (n * DAY)) * n * DAY; time <= last && ticks.length <= maxTicks; time += n * DAY)
      ticks.push(time);
    return ticks;
  };
  const start = new Date(first);
  const [year, month] = [start.getUTCFullYear(), start.getUTCMonth()];
  // Months counted from the first date's month; Date.UTC carries a month past 11 into the next year.
  const onDaysOfMonth = (daysOfMonth: readonly number[], fromMonth = 0, everyMonths = 1) => {
    const ticks: number[] = [];
    for (let m = fromMonth; ticks.length <= maxTicks && Date.UTC(year, month + m, 1) <= last; m += everyMonths) {
      for (const day of daysOfMonth) {
        const time = Date.UTC(year, month + m, day);
        if (time >= first && time <= last) ticks.push(time);
      }
    }
    return ticks;
  };
  const candidates = [
    () => everyNDays(1),
    () => everyNDays(2),
    () => everyNDays(7),
    () => onDaysOfMonth([1, 16]),
    () => onDaysOfMonth([1]),
  ];
  for (const candidate of candidates) {
    const ticks = candidate();
    if (ticks.length <= maxTicks) return ticks;
  }
  // Every how many month starts, from the first in the span, to keep within maxTicks.
  const end = new Date(last);
  const firstMonthStart = start.getUTCDate() === 1 ? 0 : 1;
  const monthStarts = (end.getUTCFullYear() - year) * 12 + end.getUTCMonth() - month + 1 - firstMonthStart;
  return onDaysOfMonth([1], firstMonthStart, Math.ceil(monthStarts / maxTicks));
}

/**
 * One or two sentences that say what the chart shows, for screen readers and as a caption:
 * "5 detention reports from 14 Aug 2020 to 27 Oct 2020; the highest reported: around 15,000 (27 Oct 2020).
 * 2 give no number: thousands; scores."
 */
export function summariseSeries(series: FigureSeries, wording: Wording): string {
  const { t, intl } = wording;
  const all = [...series.numeric, ...series.vague].sort(compareDateThenValue);
  if (all.length === 0) return t(`chart.noReports.${series.metric}`);
  const reports = t(`chart.reportCount.${series.metric}`, { count: all.length });
  const firstDate = all[0]!.date;
  const lastDate = all[all.length - 1]!.date;
  const span =
    firstDate === lastDate
      ? t('chart.summary.onDay', { date: formatShortDate(firstDate, intl) })
      : t('chart.summary.fromTo', { from: formatShortDate(firstDate, intl), to: formatShortDate(lastDate, intl) });
  const highest = series.numeric.reduce<FigurePoint | null>(
    (best, p) => (best === null || p.value! > best.value! ? p : best),
    null,
  );
  // "thousands" reported twice is listed once; the count before it already says how many.
  const labels = [...new Set(series.vague.map((p) => p.figure.label.toLowerCase()))].join('; ');
  if (highest === null) return t('chart.summary.noneWithNumber', { reports, span, labels });
  const sentence = t('chart.summary.highest', {
    reports,
    span,
    label: highest.figure.label,
    date: formatPointDate(highest, wording),
  });
  if (series.vague.length === 0) return sentence;
  return `${sentence} ${t('chart.summary.vague', { count: series.vague.length, labels })}`;
}
