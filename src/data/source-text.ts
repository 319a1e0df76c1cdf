/**
 * Reading an article's words by their offsets into the original text, whether the dataset carries the article
 * whole or only excerpts of it. `text` holds the kept ranges' words one after another, so a range's words start
 * in `text` where the previous ranges' lengths add up to.
 */

/** A kept part of an article: its offsets in the original text, and its words. */
export interface Excerpt {
  start: number;
  end: number;
  text: string;
}

type Range = { start: number; end: number };

interface ExcerptedText {
  text: string;
  excerpts: readonly { start: number; end: number }[];
}

/** The source's kept parts, in order, each with its words; ranges that do not fit `text` get no words. */
export function excerptsOf(source: ExcerptedText): Excerpt[] {
  let at = 0;
  return source.excerpts.map(({ start, end }) => {
    const text = source.text.slice(at, at + Math.max(0, end - start));
    at += Math.max(0, end - start);
    return { start, end, text };
  });
}

/**
 * The words between two offsets of the original article, or null when they do not lie inside one kept range
 * (an excerpted article does not carry them).
 */
export function sliceSource(source: ExcerptedText, start: number, end: number): string | null {
  let at = 0;
  for (const range of source.excerpts) {
    if (start >= range.start && end <= range.end) {
      return source.text.slice(at + start - range.start, at + end - range.start);
    }
    at += range.end - range.start;
  }
  return null;
}

/** Where the last kept range ends: the article's length when it is kept whole. */
export function sourceEnd(source: Pick<ExcerptedText, 'excerpts'>): number {
  return source.excerpts.at(-1)?.end ?? 0;
}

/**
 * What is wrong with a source's ranges, or null: each must be non-empty, in order, apart from the previous one
 * (touching ranges are one), and their lengths must add up to the length of `text`; an excerpted article no
 * evidence cites keeps none. A source kept whole has exactly one, from 0.
 */
export function excerptProblem(source: ExcerptedText & { rights: 'full' | 'excerpts' }): string | null {
  const { excerpts, text } = source;
  if (source.rights === 'full') {
    const whole = excerpts.length === 1 && excerpts[0]?.start === 0 && excerpts[0].end === text.length;
    return whole ? null : `must be one range from 0 to the text's length (${text.length}) for an article kept whole`;
  }
  let previousEnd = -1;
  let total = 0;
  for (const { start, end } of excerpts) {
    if (end <= start) return `range ${start}-${end} is empty`;
    if (start <= previousEnd) return `range ${start}-${end} does not start after the previous range ends`;
    previousEnd = end;
    total += end - start;
  }
  return total === text.length ? null : `the ranges hold ${total} characters, the text ${text.length}`;
}

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
export function excerptSource<S extends ExcerptedText>(source: S, spans: readonly Range[]): S {
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

/** A source kept whole, with no known address: what test fixtures and synthetic datasets publish. */
export function wholeSource<T extends { text: string }>(
  source: T,
): T & { url: null; rights: 'full'; excerpts: { start: number; end: number }[] } {
  return { ...source, url: null, rights: 'full', excerpts: [{ start: 0, end: source.text.length }] };
}
