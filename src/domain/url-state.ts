/**
 * The URL contract shared by the dashboard, shared links and embeds (docs/url-state.md). Parsing is
 * pure and never throws: a malformed value of a known parameter is dropped with a notice, an unknown
 * parameter is left alone (host pages append their own), and serialising keeps those unknown ones.
 */

import { isId } from '../data/ids';
import { EARLIEST_DATE, LATEST_DATE, isCalendarDay, isIsoDate } from '../data/iso-date';
import { isLocale, locales, type Locale } from './locale';
import type { MessageKey, Wording } from './translate';

export const embedViews = ['map', 'chart', 'actors', 'timeline', 'quote', 'all'] as const;
export type EmbedView = (typeof embedViews)[number];

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];

// The same list as `metrics` in src/data/schema.ts (a test holds them together), without importing zod here.
/** The figures the chart can show; the first is what it shows when the URL names none. */
export const chartMetrics = ['detentions', 'crowd', 'deaths'] as const;
export type ChartMetric = (typeof chartMetrics)[number];

/** What narrows every view: actors (any of them), a place and its sub-places, and an inclusive date range. */
export interface Filters {
  actorIds: readonly string[];
  placeId: string | null;
  /** YYYY-MM-DD, inclusive. */
  from: string | null;
  /** YYYY-MM-DD, inclusive. */
  to: string | null;
}

/** Character offsets into a source's text, end exclusive, like evidence offsets. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface UrlState {
  filters: Filters;
  /** Opens the Source viewer at this quote (in `sourceId` when both are given). */
  quoteId: string | null;
  /** Opens this article in the Source viewer. */
  sourceId: string | null;
  /** The words to highlight in `sourceId`, for figures and events, which have no id parameter of their own. */
  span: TextSpan | null;
  /** Which view the embed page shows; the dashboard ignores it. */
  view: EmbedView | null;
  theme: Theme | null;
  /** Set by pym.js on the iframe URL so the child can address its parent's container. */
  childId: string | null;
  /** The figures the chart shows; null means detentions. */
  metric: ChartMetric | null;
  /** The chart shown as a table of its reports. */
  table: boolean;
  /** The interface language; null means the reader's browser languages decide (src/domain/locale.ts). */
  lang: Locale | null;
}

/**
 * Why a value was not used, as a message for the reader ("not an actor id", "must be one of en, be, ru") and the
 * values it names, worded in the reader's language only when shown.
 */
export interface UrlNoticeReason {
  key: Extract<MessageKey, `url.reason.${string}`>;
  values?: Record<string, string>;
}

/** A known parameter whose value was ignored, and why: shown to the reader, never blocking. */
export interface UrlNotice {
  param: string;
  value: string;
  /** Most values are dropped; a reversed date range is repaired instead. */
  action: 'ignored' | 'adjusted';
  reason: UrlNoticeReason;
}

export const emptyFilters: Filters = { actorIds: [], placeId: null, from: null, to: null };

export const defaultUrlState: UrlState = {
  filters: emptyFilters,
  quoteId: null,
  sourceId: null,
  span: null,
  view: null,
  theme: null,
  childId: null,
  metric: null,
  table: false,
  lang: null,
};

/** The parameters this app owns, in the order a serialised URL lists them. */
export const knownParams = [
  'view',
  'theme',
  'childId',
  'actor',
  'place',
  'from',
  'to',
  'quote',
  'source',
  'span',
  'metric',
  'table',
  'lang',
] as const;
type KnownParam = (typeof knownParams)[number];

const knownParamSet: ReadonlySet<string> = new Set(knownParams);
const maxChildIdLength = 200;
// Offsets beyond this are not in any article this app could ship; the cap keeps numbers exact.
const maxOffset = 10_000_000;

const isOneOf = <T extends string>(options: readonly T[], value: string): value is T =>
  (options as readonly string[]).includes(value);

