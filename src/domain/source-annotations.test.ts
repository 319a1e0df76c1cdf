import fc from 'fast-check';
import { dashboardDataset as dataset, evidenceFor } from '../test/fixtures/dashboard-dataset';
import { voiceDataset } from '../test/fixtures/voice-dataset';
import { testWording } from '../test/wording';
import { getSourceAnnotations, segmentExcerpts, segmentSourceText, type Annotation } from './source-annotations';

const english = testWording('en');

describe('getSourceAnnotations', () => {
  it('lists every cited passage of the article in reading order, with what cites it', () => {
    const annotations = getSourceAnnotations(dataset, 'reuters-2020-08-16', english);
    const text = dataset.sources[1]?.text ?? '';
    expect(annotations.map((a) => text.slice(a.start, a.end))).toEqual([
      'Tens of thousands of people',
      'Tens of thousands of people marched on Independence Square',
      'I will not give the country away.',
    ]);
    expect(annotations[0]?.items).toEqual([expect.objectContaining({ kind: 'figure', id: 'marchers-minsk' })]);
    expect(annotations[2]?.items[0]?.label).toBe('Quote by Alexander Lukashenko');
  });

  it('dates what the articles date, and never gives an undated item the day it was reported', () => {
    const [march] = dataset.events;
    const [figure] = dataset.figures.filter((item) => item.id === 'marchers-minsk');
    const undated = {
      ...dataset,
      events: [{ ...march!, date: null, dateBasis: null }],
      figures: [{ ...figure!, asOf: null, dateBasis: null }],
    };
    const labels = (data: typeof dataset) =>
      getSourceAnnotations(data, 'reuters-2020-08-16', english).flatMap((passage) =>
        passage.items.map((item) => item.label),
      );
    expect(labels(dataset)).toEqual([
      'Figure: Tens of thousands (crowd), as of 16 August 2020',
      'Event: March on Independence Square, 16 August 2020',
      'Quote by Alexander Lukashenko',
    ]);
    expect(labels(undated)).toEqual([
      'Figure: Tens of thousands (crowd)',
      'Event: March on Independence Square',
      'Quote by Alexander Lukashenko',
    ]);
  });

  it('cites the words that attribute an item to someone, or relay a quote, as that item’s', () => {
    const text = voiceDataset.sources.find((source) => source.id === 'cnn-2020-08-17')?.text ?? '';
    const passages = getSourceAnnotations(voiceDataset, 'cnn-2020-08-17', english).map((passage) => ({
      words: text.slice(passage.start, passage.end),
      items: passage.items.map((item) => `${item.kind}:${item.id} ${item.label}`),
    }));
    expect(passages).toContainEqual({
      words: 'a CNN crew in Minsk estimated',
      items: ['figure:crowd-50000 Attribution (CNN estimate) of Figure: around 50,000 (crowd), as of 16 August 2020'],
    });
    expect(passages).toContainEqual({
      words: 'according to state news agency Belta',
      items: ['quote:build-up Relay (via Belta) of Quote by Alexander Lukashenko, 17 August 2020'],
    });
  });

  it('labels what cites a passage in the reader’s language, names and titles as the articles give them', () => {
    const text = voiceDataset.sources.find((source) => source.id === 'cnn-2020-08-17')?.text ?? '';
    const passages = getSourceAnnotations(voiceDataset, 'cnn-2020-08-17', testWording('ru')).map((passage) => ({
      words: text.slice(passage.start, passage.end),
      labels: passage.items.map((item) => item.label),
    }));
    expect(passages).toContainEqual({
      words: 'a CNN crew in Minsk estimated',
      labels: [
        'Ссылка на источник (оценка CNN) — Цифра: around 50,000 (численность акций), по состоянию на 16 августа 2020 г.',
      ],
    });
    expect(passages).toContainEqual({
      words: 'according to state news agency Belta',
      labels: ['Передача (через Belta) — Цитата: Alexander Lukashenko, 17 августа 2020 г.'],
    });
    const belarusian = getSourceAnnotations(dataset, 'reuters-2020-08-16', testWording('be'));
    expect(belarusian.flatMap((passage) => passage.items.map((item) => item.label))).toContain(
      'Падзея: March on Independence Square, 16 жніўня 2020 г.',
    );
  });

  it('merges items that cite the very same characters into one passage', () => {
    const evidence = evidenceFor('reuters-2020-08-16', 'Tens of thousands of people');
    const withTwin = {
      ...dataset,
      events: [...dataset.events, { ...dataset.events[0]!, id: 'twin', evidence: [evidence] }],
    };
    const passage = getSourceAnnotations(withTwin, 'reuters-2020-08-16', english)[0];
    expect(passage?.items.map((item) => `${item.kind}:${item.id}`)).toEqual(['event:twin', 'figure:marchers-minsk']);
  });
});

