/**
 * Reads a dataset written by `JSON.stringify` (one line, no spaces) record by record as it downloads, as the line
 * layout (`dataset-lines.ts`) is read, instead of parsing it whole after its last byte. It finds where the file's
 * lines would break had it been written in the line layout: after the header, around each collection's brackets,
 * and between two records where one ends and the next begins with its id (`},{"id":`). The line reader then reads
 * those lines as it reads its own, checking each; the text itself is not changed.
 *
 * Where a line ends decides only whether the reader keeps to the layout, never what it reads: every character is in
 * one line, and the reader takes a line only as one whole record, a collection's bracket or the header. A line cut
 * where the file's structure does not break (another tool's key order, an object inside a record that starts with
 * its id, a key named like a collection) fails that check, and the file is read whole instead.
 */
import { createDatasetLineReader, type DatasetLineReader, type RecordsHandler } from './dataset-lines';

const recordBoundary = '},{"id":';
/** `,"events":[`: a collection's start, after the header or the previous collection's closing bracket. */
const collectionStart = /,"(?:sources|actors|places|events|quotes|figures)":\[/g;
/** Longer than any pattern and the character before it, so that a pattern cut between pieces is found whole. */
const overlap = 32;

/**
 * The line reader (`dataset-lines.ts`), or, for a file whose first line runs on past any header (one line, as
 * `JSON.stringify` writes it), the line reader over the file's lines as found here. The line reader hands nothing
 * out before its first line break, so starting it again on the laid-out text loses nothing.
 */
export function createLineOrCompactReader(onRecords: RecordsHandler): Pick<DatasetLineReader, 'push' | 'end'> {
  let lines = createDatasetLineReader(onRecords);
  let compact: CompactJsonLines | null = null;
  // The text so far, while it has no line break.
  let firstLine: string[] | null = [];
  const read = (laidOut: CompactLines) => lines.pushLines(laidOut.text, laidOut.ends);
  return {
    push(text) {
      if (compact !== null) return read(compact.push(text));
      if (firstLine !== null) {
        if (text.includes('\n')) firstLine = null;
        else firstLine.push(text);
      }
      if (lines.push(text)) return true;
      if (firstLine === null) return false;
      compact = createCompactJsonLines();
      lines = createDatasetLineReader(onRecords);
      const start = firstLine.join('');
      firstLine = null;
      return read(compact.push(start));
    },
    end() {
      if (compact !== null && !read(compact.end())) return null;
      return lines.end();
    },
  };
}

/** Lines of `text`: from 0 to `ends[0]`, from there to `ends[1]`, and so on; the rest waits for more text. */
export interface CompactLines {
  text: string;
  ends: number[];
}

export interface CompactJsonLines {
  /** Takes the next piece of text; gives the whole lines found so far. */
  push(text: string): CompactLines;
  /** Gives the rest, once the last piece has come. */
  end(): CompactLines;
}

export function createCompactJsonLines(): CompactJsonLines {
  // The text after the last line given out, and where it starts in the stream.
  let carry = '';
  let carryStart = 0;
  // Patterns starting before this offset of the stream have been looked for.
  let scanned = 0;
  // Where lines end, in offsets of the stream, found but not yet given out, in order.
  let breaks: number[] = [];

  const findBreaks = (text: string, base: number, from: number, until: number) => {
    const found: number[] = [];
    for (
      let at = text.indexOf(recordBoundary, from - base);
      at !== -1 && at + base < until;
      at = text.indexOf(recordBoundary, at + 1)
    )
      found.push(base + at + 2);
    // One pass with a regular expression: six searches with indexOf take five times as long in V8.
    collectionStart.lastIndex = from - base;
    for (
      let match = collectionStart.exec(text);
      match !== null && match.index + base < until;
      match = collectionStart.exec(text)
    ) {
      const at = match.index;
      // `],"events":[`: the previous collection's closing bracket goes on a line of its own.
      if (at > 0 && text.charCodeAt(at - 1) === closingBracket) found.push(base + at - 1);
      found.push(base + at + 1, base + at + match[0].length);
    }
    if (found.length > 0) breaks = [...breaks, ...found].sort((a, b) => a - b);
  };

  // The lines of `text` that end before the stream's offset `upTo`; the text after the last of them is kept.
  const giveOut = (text: string, base: number, upTo: number): CompactLines => {
    let count = 0;
    while (count < breaks.length && breaks[count]! <= upTo) count += 1;
    const ends = breaks.slice(0, count).map((at) => at - base);
    breaks = breaks.slice(count);
    const last = ends.at(-1) ?? 0;
    carry = text.slice(last);
    carryStart = base + last;
    return { text, ends };
  };

  return {
    push(piece) {
      const text = carry + piece;
      const base = carryStart;
      // A pattern starting before `until` lies whole in this text; one cut by the piece's end waits for the next.
      const until = base + text.length - overlap;
      if (until > scanned) {
        findBreaks(text, base, scanned, until);
        scanned = until;
      }
      // A pattern found later may end a line just before where it starts (the bracket before `,"events":[`).
      return giveOut(text, base, scanned - 1);
    },
    end() {
      const text = carry;
      const base = carryStart;
      findBreaks(text, base, scanned, base + text.length);
      // The last collection's closing bracket, before the file's own, on a line of its own: `]}`.
      const last = text.trimEnd();
      if (/[}[]\]\}$/.test(last)) breaks.push(base + last.length - 2);
      breaks.push(base + text.length);
      return giveOut(text, base, base + text.length);
    },
  };
}

const closingBracket = 93;
