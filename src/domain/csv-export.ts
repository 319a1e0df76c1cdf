import type { Figure, Quote } from '../data/schema';

/** The columns of the filtered-view download, one row per piece of evidence. */
export const csvColumns = [
  'kind',
  'id',
  'date',
  'reported',
  'actor_id',
  'place_id',
  'metric',
  'value',
  'words',
  'source_id',
  'start',
  'end',
  'exact',
] as const;

/** One field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The quotes and figures in view as CSV: each row carries the source id and the character offsets of
 * its evidence, so a reader can check every row against the article. `date` is empty where the articles give
 * none; `reported` is when the item was first published.
 */
export function getFilteredViewCsv(quotes: readonly Quote[], figures: readonly Figure[]): string {
  const rows: (string | number | null)[][] = [[...csvColumns]];
  for (const quote of quotes) {
    for (const evidence of quote.evidence) {
      rows.push([
        'quote',
        quote.id,
        quote.date,
        quote.reported,
        quote.actorId,
        quote.placeId,
        null,
        null,
        quote.text,
        evidence.sourceId,
        evidence.start,
        evidence.end,
        evidence.exact,
      ]);
    }
  }
  for (const figure of figures) {
    for (const evidence of figure.evidence) {
      rows.push([
        'figure',
        figure.id,
        figure.asOf,
        figure.reported,
        null,
        figure.placeId,
        figure.metric,
        figure.value,
        figure.label,
        evidence.sourceId,
        evidence.start,
        evidence.end,
        evidence.exact,
      ]);
    }
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
