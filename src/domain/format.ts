import type { Medium, Source } from '../data/schema';

// One formatter per locale and style: building an Intl.DateTimeFormat costs far more than using one.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(intl: string, month: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${intl} ${month}`;
  let format = dateFormats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(intl, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
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

// One formatter for every count: `toLocaleString('en-GB')` sets one up per call, hundreds per filter change.
const countFormat = new Intl.NumberFormat('en-GB');

/** "reported 27 Oct" → "Reported 27 Oct": words that open a sentence or a cell. */
export function upperFirst(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "1 quote", "3 quotes": a count with its noun. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${countFormat.format(count)} ${count === 1 ? singular : plural}`;
}

/**
 * How a quote came to be said, in two wordings: `label` stands alone among the dashboard card's details
 * ("17 August 2020 · TV"), `phrase` runs on in the embedded card's caption ("17 August 2020, on television").
 */
export const mediumWords: Record<Medium, { label: string; phrase: string }> = {
  statement: { label: 'Statement', phrase: 'statement' },
  tweet: { label: 'Tweet', phrase: 'tweet' },
  video: { label: 'Video', phrase: 'video' },
  tv: { label: 'TV', phrase: 'on television' },
  telegram: { label: 'Telegram', phrase: 'on Telegram' },
  speech: { label: 'Speech', phrase: 'speech' },
  chant: { label: 'Chant', phrase: 'chant' },
  interview: { label: 'Interview', phrase: 'interview' },
};

/** What an article that does not name its outlet is called: by its date, never by a guessed outlet. */
export function formatUnnamedArticle(published: string): string {
  return `Article of ${formatShortDate(published)}`;
}

/** How an article is named in links and headings: its outlet when the article names one, and its date. */
export function formatSourceName(source: Pick<Source, 'outlet' | 'published'>): string {
  return source.outlet === null
    ? formatUnnamedArticle(source.published)
    : `${source.outlet}, ${formatShortDate(source.published)}`;
}
