/**
 * The filters in one sentence, for the printed page: on paper the filter controls are gone, so the page must say
 * what it was narrowed to, every actor by name.
 */
import { describeDateRange, type TitleNames } from './document-title';
import type { Wording } from './translate';
import type { Filters } from './url-state';

/** "Filtered to Alexander Lukashenko; place: Minsk; dates: Oct 2020." or that nothing is filtered. */
export function describeFiltersForPrint(filters: Filters, names: TitleNames, wording: Wording): string {
  const { t } = wording;
  const range = describeDateRange(filters.from, filters.to, wording);
  const parts = [
    filters.actorIds.length === 0 ? null : filters.actorIds.map(names.actorName).join(', '),
    filters.placeId === null ? null : t('filters.print.place', { place: names.placeName(filters.placeId) }),
    range === null ? null : t('filters.print.dates', { range }),
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? t('filters.print.none') : t('filters.print.some', { parts: parts.join('; ') });
}