/** Reads the app's parameters from a query string; never throws, whatever the string holds. */
export function parseUrlState(search: string): { state: UrlState; notices: UrlNotice[] } {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const note = (
    param: KnownParam,
    value: string,
    key: UrlNoticeReason['key'],
    values?: UrlNoticeReason['values'],
    action: UrlNotice['action'] = 'ignored',
  ) => notices.push({ param, value, action, reason: values === undefined ? { key } : { key, values } });
  // An empty value (`place=`) means "not set": host pages and hand-edited links produce it innocently.
  const read = (param: KnownParam): string | null => {
    const value = params.get(param);
    return value === null || value.trim() === '' ? null : value.trim();
  };

  const actorIds: string[] = [];
  for (const raw of params.getAll('actor')) {
    for (const part of raw.split(',')) {
      const id = part.trim();
      if (id === '') continue;
      if (!isId(id)) note('actor', id, 'url.reason.notActorId');
      else if (!actorIds.includes(id)) actorIds.push(id);
    }
  }

  const readId = (param: 'place' | 'quote' | 'source', reason: UrlNoticeReason['key']): string | null => {
    const value = read(param);
    if (value === null) return null;
    if (isId(value)) return value;
    note(param, value, reason);
    return null;
  };
  const readDate = (param: 'from' | 'to'): string | null => {
    const value = read(param);
    if (value === null) return null;
    if (isIsoDate(value)) return value;
    if (isCalendarDay(value))
      note(param, value, 'url.reason.dateOutOfRange', { earliest: EARLIEST_DATE, latest: LATEST_DATE });
    else note(param, value, 'url.reason.notDate');
    return null;
  };

  const placeId = readId('place', 'url.reason.notPlaceId');
  let from = readDate('from');
  let to = readDate('to');
  if (from !== null && to !== null && from > to) {
    note('to', to, 'url.reason.swapped', { from }, 'adjusted');
    [from, to] = [to, from];
  }
  const quoteId = readId('quote', 'url.reason.notQuoteId');
  const sourceId = readId('source', 'url.reason.notSourceId');

  let span: TextSpan | null = null;
  const rawSpan = read('span');
  if (rawSpan !== null) {
    const match = /^(\d{1,8})-(\d{1,8})$/.exec(rawSpan);
    const start = Number(match?.[1]);
    const end = Number(match?.[2]);
    if (!match || !(start < end) || end > maxOffset) note('span', rawSpan, 'url.reason.notSpan');
    else if (sourceId === null) note('span', rawSpan, 'url.reason.spanNeedsSource');
    else span = { start, end };
  }

  let view: EmbedView | null = null;
  const rawView = read('view');
  if (rawView !== null) {
    if (isOneOf(embedViews, rawView)) view = rawView;
    else note('view', rawView, 'url.reason.oneOf', { options: embedViews.join(', ') });
  }

  let theme: Theme | null = null;
  const rawTheme = read('theme');
  if (rawTheme !== null) {
    if (isOneOf(themes, rawTheme)) theme = rawTheme;
    else note('theme', rawTheme, 'url.reason.lightOrDark');
  }

  let childId: string | null = null;
  const rawChildId = read('childId');
  if (rawChildId !== null) {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
    if (rawChildId.length <= maxChildIdLength && !/[\u0000-\u001f\u007f]/.test(rawChildId)) childId = rawChildId;
    else note('childId', rawChildId, 'url.reason.notElementId');
  }

  let metric: ChartMetric | null = null;
  const rawMetric = read('metric');
  if (rawMetric !== null) {
    if (isOneOf(chartMetrics, rawMetric)) metric = rawMetric;
    else note('metric', rawMetric, 'url.reason.oneOf', { options: chartMetrics.join(', ') });
  }

  let table = false;
  const rawTable = read('table');
  if (rawTable !== null) {
    if (rawTable === '1') table = true;
    else note('table', rawTable, 'url.reason.table');
  }

  let lang: Locale | null = null;
  const rawLang = read('lang');
  if (rawLang !== null) {
    if (isLocale(rawLang)) lang = rawLang;
    else note('lang', rawLang, 'url.reason.oneOf', { options: locales.join(', ') });
  }

  return {
    state: {
      filters: { actorIds, placeId, from, to },
      quoteId,
      sourceId,
      span,
      view,
      theme,
      childId,
      metric,
      table,
      lang,
    },
    notices,
  };
}

/**
 * Writes the state as a query string (with its `?`, or '' when nothing is set). Parameters this app does
 * not know are kept from `previousSearch` exactly as they were written, after the app's own.
 */
