import type { DatasetEvent, Evidence, Figure, Quote } from '../data/schema';
import type { DatasetNames } from './dataset-names';
import { englishFallback } from './english-fallback';
import { describeAttribution, describeRelay } from './item-voice';

/** The columns of the filtered-view download, one row per event, quote and figure. */
export const csvColumns = [
  'kind',
  'id',
  'date',
  'reported',
  'words',
  'event_type',
  'metric',
  'value',
  'medium',
  'actor_id',
  'actor_name',
  'place_id',
  'place_name',
  'attribution_kind',
  'attributed_to_id',
  'attributed_to',
  'attribution_words',
  'via_id',
  'via',
  'via_words',
  'inferred',
  'disputed_by',
  'source_id',
  'source_name',
  'evidence',
  'evidence_words',
] as const;

type Column = (typeof csvColumns)[number];
type Row = Partial<Record<Column, string | number | null>>;

/** Several values in one cell: a spreadsheet keeps one row per item, and " | " rarely occurs in the articles' words. */
export const csvListSeparator = ' | ';

/** Excel on Windows reads a file as UTF-8, curly quotes and all, only when it starts with this byte-order mark. */
export const csvByteOrderMark = '\uFEFF';

/** One field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const list = (values: readonly string[]) => values.join(csvListSeparator);

/** The evidence of an item: its articles (ids and names), "source_id:start-end" per piece, and its exact words. */
function evidenceCells(evidence: readonly Evidence[], names: DatasetNames): Row {
  const sourceIds = [...new Set(evidence.map((piece) => piece.sourceId))];
  return {
    source_id: list(sourceIds),
    source_name: list(sourceIds.map(names.sourceName)),
    evidence: list(evidence.map((piece) => `${piece.sourceId}:${piece.start}-${piece.end}`)),
    evidence_words: list(evidence.map((piece) => piece.exact)),
  };
}

/** What an event, quote or figure shares: its id, dates, place, inferences, disputes and evidence. */
function commonCells(item: DatasetEvent | Quote | Figure, date: string | null, names: DatasetNames): Row {
  return {
    id: item.id,
    date,
    reported: item.reported,
    place_id: item.placeId,
    place_name: item.placeId === null ? null : names.placeName(item.placeId),
    inferred: list(item.inferred.map(({ field, note }) => `${field}: ${note}`)),
    disputed_by: list(item.disputedBy),
    ...evidenceCells(item.evidence, names),
  };
}

function attributionCells(item: DatasetEvent | Figure, names: DatasetNames): Row {
  const attribution = describeAttribution(item, names, englishFallback.t);
  if (attribution === null) return {};
  return {
    attribution_kind: attribution.kind,
    attributed_to_id: item.attribution?.actorId ?? null,
    attributed_to: attribution.who,
    attribution_words: attribution.evidence.exact,
  };
}

/**
 * The events, quotes and figures in view as CSV (RFC 4180, UTF-8 with a byte-order mark), one row each. Names
 * stand beside ids; `date` is empty where the articles give none, `reported` is when the item was first
 * published; `attributed_to` and `via` say who says so; `evidence` lists each piece as "source_id:start-end"
 * and `evidence_words` its exact words, so every row can be checked against its articles.
 */
export function getFilteredViewCsv(
  view: { events: readonly DatasetEvent[]; quotes: readonly Quote[]; figures: readonly Figure[] },
  names: DatasetNames,
): string {
  const rows: Row[] = [];
  for (const event of view.events) {
    rows.push({
      kind: 'event',
      ...commonCells(event, event.date, names),
      words: event.title,
      event_type: event.type,
      actor_id: list(event.actorIds),
      actor_name: list(event.actorIds.map(names.actorName)),
      ...attributionCells(event, names),
    });
  }
  for (const quote of view.quotes) {
    const relay = describeRelay(quote, names, englishFallback.t);
    rows.push({
      kind: 'quote',
      ...commonCells(quote, quote.date, names),
      words: quote.text,
      medium: quote.medium,
      actor_id: quote.actorId,
      actor_name: names.actorName(quote.actorId),
      via_id: quote.via?.actorId ?? null,
      via: relay?.who ?? null,
      via_words: relay?.evidence.exact ?? null,
    });
  }
  for (const figure of view.figures) {
    rows.push({
      kind: 'figure',
      ...commonCells(figure, figure.asOf, names),
      words: figure.label,
      metric: figure.metric,
      value: figure.value,
      ...attributionCells(figure, names),
    });
  }
  const lines = [
    csvColumns.join(','),
    ...rows.map((row) => csvColumns.map((column) => csvField(row[column])).join(',')),
  ];
  return `${csvByteOrderMark}${lines.join('\r\n')}\r\n`;
}
