/**
 * Everything the Source viewer draws over an article: which passages the dataset cites, what cites
 * them, and how the text splits into plain, annotated and highlighted runs.
 */
import type { Dataset, DatasetEvent, Evidence, Figure } from '../data/schema';
import type { Excerpt } from '../data/source-text';
import { getDatasetNames } from './dataset-names';
import { formatDate } from './format';
import { describeAttribution, describeRelay } from './item-voice';
import type { Wording } from './translate';
import type { TextSpan } from './url-state';

export interface AnnotatedItem {
  kind: 'quote' | 'event' | 'figure';
  id: string;
  /**
   * What the passage is evidence for, in a sentence fragment: "Quote by Alexander Lukashenko"; or whose words
   * attribute or relay it: "Attribution (Belta report) of Event: …".
   */
  label: string;
}

/** One cited passage of an article and every item that cites exactly those characters. */
export interface Annotation extends TextSpan {
  items: AnnotatedItem[];
}

/**
 * Every passage the dataset cites, with what cites it: each item's evidence, and the words that attribute an
 * event or figure to someone or relay a quote ("Belta reported"), labelled as the attribution or relay of that item.
 */
function describeItems(dataset: Dataset, wording: Wording): { item: AnnotatedItem; evidence: Evidence[] }[] {
  const { t, intl } = wording;
  const names = getDatasetNames(dataset, wording);
  const dated = (date: string | null) => (date === null ? '' : `, ${formatDate(date, intl)}`);
  const cited: { item: AnnotatedItem; evidence: Evidence[] }[] = [];
  const cite = (kind: AnnotatedItem['kind'], id: string, label: string, evidence: Evidence[]) =>
    cited.push({ item: { kind, id, label }, evidence });
  for (const quote of dataset.quotes) {
    const label = `${t('source.annotation.quote', { who: names.actorName(quote.actorId) })}${dated(quote.date)}`;
    cite('quote', quote.id, label, quote.evidence);
    const relay = describeRelay(quote, names, t);
    if (relay) {
      cite('quote', quote.id, t('source.annotation.relay', { label: relay.label, item: label }), [relay.evidence]);
    }
  }
  const citeAttribution = (kind: 'event' | 'figure', item: DatasetEvent | Figure, label: string) => {
    const attribution = describeAttribution(item, names, t);
    if (attribution) {
      const attributionLabel = t('source.annotation.attribution', { label: attribution.label, item: label });
      cite(kind, item.id, attributionLabel, [attribution.evidence]);
    }
  };
  for (const event of dataset.events) {
    const label = `${t('source.annotation.event', { title: event.title })}${dated(event.date)}`;
    cite('event', event.id, label, event.evidence);
    citeAttribution('event', event, label);
  }
  for (const figure of dataset.figures) {
    const asOf = figure.asOf === null ? '' : t('source.annotation.asOf', { date: formatDate(figure.asOf, intl) });
    const label = `${t('source.annotation.figure', { label: figure.label, metric: figure.metric })}${asOf}`;
    cite('figure', figure.id, label, figure.evidence);
    citeAttribution('figure', figure, label);
  }
  return cited;
}

/** The passages of one article that the dataset cites, in reading order, one entry per distinct span. */
export function getSourceAnnotations(dataset: Dataset, sourceId: string, wording: Wording): Annotation[] {
  const bySpan = new Map<string, Annotation>();
  for (const { item, evidence } of describeItems(dataset, wording)) {
    for (const { sourceId: cited, start, end } of evidence) {
      if (cited !== sourceId) continue;
      const key = `${start}-${end}`;
      const annotation = bySpan.get(key) ?? { start, end, items: [] };
      if (!annotation.items.some((known) => known.kind === item.kind && known.id === item.id))
        annotation.items.push(item);
      bySpan.set(key, annotation);
    }
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A run of an article's text: plain, part of a cited passage, or the highlighted evidence. */
export interface TextSegment extends TextSpan {
  selected: boolean;
  /** The most specific cited passage covering this run, if any. */
  annotation: Annotation | null;
}

/**
 * Splits a text of `length` characters into runs for display. The selected span stays one run (one
 * `<mark>` for the exact words); elsewhere overlapping passages resolve to the shortest, which is the
 * one a reader pointing at those words most likely means.
 */
export function segmentSourceText(
  length: number,
  annotations: readonly Annotation[],
  selected: TextSpan | null,
): TextSegment[] {
  const clamp = (offset: number) => Math.min(Math.max(offset, 0), length);
  const selection =
    selected && clamp(selected.start) < clamp(selected.end)
      ? { start: clamp(selected.start), end: clamp(selected.end) }
      : null;
  const cuts = new Set([0, length]);
  for (const { start, end } of annotations) {
    cuts.add(clamp(start));
    cuts.add(clamp(end));
  }
  if (selection) {
    cuts.add(selection.start);
    cuts.add(selection.end);
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: TextSegment[] = [];
  const push = (segment: TextSegment) => {
    const last = segments[segments.length - 1];
    if (
      last &&
      !last.selected &&
      !segment.selected &&
      last.annotation === segment.annotation &&
      last.end === segment.start
    ) {
      last.end = segment.end;
    } else {
      segments.push(segment);
    }
  };
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? length;
    if (start === end) continue;
    if (selection && start >= selection.start && end <= selection.end) {
      if (start === selection.start) {
        const exact = annotations.find((a) => a.start === selection.start && a.end === selection.end) ?? null;
        segments.push({ ...selection, selected: true, annotation: exact });
      }
      continue;
    }
    let best: Annotation | null = null;
    for (const annotation of annotations) {
      if (
        annotation.start <= start &&
        annotation.end >= end &&
        (best === null || annotation.end - annotation.start < best.end - best.start)
      ) {
        best = annotation;
      }
    }
    push({ start, end, selected: false, annotation: best });
  }
  return segments;
}

/** One kept part of an article, with its runs. */
export interface ExcerptSegments extends Excerpt {
  segments: TextSegment[];
}

/**
 * The runs of an article the dataset keeps in parts (one part when it keeps it whole), each part with the runs
 * that fall in it, at their offsets in the original: nothing is drawn for the paragraphs left out.
 */
export function segmentExcerpts(
  excerpts: readonly Excerpt[],
  annotations: readonly Annotation[],
  selected: TextSpan | null,
): ExcerptSegments[] {
  const segments = segmentSourceText(excerpts.at(-1)?.end ?? 0, annotations, selected);
  return excerpts.map((excerpt) => ({
    ...excerpt,
    segments: segments.flatMap((segment) => {
      const start = Math.max(segment.start, excerpt.start);
      const end = Math.min(segment.end, excerpt.end);
      return start < end ? [{ ...segment, start, end }] : [];
    }),
  }));
}