export function serializeUrlState(state: UrlState, previousSearch = ''): string {
  const pairs: [KnownParam, string][] = [];
  if (state.view !== null) pairs.push(['view', state.view]);
  if (state.theme !== null) pairs.push(['theme', state.theme]);
  if (state.childId !== null) pairs.push(['childId', state.childId]);
  if (state.filters.actorIds.length > 0) pairs.push(['actor', state.filters.actorIds.join(',')]);
  if (state.filters.placeId !== null) pairs.push(['place', state.filters.placeId]);
  if (state.filters.from !== null) pairs.push(['from', state.filters.from]);
  if (state.filters.to !== null) pairs.push(['to', state.filters.to]);
  if (state.quoteId !== null) pairs.push(['quote', state.quoteId]);
  if (state.sourceId !== null) pairs.push(['source', state.sourceId]);
  if (state.span !== null && state.sourceId !== null) pairs.push(['span', `${state.span.start}-${state.span.end}`]);
  if (state.metric !== null) pairs.push(['metric', state.metric]);
  if (state.table) pairs.push(['table', '1']);
  if (state.lang !== null) pairs.push(['lang', state.lang]);

  // Ids, dates and spans need no escaping; commas stay readable in `actor=a,b`.
  const own = pairs.map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  const foreign = previousSearch
    .replace(/^\?/, '')
    .split('&')
    .filter((segment) => segment !== '' && !knownParamSet.has(decodeParamName(segment)));
  const all = [...own, ...foreign];
  return all.length === 0 ? '' : `?${all.join('&')}`;
}

function decodeParamName(segment: string): string {
  const name = segment.split('=', 1)[0] ?? '';
  // URLSearchParams decodes names the same way (with `+` as a space); one decoder keeps both in agreement.
  return new URLSearchParams(`${name}=`).keys().next().value ?? name;
}

/** The state with new filters, keeping everything else (an open Source viewer, the embed settings). */
export function withFilters(state: UrlState, filters: Partial<Filters>): UrlState {
  const next = { ...state.filters, ...filters };
  if (next.from !== null && next.to !== null && next.from > next.to) {
    // A reader who moves From past To means "from then on": keep the range non-empty.
    if (filters.from !== undefined) next.to = next.from;
    else next.from = next.to;
  }
  return { ...state, filters: next };
}

/** The state with the Source viewer pointing at a quote, a span of an article, or closed (all null). */
export function withSourceTarget(
  state: UrlState,
  target: { quoteId: string | null; sourceId: string | null; span: TextSpan | null },
): UrlState {
  return { ...state, quoteId: target.quoteId, sourceId: target.sourceId, span: target.span };
}

/** The state with the chart's settings changed, keeping everything else; detentions is written as no parameter. */
export function withChartSettings(state: UrlState, settings: Partial<Pick<UrlState, 'metric' | 'table'>>): UrlState {
  const next = { ...state, ...settings };
  return next.metric === 'detentions' ? { ...next, metric: null } : next;
}

/**
 * A notice as one sentence a reader can act on, in their language; the value is shortened so no URL can flood the
 * page.
 */
export function describeUrlNotice(notice: UrlNotice, { t }: Pick<Wording, 't'>): string {
  const values = {
    param: notice.param,
    value: shortenValue(notice.value),
    reason: t(notice.reason.key, notice.reason.values),
  };
  return t(notice.action === 'ignored' ? 'url.ignored' : 'url.adjusted', values);
}

/** How many of a group's values a grouped notice quotes before saying how many more there are. */
const exampleCount = 3;

/**
 * The notices as lines a reader can take in: one line per kind (parameter, action and reason), in the order
 * the link gave them. A link can repeat a parameter thousands of times (`actor=a0,a1,…`); that is one line with
 * the count and a few examples, not thousands.
 */
export function describeUrlNotices(notices: readonly UrlNotice[], wording: Pick<Wording, 't'>): string[] {
  const { t } = wording;
  const groups = new Map<string, { first: UrlNotice; values: string[] }>();
  for (const notice of notices) {
    const kind = JSON.stringify([notice.param, notice.action, notice.reason.key, notice.reason.values]);
    const group = groups.get(kind);
    if (group) group.values.push(notice.value);
    else groups.set(kind, { first: notice, values: [notice.value] });
  }
  return [...groups.values()].map(({ first, values }) => {
    if (values.length === 1) return describeUrlNotice(first, wording);
    const examples = values
      .slice(0, exampleCount)
      .map((value) => t('url.quoted', { value: shortenValue(value) }))
      .join(', ');
    const more = values.length - exampleCount;
    const message = {
      param: first.param,
      count: values.length,
      examples: more > 0 ? t('url.examplesMore', { examples, more }) : examples,
      reason: t(first.reason.key, first.reason.values),
    };
    return t(first.action === 'ignored' ? 'url.ignoredMany' : 'url.adjustedMany', message);
  });
}

function shortenValue(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}
