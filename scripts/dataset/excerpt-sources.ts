import type { Dataset, Evidence, Source } from '../../src/data/schema';

type Range = { start: number; end: number };

/**
 * The article's paragraphs, tiling it: each runs from its first line to where the next paragraph starts, so the
 * blank lines after it go with it and the kept paragraphs read as they did in the article.
 */
export function paragraphRanges(text: string): Range[] {
  const starts: number[] = [];
  let lineStart = 0;
  let previousBlank = true;
  while (lineStart < text.length) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    const blank = text.slice(lineStart, lineEnd).trim() === '';
    if (!blank && previousBlank) starts.push(lineStart);
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  if (starts.length === 0) return text.length > 0 ? [{ start: 0, end: text.length }] : [];
  starts[0] = 0;
  return starts.map((start, index) => ({ start, end: starts[index + 1] ?? text.length }));
}

/**
 * An article cut down to the paragraphs that hold some of `spans`, touching paragraphs joined into one range.
 * Offsets stay those of the original: `excerpts` gives each kept range, `text` their words one after another.
 */
export function excerptSource(source: Source, spans: readonly Range[]): Source {
  const kept: Range[] = [];
  for (const paragraph of paragraphRanges(source.text)) {
    if (!spans.some((span) => span.start < paragraph.end && span.end > paragraph.start)) continue;
    const last = kept.at(-1);
    if (last?.end === paragraph.start) last.end = paragraph.end;
    else kept.push({ ...paragraph });
  }
  return {
    ...source,
    text: kept.map((range) => source.text.slice(range.start, range.end)).join(''),
    excerpts: kept,
  };
}

/** Every span that counts as evidence: the items' evidence, attributing words and relaying words. */
function evidenceSpans(items: Pick<Dataset, 'events' | 'quotes' | 'figures'>): Evidence[] {
  return [
    ...[...items.events, ...items.figures].flatMap((item) => [
      ...item.evidence,
      ...(item.attribution ? [item.attribution.evidence] : []),
    ]),
    ...items.quotes.flatMap((quote) => [...quote.evidence, ...(quote.via ? [quote.via.evidence] : [])]),
  ];
}

/** The sources as the dataset may publish them: whole where `rights` is `full`, otherwise their evidence's paragraphs. */
export function publishableSources(
  sources: readonly Source[],
  items: Pick<Dataset, 'events' | 'quotes' | 'figures'>,
): Source[] {
  const spans = evidenceSpans(items);
  return sources.map((source) =>
    source.rights === 'full'
      ? source
      : excerptSource(
          source,
          spans.filter((span) => span.sourceId === source.id),
        ),
  );
}