const covering = (segments: { start: number; end: number }[]) => segments.map((s) => `${s.start}-${s.end}`).join(' ');

describe('segmentSourceText', () => {
  const outer: Annotation = { start: 10, end: 30, items: [] };
  const inner: Annotation = { start: 15, end: 20, items: [] };

  it('keeps the selected span whole even when passages overlap it', () => {
    const segments = segmentSourceText(40, [outer, inner], { start: 12, end: 18 });
    const marked = segments.filter((segment) => segment.selected);
    expect(marked).toEqual([{ start: 12, end: 18, selected: true, annotation: null }]);
    expect(covering(segments)).toBe('0-10 10-12 12-18 18-20 20-30 30-40');
  });

  it('gives a run covered by two passages to the shorter one', () => {
    const segments = segmentSourceText(40, [outer, inner], null);
    expect(segments.map((s) => [s.start, s.end, s.annotation])).toEqual([
      [0, 10, null],
      [10, 15, outer],
      [15, 20, inner],
      [20, 30, outer],
      [30, 40, null],
    ]);
  });

  it('links the selection to the passage with exactly its offsets', () => {
    const [, selected] = segmentSourceText(40, [outer], { start: 10, end: 30 });
    expect(selected).toEqual({ start: 10, end: 30, selected: true, annotation: outer });
  });

  it('always tiles the whole text, in order, with no gaps or overlaps', () => {
    const span = (length: number) =>
      fc
        .tuple(fc.nat({ max: length + 5 }), fc.nat({ max: length + 5 }))
        .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(
        fc
          .nat({ max: 60 })
          .chain((length) =>
            fc.tuple(
              fc.constant(length),
              fc.array(span(length), { maxLength: 6 }),
              fc.option(span(length), { nil: null }),
            ),
          ),
        ([length, spans, selected]) => {
          const segments = segmentSourceText(
            length,
            spans.map((s) => ({ ...s, items: [] })),
            selected,
          );
          let cursor = 0;
          for (const segment of segments) {
            expect(segment.start).toBe(cursor);
            expect(segment.end).toBeGreaterThan(segment.start);
            cursor = segment.end;
          }
          expect(cursor).toBe(length);
          expect(segments.filter((s) => s.selected).length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('segmentExcerpts', () => {
  // "Alpha beta.\n\nGamma delta.\n\nEpsilon zeta." with its middle paragraph left out.
  const excerpts = [
    { start: 0, end: 13, text: 'Alpha beta.\n\n' },
    { start: 27, end: 40, text: 'Epsilon zeta.' },
  ];
  const cited: Annotation = { start: 35, end: 39, items: [] };

  it('draws each kept part with its own runs and nothing of the paragraph left out', () => {
    const parts = segmentExcerpts(excerpts, [cited], { start: 35, end: 39 });
    expect(parts.map((part) => part.segments.map(({ start, end }) => [start, end]))).toEqual([
      [[0, 13]],
      [
        [27, 35],
        [35, 39],
        [39, 40],
      ],
    ]);
    const marked = parts[1]!.segments.find((segment) => segment.selected)!;
    expect(parts[1]!.text.slice(marked.start - 27, marked.end - 27)).toBe('zeta');
  });

  it('draws an article kept whole as one part', () => {
    const whole = [{ start: 0, end: 11, text: 'Alpha beta.' }];
    expect(segmentExcerpts(whole, [], null)).toEqual([
      { ...whole[0], segments: [{ start: 0, end: 11, selected: false, annotation: null }] },
    ]);
  });
});
