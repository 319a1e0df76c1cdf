/**
 * The browser tab's title for a view of the dashboard: the filters in words, so a tab, a bookmark or a history
 * entry says what it shows ("Alexander Lukashenko, Oct 2020 · Belarus 2020").
 */
import type { Filters } from './url-state';

/** What every title ends with, and the whole title of the unfiltered dashboard's short form. */
export const siteName = 'Belarus 2020';

/** The page's full title, as index.html has it, for the unfiltered dashboard. */
export const dashboardTitle = 'Belarus 2020: protests, detentions and what was said';

export interface TitleNames {
  actorName: (actorId: string) => string;
  placeName: (placeId: string) => string;
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const toDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** The last day of the month of `isoDate`, as YYYY-MM-DD. */
function lastDayOfMonth(isoDate: string): string {
  const date = toDate(isoDate);
  date.setUTCMonth(date.getUTCMonth() + 1, 0);
  return date.toISOString().slice(0, 10);
}

/** A date range as short as it can be said: "16 Aug 2020", "Oct 2020", "9–20 Aug 2020", "from 9 Aug 2020". */
export function describeDateRange(from: string | null, to: string | null): string | null {
  if (from === null && to === null) return null;
  if (to === null) return `from ${dayMonthYear.format(toDate(from!))}`;
  if (from === null) return `until ${dayMonthYear.format(toDate(to))}`;
  if (from === to) return dayMonthYear.format(toDate(from));
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const sameMonth = sameYear && from.slice(5, 7) === to.slice(5, 7);
  if (sameMonth && from.endsWith('-01') && to === lastDayOfMonth(from)) return monthYear.format(toDate(from));
  if (sameMonth) return `${toDate(from).getUTCDate()}–${dayMonthYear.format(toDate(to))}`;
  if (sameYear) return `${dayMonth.format(toDate(from))} – ${dayMonthYear.format(toDate(to))}`;
  return `${dayMonthYear.format(toDate(from))} – ${dayMonthYear.format(toDate(to))}`;
}

function describeActors(actorIds: readonly string[], actorName: (actorId: string) => string): string | null {
  if (actorIds.length === 0) return null;
  if (actorIds.length > 2) return `${actorIds.length} actors`;
  return actorIds.map(actorName).join(' and ');
}

/**
 * The title for the filters, and the article open in the Source viewer if any: the dashboard's own title when
 * nothing is set, otherwise what is set, then the site's name.
 */
export function getDocumentTitle(filters: Filters, names: TitleNames, openArticle: string | null = null): string {
  const parts = [
    openArticle,
    describeActors(filters.actorIds, names.actorName),
    filters.placeId === null ? null : names.placeName(filters.placeId),
    describeDateRange(filters.from, filters.to),
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? dashboardTitle : `${parts.join(', ')} · ${siteName}`;
}
