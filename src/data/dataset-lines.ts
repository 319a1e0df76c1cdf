/**
 * The dataset file's layout: ordinary JSON, written one record per line, so that the browser can parse and
 * check each record while the rest of a large file is still downloading instead of after its last byte.
 *
 *     {"schemaVersion":2,
 *     "sources":[
 *     {"id":"bbc-2020-08-10",…},
 *     {"id":"dw-2020-08-12",…}
 *     ],
 *     "actors":[
 *     ],
 *     …
 *     "figures":[
 *     {"id":"detained-6700",…}
 *     ]}
 *
 * Any tool still reads it as one JSON document; a file laid out differently is recognised as such, and read
 * whole unless it is on one line as `JSON.stringify` writes it (`compact-json-lines.ts` finds its lines). No zod
 * here: this module only cuts text into records.
 */

/** Writes a dataset (a header value and named arrays of records) in the line layout. */
export function formatDatasetLines(dataset: { schemaVersion: number } & Record<string, unknown>): string {
  const { schemaVersion, ...rest } = dataset;
  const collections = Object.entries(rest);
  const lines = [`{"schemaVersion":${JSON.stringify(schemaVersion)}${collections.length > 0 ? ',' : '}'}`];
  collections.forEach(([name, records], index) => {
    if (!Array.isArray(records)) throw new Error(`formatDatasetLines: "${name}" is not an array`);
    lines.push(`${JSON.stringify(name)}:[`);
    // JSON.stringify escapes newlines inside strings, so a record never spans two lines.
    if (records.length > 0) lines.push(records.map((record) => JSON.stringify(record)).join(',\n'));
    lines.push(index === collections.length - 1 ? ']}' : '],');
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Receives records as soon as their lines are complete; `firstIndex` counts within the collection, and `text`
 * is the record lines they were parsed from, which `parseRecordLines` turns back into the same records.
 */
export type RecordsHandler = (collection: string, firstIndex: number, records: unknown[], text: string) => void;

export interface DatasetLineReader {
  /** Takes the next piece of decoded text. Returns false once the text has left the layout. */
  push(text: string): boolean;
  /**
   * Takes whole lines whose ends are given rather than marked by line breaks: `text` from 0 to `ends[0]`, from
   * there to `ends[1]`, and so on (see `compact-json-lines.ts`). Returns false once the text has left the layout.
   */
  pushLines(text: string, ends: readonly number[]): boolean;
  /** The header's fields once the whole text has followed the layout, or null (read the file whole instead). */
  end(): { header: Record<string, unknown>; collections: string[] } | null;
}

const headerLine = /^\{"schemaVersion":(.*),$/;
/** Longer than any header line `formatDatasetLines` writes (`{"schemaVersion":3,`), with room to spare. */
const headerLineLimit = 256;
const collectionLine = /^("[^"\\]*"):\[$/;

/**
 * Cuts text in the line layout into records. Each record line is parsed where it lies in the piece of text it
 * came in: joining pieces, or wrapping a run of lines in brackets, would copy megabytes of text per piece.
 */
export function createDatasetLineReader(onRecords: RecordsHandler): DatasetLineReader {
  let header: Record<string, unknown> | null = null;
  let collection: string | null = null;
  let count = 0;
  // Whether the last record read was followed by a comma, so more must come before the collection ends.
  let commaPending = false;
  const collections: string[] = [];
  let finished = false;
  let offLayout = false;

  // Reads a structural line (header, collection name, end of collection); false when it does not fit.
  const readStructure = (line: string): boolean => {
    if (finished) return line.trim() === '';
    if (header === null) {
      const match = headerLine.exec(line);
      if (!match?.[1]) return false;
      header = { schemaVersion: parseJson(match[1]) };
      return header.schemaVersion !== undefined;
    }
    if (collection === null) {
      const match = collectionLine.exec(line);
      if (!match?.[1]) return false;
      const name = parseJson(match[1]) as string;
      // JSON keeps the last of two same-named keys; reading the file whole gets that right.
      if (collections.includes(name)) return false;
      collection = name;
      collections.push(name);
      count = 0;
      commaPending = false;
      return true;
    }
    if (commaPending) return false;
    collection = null;
    finished = line === ']}';
    return true;
  };

  // Reads the complete lines of `text` from `from` to `to` (just past a newline, or the text's end), handing
  // out each run of record lines at once. With `ends`, a line ends at each of them instead of at a newline.
  const readLines = (text: string, from: number, to: number, ends?: readonly number[]): boolean => {
    let records: unknown[] = [];
    let runStart = from;
    let runEnd = from;
    const handOut = () => {
      if (collection === null || records.length === 0) return;
      onRecords(collection, count, records, text.slice(runStart, runEnd));
      count += records.length;
      records = [];
    };
    let endIndex = 0;
    for (let lineStart = from; lineStart < to;) {
      let lineEnd = ends ? (ends[endIndex++] ?? to) : text.indexOf('\n', lineStart);
      if (lineEnd === -1 || lineEnd >= to) lineEnd = to;
      if (collection !== null && !isCollectionEnd(text, lineStart, lineEnd)) {
        const last = lastNonSpace(text, lineStart, lineEnd);
        if (last >= lineStart) {
          // Between two records the file must have its comma, as a whole-file parse would insist.
          if ((count > 0 || records.length > 0) && !commaPending) return false;
          commaPending = text.charCodeAt(last) === comma;
          const record = parseJson(text.slice(lineStart, commaPending ? last : last + 1));
          if (record === undefined) return false;
          if (records.length === 0) runStart = lineStart;
          records.push(record);
          runEnd = lineEnd;
        }
      } else {
        handOut();
        if (!readStructure(text.slice(lineStart, lineEnd))) return false;
      }
      lineStart = ends ? lineEnd : lineEnd + 1;
    }
    handOut();
    return true;
  };

  // The text of an unfinished line, in the pieces it came in: only a newline joins them, so a long line costs
  // one pass however many pieces it arrives in (a `JSON.stringify` file is one line of many megabytes).
  let unfinished: string[] = [];
  let unfinishedLength = 0;

  return {
    push(text) {
      if (offLayout) return false;
      const firstNewline = text.indexOf('\n');
      if (firstNewline === -1) {
        unfinished.push(text);
        unfinishedLength += text.length;
        // The first line is the short header: a first line that runs on is another layout, known at once.
        offLayout = header === null && unfinishedLength > headerLineLimit;
        return !offLayout;
      }
      // The line the last piece left unfinished is completed and read on its own, so that the piece itself is
      // read where it lies.
      const head = unfinished.join('') + text.slice(0, firstNewline + 1);
      const lastNewline = text.lastIndexOf('\n');
      offLayout = !readLines(head, 0, head.length) || !readLines(text, firstNewline + 1, lastNewline + 1);
      const tail = offLayout ? '' : text.slice(lastNewline + 1);
      unfinished = tail === '' ? [] : [tail];
      unfinishedLength = tail.length;
      return !offLayout;
    },
    pushLines(text, ends) {
      if (!offLayout) offLayout = !readLines(text, 0, ends.at(-1) ?? 0, ends);
      return !offLayout;
    },
    end() {
      const rest = unfinished.join('');
      unfinished = [];
      if (offLayout || !readLines(rest, 0, rest.length) || !finished || header === null) return null;
      return { header, collections };
    },
  };
}

/**
 * The records of a run of record lines as `RecordsHandler` hands them out (lines already checked, each but the
 * last ending in its comma): one parse of the run as a list.
 */
export function parseRecordLines(text: string): unknown[] {
  const last = lastNonSpace(text, 0, text.length);
  return JSON.parse(`[${text.slice(0, text.charCodeAt(last) === comma ? last : last + 1)}]`) as unknown[];
}

const comma = 44;
const closingBracket = 93;

function isSpace(code: number): boolean {
  return code === 10 || code === 13 || code === 32 || code === 9;
}

/** The last character of `text` from `start` to `end` that is not white space, or `start - 1` if there is none. */
function lastNonSpace(text: string, start: number, end: number): number {
  let last = end - 1;
  while (last >= start && isSpace(text.charCodeAt(last))) last -= 1;
  return last;
}

/** Whether the line is `],` or `]}`, checked without cutting it out of the text. */
function isCollectionEnd(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || text.charCodeAt(start) !== closingBracket) return false;
  const next = text.charCodeAt(start + 1);
  return next === comma || next === 125;
}

/** The value of a JSON text, or undefined when it is not one (the caller then reads the file whole). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
