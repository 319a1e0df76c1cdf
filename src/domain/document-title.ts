/**
 * The browser tab's title for a view of the dashboard: the filters in words, so a tab, a bookmark or a history
 * entry says what it shows ("Alexander Lukashenko, Oct 2020 · Belarus 2020"), in the reader's language.
 */
import type { Wording } from './translate';
import type { Filters } from './url-state';
import { dateTimeFormat, type DateFormat } from './intl-formats';

/**
 * The site's name as file names spell it ("belarus-2020-chart.png"): ASCII in every language. Readers see
 * `title.site` in their own.
 */
export const siteName = 'Belarus 2020';

/**
 * The page's full title in English, as index.html and the pages built for readers without JavaScript have it (no
 * script, so no language but English). The running page says `title.dashboard` in the reader's language.
 */
export const dashboardTitle = 'Belarus 2020: protests, detentions and what was said';

export interface TitleNames {
  actorName: (actorId: string) => string;
  placeName: (placeId: string) => string;
}

type DateStyle = 'monthYear' | 'dayMonth' | 'dayMonthYear';
const dateOptions: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  monthYear: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  dayMonth: { day: 'numeric', month: 'short', timeZone: 'UTC' },
  dayMonthYear: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
};

// One formatter per locale and style: the title is worked out on every filter change.
const dateFormats = new Map<string, DateFormat>();
function formatIn(intl: string, style: DateStyle, isoDate: string): string {
  const key = `${intl} ${style}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = dateTimeFormat(intl, dateOptions[style]);
    dateFormats.set(key, format);
  }
  return format.format(toDate(isoDate));
}

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The last day of the month of `isoDate`, as YYYY-MM-DD. */
function lastDayOfMonth(isoDate: string): string {
  const date = toDate(isoDate);
  date.setUTCMonth(date.getUTCMonth() + 1, 0);
  return date.toISOString().slice(0, 10);
}

/** A date range as short as it can be said: "16 Aug 2020", "Oct 2020", "9–20 Aug 2020", "from 9 Aug 2020". */
export function describeDateRange(from: string | null, to: string | null, { t, intl }: Wording): string | null {
  if (from === null && to === null) return null;
  if (to === null) return t('title.from', { date: formatIn(intl, 'dayMonthYear', from!) });
  if (from === null) return t('title.until', { date: formatIn(intl, 'dayMonthYear', to) });
  if (from === to) return formatIn(intl, 'dayMonthYear', from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  if (sameMonth && from.endsWith('-01') && to === lastDayOfMonth(from)) return formatIn(intl, 'monthYear', from);
  if (sameMonth) return `${toDate(from).getUTCDate()}–${formatIn(intl, 'dayMonthYear', to)}`;
  if (sameYear) return `${formatIn(intl, 'dayMonth', from)} – ${formatIn(intl, 'dayMonthYear', to)}`;
  return `${formatIn(intl, 'dayMonthYear', from)} – ${formatIn(intl, 'dayMonthYear', to)}`;
}

function describeActors(
  actorIds: readonly string[],
  actorName: (actorId: string) => string,
  { t }: Wording,
): string | null {
  const [first, second] = actorIds.map(actorName);
  if (first === undefined) return null;
  if (actorIds.length > 2) return t('title.actorCount', { count: actorIds.length });
  return second === undefined ? first : t('title.actorPair', { first, second });
}

/**
 * The title for the filters, and the article open in the Source viewer if any: the dashboard's own title when
 * nothing is set, otherwise what is set, then the site's name.
 */
export function getDocumentTitle(
  filters: Filters,
  names: TitleNames,
  wording: Wording,
  openArticle: string | null = null,
): string {
  const { t } = wording;
  const parts = [
    openArticle,
    describeActors(filters.actorIds, names.actorName, wording),
    filters.placeId === null ? null : names.placeName(filters.placeId),
    describeDateRange(filters.from, filters.to, wording),
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? t('title.dashboard') : `${parts.join(', ')} · ${t('title.site')}`;
}
