import fc from 'fast-check';
import { dashboardDataset } from '../test/fixtures/dashboard-dataset';
import { createLineOrCompactReader } from './compact-json-lines';
import { parseRecordLines } from './dataset-lines';

/** Feeds the text in pieces cut at `offsets`; gives the file's value as read, or null if the reader left the layout. */
function read(text: string, offsets: number[] = []) {
  const at = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b);
  const pieces = [0, ...at].map((start, index) => text.slice(start, at[index] ?? text.length));
  const collections: Record<string, unknown[]> = {};
  let handedOut = 0;
  const reader = createLineOrCompactReader((collection, first, records, recordText) => {
    const list = (collections[collection] ??= []);
    expect(first).toBe(list.length);
    // What crosses to the page: its text must read back as the same records.
    expect(parseRecordLines(recordText)).toEqual(records);
    list.push(...records);
    handedOut += records.length;
  });
  const inLayout = pieces.every((piece) => reader.push(piece));
  const ending = inLayout ? reader.end() : null;
  if (ending === null) return { value: null, handedOut };
  const value: Record<string, unknown> = { ...ending.header };
  for (const name of ending.collections) value[name] = collections[name] ?? [];
  return { value, handedOut };
}

const compact = JSON.stringify(dashboardDataset);

describe('createLineOrCompactReader, on a file written by JSON.stringify', () => {
  it('hands out every record as its text arrives, however the download is cut', () => {
    const whole = read(compact);
    expect(whole.value).toEqual(dashboardDataset);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (offsets) => {
        expect(read(compact, offsets).value).toEqual(dashboardDataset);
      }),
      { numRuns: 200 },
    );
  });

  it('hands records out before the file has ended', () => {
    const reader = createLineOrCompactReader(() => (handed += 1));
    let handed = 0;
    reader.push(compact.slice(0, compact.length / 2));
    expect(handed).toBeGreaterThan(0);
  });

  it('reads empty collections, and words inside strings that look like the file’s structure', () => {
    const [event, ...events] = dashboardDataset.events;
    const tricky = {
      ...dashboardDataset,
      actors: [],
      events: [{ ...event!, title: 'They said },{"id":"x"} and ],"quotes":[ and ]}' }, ...events],
    };
    expect(read(JSON.stringify(tricky)).value).toEqual(tricky);
  });

  it('leaves the layout, so the file is read whole, when records do not start with their id', () => {
    const reordered = {
      ...dashboardDataset,
      places: dashboardDataset.places.map(({ id, ...place }) => ({ ...place, id })),
    };
    expect(read(JSON.stringify(reordered)).value).toBeNull();
  });

  it('leaves the layout when a record holds objects that start with an id, or a key named like a collection', () => {
    const [quote, ...quotes] = dashboardDataset.quotes;
    const nested = { ...dashboardDataset, quotes: [{ ...quote!, related: [{ id: 'a' }, { id: 'b' }] }, ...quotes] };
    const named = { ...dashboardDataset, quotes: [{ ...quote!, notes: [1], events: [2] }, ...quotes] };
    expect(read(JSON.stringify(nested)).value).toBeNull();
    expect(read(JSON.stringify(named)).value).toBeNull();
  });

  it('never reads anything but what a whole parse reads', () => {
    const record = fc.record({ id: fc.string(), value: fc.jsonValue() }, { requiredKeys: [] });
    const file = fc.record({
      schemaVersion: fc.jsonValue(),
      events: fc.array(record, { maxLength: 4 }),
      quotes: fc.array(fc.oneof(record, fc.jsonValue()), { maxLength: 4 }),
    });
    const outcomes = { read: 0, left: 0 };
    fc.assert(
      fc.property(file, fc.array(fc.nat(), { maxLength: 10 }), (value, offsets) => {
        const text = JSON.stringify(value);
        const { value: readValue } = read(text, offsets);
        outcomes[readValue === null ? 'left' : 'read'] += 1;
        if (readValue !== null) expect(readValue).toEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
    // Both came up, so the property says something about each.
    expect(outcomes.read).toBeGreaterThan(50);
    expect(outcomes.left).toBeGreaterThan(50);
  });

  it('leaves a file laid out otherwise to the line reader, which reads it whole', () => {
    expect(read(JSON.stringify(dashboardDataset, null, 2)).value).toBeNull();
  });
});
