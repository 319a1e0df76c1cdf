import fc from 'fast-check';
import { dashboardDataset } from '../test/fixtures/dashboard-dataset';
import { createJsonRecordReader } from './dataset-json-records';
import { formatDatasetLines, parseRecordLines } from './dataset-lines';

/** Feeds the text in pieces; what the reader made of it, as the whole file's value would look. */
function read(pieces: string[]) {
  const lists = new Map<string, unknown[]>();
  const reader = createJsonRecordReader((collection, first, records, text) => {
    const list = lists.get(collection) ?? [];
    lists.set(collection, list);
    expect(first).toBe(list.length);
    list.push(...records);
    if (text !== undefined) expect(parseRecordLines(text)).toEqual(records);
  });
  const followed = pieces.every((piece) => reader.push(piece));
  const ending = reader.end();
  if (!followed || ending === null) return null;
  const entries: [string, unknown][] = ending.collections.map((name) => [name, lists.get(name) ?? []]);
  if ('schemaVersion' in ending.header) entries.push(['schemaVersion', ending.header.schemaVersion]);
  return Object.fromEntries(entries);
}

/** Cuts a text at the given offsets. */
function cut(text: string, offsets: number[]): string[] {
  const at = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, index) => text.slice(start, at[index] ?? text.length));
}

/** The parts of a parsed file the reader reports: the lists and the schema version. */
function expectedOf(text: string): Record<string, unknown> {
  const whole = JSON.parse(text) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(whole).filter(([name, value]) => name === 'schemaVersion' || Array.isArray(value)),
  );
}

describe('createJsonRecordReader', () => {
  const layouts = {
    'one line': JSON.stringify(dashboardDataset),
    indented: JSON.stringify(dashboardDataset, null, 2),
    'line layout': formatDatasetLines(dashboardDataset),
  };

  it.each(Object.entries(layouts))('reads a file laid out as %s however the download is cut', (_, text) => {
    const expected = expectedOf(text);
    expect(read([text])).toEqual(expected);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), (offsets) => {
        expect(read(cut(text, offsets))).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('hands out the records of one-line files as text the page reads back, and of others as values', () => {
    const texts: (string | undefined)[] = [];
    for (const text of [layouts['one line'], layouts.indented]) {
      const reader = createJsonRecordReader((_, __, ___, sent) => texts.push(sent));
      reader.push(text);
    }
    expect(texts.some((text) => text !== undefined)).toBe(true);
    expect(texts.some((text) => text === undefined)).toBe(true);
  });

  it('reads any JSON object of lists and values as parsing it whole does, or gives up', () => {
    const file = fc.dictionary(
      fc.string({ maxLength: 6 }),
      fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
    );
    fc.assert(
      fc.property(file, fc.boolean(), fc.array(fc.nat(), { maxLength: 8 }), (value, indent, offsets) => {
        const text = JSON.stringify(value, null, indent ? 1 : undefined);
        const result = read(cut(text, offsets));
        // Keys JSON.stringify writes once each: the reader follows every such file.
        expect(result).toEqual(expectedOf(text));
      }),
      { numRuns: 150 },
    );
  });

  it('never reads a damaged file as something else: it gives up wherever parsing it whole fails', () => {
    const text = JSON.stringify({ schemaVersion: 2, places: [{ id: 'a', n: [1, 2] }, { id: 'b' }], sources: [] });
    const damaged = fc.tuple(fc.nat({ max: text.length - 1 }), fc.constantFrom('', ',', ']', '}', '"', ' ', '1', '\\'));
    fc.assert(
      fc.property(damaged, fc.array(fc.nat(), { maxLength: 6 }), ([at, insert], offsets) => {
        const broken = text.slice(0, at) + insert + text.slice(at + (insert === '' ? 1 : 0));
        let whole: unknown;
        try {
          whole = expectedOf(broken);
        } catch {
          whole = null;
        }
        const result = read(cut(broken, offsets));
        if (whole === null) expect(result).toBeNull();
        else if (result !== null) expect(result).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('gives up on a key named twice, where JSON keeps only the last', () => {
    expect(read(['{"places":[{"id":"a"}],"places":[]}'])).toBeNull();
  });

  it('gives up on a file that stops before its end, even in a number', () => {
    expect(read(['{"schemaVersion":2'])).toBeNull();
    expect(read(['{"places":[{"id":"a"}]'])).toBeNull();
  });
});
