import fc from 'fast-check';
import { dashboardDataset } from '../test/fixtures/dashboard-dataset';
import { createDatasetLineReader, formatDatasetLines, parseRecordLines } from './dataset-lines';

/** Feeds the text in the given pieces and collects what the reader hands out. */
function read(pieces: string[]) {
  const records: [string, number, unknown][] = [];
  // What crosses to the page with each run: its text, which must read back as the same records.
  const fromText: unknown[] = [];
  const reader = createDatasetLineReader((collection, first, batch, text) => {
    batch.forEach((record, offset) => records.push([collection, first + offset, record]));
    fromText.push(...parseRecordLines(text));
  });
  const inLayout = pieces.every((piece) => reader.push(piece));
  const ending = reader.end();
  expect(fromText).toEqual(records.map(([, , record]) => record));
  return { inLayout, ending, records };
}

/** Cuts a text at the given offsets (sorted, deduplicated, within the text). */
function cut(text: string, offsets: number[]): string[] {
  const at = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, index) => text.slice(start, at[index] ?? text.length));
}

describe('formatDatasetLines', () => {
  it('writes JSON that any reader parses back to the same dataset', () => {
    const text = formatDatasetLines(dashboardDataset);
    expect(JSON.parse(text)).toEqual(dashboardDataset);
  });

  it('puts each record on a line of its own, even one whose text has line breaks', () => {
    const lines = formatDatasetLines(dashboardDataset).split('\n');
    const withBreaks = dashboardDataset.sources.find((source) => source.text.includes('\n'));
    expect(withBreaks).toBeDefined();
    expect(lines).toContain(`${JSON.stringify(withBreaks)},`);
  });

  it('writes an empty collection as an empty array', () => {
    const text = formatDatasetLines({ schemaVersion: 1, actors: [], places: [{ id: 'minsk' }] });
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, actors: [], places: [{ id: 'minsk' }] });
  });
});

describe('createDatasetLineReader', () => {
  it('hands out every record with its collection and index, however the download is cut', () => {
    const text = formatDatasetLines(dashboardDataset);
    const expected = read([text]);
    expect(expected.inLayout).toBe(true);
    expect(expected.ending?.header).toEqual({ schemaVersion: dashboardDataset.schemaVersion });
    expect(expected.records).toContainEqual(['quotes', 1, dashboardDataset.quotes[1]]);
    expect(expected.records).toHaveLength(Object.values(dashboardDataset).filter(Array.isArray).flat().length);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (offsets) => {
        expect(read(cut(text, offsets))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('hands out the same records when a cut falls just before, at or just after any line break', () => {
    const text = formatDatasetLines(dashboardDataset);
    const expected = read([text]);
    const breaks = [...text.matchAll(/\n/g)].map((match) => match.index);
    for (const at of breaks.flatMap((index) => [index, index + 1, index + 2]))
      expect(read([text.slice(0, at), text.slice(at)])).toEqual(expected);
  });

  it('names the collections in the order they came', () => {
    const { ending } = read([formatDatasetLines(dashboardDataset)]);
    expect(ending?.collections).toEqual(['sources', 'actors', 'places', 'events', 'quotes', 'figures']);
  });

  it('gives up on JSON laid out any other way, so that the caller reads it whole', () => {
    expect(read([JSON.stringify(dashboardDataset)]).ending).toBeNull();
    expect(read([JSON.stringify(dashboardDataset, null, 2)]).inLayout).toBe(false);
    // A record an editor spread over two lines.
    const lines = formatDatasetLines(dashboardDataset).split('\n');
    const spread = lines.flatMap((line) => (line.startsWith('{"id":"lukashenko"') ? line.split('","') : [line]));
    expect(read([spread.join('\n')]).ending).toBeNull();
  });

  it('reads blank lines and spaces around records as JSON does', () => {
    const text = formatDatasetLines({ schemaVersion: 1, actors: [{ id: 'a' }, { id: 'b' }] })
      .replace('{"id":"a"},', '  {"id":"a"} ,  \n\n')
      .replace('{"id":"b"}', '{"id":"b"}\t');
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, actors: [{ id: 'a' }, { id: 'b' }] });
    expect(read([text]).records).toEqual([
      ['actors', 0, { id: 'a' }],
      ['actors', 1, { id: 'b' }],
    ]);
  });

  it('gives up on a collection named twice, where JSON keeps only the last', () => {
    const text = formatDatasetLines({ schemaVersion: 1, actors: [{ id: 'a' }] }).replace(
      '"actors":[',
      '"actors":[\n],\n"actors":[',
    );
    expect(JSON.parse(text)).toEqual({ schemaVersion: 1, actors: [{ id: 'a' }] });
    expect(read([text]).ending).toBeNull();
  });

  it('refuses what JSON refuses, however the download is cut: a comma too many or one missing', () => {
    const text = formatDatasetLines({ schemaVersion: 1, actors: [{ id: 'a' }, { id: 'b' }], places: [] });
    const extraComma = text.replace('{"id":"b"}', '{"id":"b"},');
    const missingComma = text.replace('{"id":"a"},', '{"id":"a"}');
    for (const broken of [extraComma, missingComma]) {
      expect(() => JSON.parse(broken) as unknown).toThrow();
      for (let at = 0; at <= broken.length; at += 1)
        expect(read([broken.slice(0, at), broken.slice(at)]).ending).toBeNull();
    }
  });

  it('gives up on a file that stops before its end', () => {
    const text = formatDatasetLines(dashboardDataset);
    expect(read([text.slice(0, text.lastIndexOf(']}'))]).ending).toBeNull();
    expect(read([text.slice(0, text.length / 2)]).ending).toBeNull();
  });
});

describe('createDatasetLineReader on a file in one long line', () => {
  it('knows from the first piece that a JSON.stringify file is not in the layout, so it is fed no more', () => {
    const reader = createDatasetLineReader(() => undefined);
    const text = JSON.stringify(dashboardDataset);
    expect(reader.push(text.slice(0, 1000))).toBe(false);
    expect(reader.end()).toBeNull();
  });

  it('reads a record line that arrives in thousands of pieces', () => {
    const long = { id: 'long', text: 'x'.repeat(20_000) };
    const text = formatDatasetLines({ schemaVersion: 1, sources: [long, { id: 'next' }] });
    const pieces = Array.from({ length: Math.ceil(text.length / 7) }, (_, index) =>
      text.slice(index * 7, index * 7 + 7),
    );
    const { inLayout, ending, records } = read(pieces);
    expect(inLayout).toBe(true);
    expect(ending?.collections).toEqual(['sources']);
    expect(records).toEqual([
      ['sources', 0, long],
      ['sources', 1, { id: 'next' }],
    ]);
  });
});
