import { parse } from 'csv-parse/sync';
import type { Dataset } from '../data/schema';
import { voiceDataset as dataset } from '../test/fixtures/voice-dataset';
import { csvColumns, getFilteredViewCsv } from './csv-export';
import { getDatasetNames } from './dataset-names';

type Record = { [column in (typeof csvColumns)[number]]: string };

/** The file as a spreadsheet reads it: a real CSV parser, the header giving each record its fields. */
function readCsv(data: Pick<Dataset, 'events' | 'quotes' | 'figures'>): Record[] {
  const csv = getFilteredViewCsv(data, getDatasetNames(dataset));
  // Strict by default: a row with more or fewer fields than the header is an error, not a guess.
  return parse<Record>(csv, { bom: true, columns: true });
}

describe('getFilteredViewCsv', () => {
  const records = readCsv(dataset);
  const record = (kind: string, id: string) => records.find((row) => row.kind === kind && row.id === id)!;

  it('starts with a UTF-8 byte-order mark and a fixed header, and ends its rows with CRLF', () => {
    const csv = getFilteredViewCsv(dataset, getDatasetNames(dataset));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(csvColumns.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one row per event, quote and figure, events included', () => {
    expect(records.map((row) => `${row.kind}:${row.id}`)).toEqual([
      ...dataset.events.map((event) => `event:${event.id}`),
      ...dataset.quotes.map((quote) => `quote:${quote.id}`),
      ...dataset.figures.map((figure) => `figure:${figure.id}`),
    ]);
  });

  it('writes ISO dates, leaves an undated item’s date empty and gives when it was reported', () => {
    expect(record('quote', 'build-up')).toMatchObject({ date: '2020-08-17', reported: '2020-08-17' });
    expect(record('quote', 'feed-the-kids')).toMatchObject({ date: '', reported: '2020-10-27' });
    expect(record('figure', 'detentions-scores')).toMatchObject({ date: '', reported: '2020-10-27', value: '' });
  });

  it('puts names beside ids', () => {
    expect(record('quote', 'build-up')).toMatchObject({
      actor_id: 'lukashenko',
      actor_name: 'Alexander Lukashenko',
      place_id: 'minsk',
      place_name: 'Minsk',
      source_id: 'cnn-2020-08-17',
      source_name: 'CNN, 17 Aug 2020',
    });
  });

  it('says who says so: the attributed actor or the outlet, the kind, and the attributing words', () => {
    expect(record('figure', 'crowd-50000')).toMatchObject({
      attribution_kind: 'estimate',
      attributed_to_id: '',
      attributed_to: 'CNN',
      attribution_words: 'a CNN crew in Minsk estimated',
    });
    expect(record('event', 'lukashenko-denies-leaving')).toMatchObject({
      attribution_kind: 'report',
      attributed_to_id: 'belta',
      attributed_to: 'Belta',
    });
    expect(record('event', 'video-posted-sunday')).toMatchObject({ attribution_kind: '', attributed_to: '' });
  });

  it('gives a relay, inferred values and disputes', () => {
    expect(record('quote', 'build-up')).toMatchObject({
      via_id: 'belta',
      via: 'Belta',
      via_words: 'according to state news agency Belta',
      inferred:
        'placeId: The article reports the speech with his visit to a plant in Minsk. | date: The article reports the speech with his visit to a plant in Minsk.',
      disputed_by: 'no-threat',
    });
    expect(record('event', 'video-posted-saturday').disputed_by).toBe('video-posted-sunday');
  });

  it('joins an item’s evidence in one cell, each piece checkable against its article by offsets', () => {
    const texts = new Map(dataset.sources.map((source) => [source.id, source.text]));
    for (const row of records) {
      const pieces = row.evidence.split(' | ');
      const words = row.evidence_words.split(' | ');
      expect(pieces).toHaveLength(words.length);
      pieces.forEach((piece, index) => {
        const [, sourceId, start, end] = /^([a-z0-9-]+):(\d+)-(\d+)$/.exec(piece)!;
        expect(texts.get(sourceId!)?.slice(Number(start), Number(end))).toBe(words[index]);
      });
    }
  });

  it('survives commas, quotation marks, curly quotes and line breaks in the words', () => {
    const quote = { ...dataset.quotes[0]!, text: 'He said "no", twice,\r\nthen “never”' };
    const [row] = readCsv({ events: [], quotes: [quote], figures: [] });
    expect(row?.words).toBe('He said "no", twice,\r\nthen “never”');
  });
});
