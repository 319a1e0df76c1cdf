import type { Medium, Source } from '../data/schema';
import type { Translate, Wording } from './translate';
import { dateTimeFormat, type DateFormat } from './intl-formats';

// One formatter per locale and style: building an Intl.DateTimeFormat costs far more than using one.
const dateFormats = new Map<string, DateFormat>();
function dateFormat(intl: string, month: 'long' | 'short'): DateFormat {
  const key = `${intl} ${month}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = dateTimeFormat(intl, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * "2020-08-17" → "17 August 2020" (in `intl`, the reader's Intl locale: "17 жніўня 2020 г." in `be`), the same on
 * every machine whatever its time zone.
 */
export function formatDate(isoDate: string, intl = 'en-GB'): string {
  return dateFormat(intl, 'long').format(new Date(`${isoDate}T00:00:00Z`));
}

/** "2020-08-17" → "17 Aug 2020", for dense lists. */
export function formatShortDate(isoDate: string, intl = 'en-GB'): string {
  return dateFormat(intl, 'short').format(new Date(`${isoDate}T00:00:00Z`));
}

/** "reported 27 Oct" → "Reported 27 Oct": words that open a sentence or a cell. */
export function upperFirst(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** What `formatCount` counts. */
export type CountedNoun = 'event' | 'quote' | 'figure';

/** "1 quote", "3 quotes" ("21 цитата", "5 цитат"): a count with its noun, in the plural form its number takes. */
export function formatCount(count: number, noun: CountedNoun, wording: Wording): string {
  return wording.t(`format.count.${noun}`, { count });
}

/** How a quote came to be said, standing alone among a card's details: "17 August 2020 · TV". */
export function mediumLabel(medium: Medium, t: Translate): string {
  return t(`format.medium.${medium}`);
}

/** How a quote came to be said, running on in a caption: "17 August 2020, on television". */
export function mediumPhrase(medium: Medium, t: Translate): string {
  return t(`format.mediumPhrase.${medium}`);
}

/** What an article that does not name its outlet is called: by its date, never by a guessed outlet. */
export function formatUnnamedArticle(published: string, wording: Wording): string {
  return wording.t('format.unnamedArticle', { date: formatShortDate(published, wording.intl) });
}

/** How an article is named in links and headings: its outlet when the article names one, and its date. */
export function formatSourceName(source: Pick<Source, 'outlet' | 'published'>, wording: Wording): string {
  return source.outlet === null
    ? formatUnnamedArticle(source.published, wording)
    : `${source.outlet}, ${formatShortDate(source.published, wording.intl)}`;
}
