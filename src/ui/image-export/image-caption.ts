/**
 * What every exported image says around its picture: a title, the filters it shows, and the credit line, and the
 * name of the file it is saved as. Pure, so the words and names are tested without a browser.
 */
import { describeDateRange, siteName, type TitleNames } from '../../domain/document-title';
import type { Wording } from '../../domain/translate';
import type { Filters } from '../../domain/url-state';
import type { I18n } from '../i18n/i18n';

export interface ImageCaption {
  title: string;
  /** The active filters in words, or null when the image shows everything. */
  filters: string | null;
  credit: string;
}

export type ImageFormat = 'png' | 'svg';

/** "Filters: Alexander Lukashenko, Maria Kalesnikava · Minsk · 9–20 Aug 2020", or null without filters. */
export function describeImageFilters(filters: Filters, names: TitleNames, wording: Wording): string | null {
  const parts = [
    filters.actorIds.length === 0 ? null : filters.actorIds.map(names.actorName).join(', '),
    filters.placeId === null ? null : names.placeName(filters.placeId),
    describeDateRange(filters.from, filters.to, wording),
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : wording.t('imageExport.filters', { filters: parts.join(' · ') });
}

/** The credit line under an image, in the reader's language (`t`): where the data comes from, and where the picture was made. */
export function getImageCredit(dataCredit: string, extra: string | null, t: I18n['t']): string {
  return [dataCredit, extra, t('imageExport.credit', { siteName: t('title.site') })]
    .filter((part) => part !== null)
    .join(' · ');
}

const maxSlugLength = 60;

/** Lowercase ASCII words joined by hyphens: "Minsk · 9–20 Aug" → "minsk-9-20-aug". */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Ł, common in Belarusian Łacinka spellings, has no decomposition of its own.
      .replace(/ł/g, 'l')
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, maxSlugLength)
      .replace(/^-+|-+$/g, '')
  );
}

/**
 * The file an image is saved as: "belarus-2020-chart-detentions-minsk-aug-2020.png". The subject names the view,
 * the filters say which part of the data, so two downloads of different views never share a name.
 */
export function getImageFileName(subject: string, filters: string | null, format: ImageFormat): string {
  // Without the "Filters:" label, in whichever language it is.
  const filterSlug = filters === null ? '' : slugify(filters.replace(/^[^:]*:/, ''));
  return [slugify(siteName), slugify(subject), filterSlug].filter(Boolean).join('-') + `.${format}`;
}
