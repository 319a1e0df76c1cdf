import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetSchema } from '../../src/data/schema';
import { createRandom, indexBaseText, loadBaseTexts, synthesizeDataset } from './synth-dataset';

const baseTexts = loadBaseTexts(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'sources'));

describe('synthesizeDataset', () => {
  it('passes the app runtime validation, references and evidence offsets included', () => {
    const dataset = synthesizeDataset({ events: 3000, seed: 7 }, baseTexts);
    const result = datasetSchema.safeParse(dataset);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('makes exactly as many records as asked for', () => {
    const dataset = synthesizeDataset(
      { events: 1234, sources: 17, actors: 33, places: 70, quotes: 45, figures: 12, seed: 1 },
      baseTexts,
    );
    expect(dataset.events).toHaveLength(1234);
    expect(dataset.sources).toHaveLength(17);
    expect(dataset.actors).toHaveLength(33);
    expect(dataset.places).toHaveLength(70);
    expect(dataset.quotes).toHaveLength(45);
    expect(dataset.figures).toHaveLength(12);
  });

  it('gives the same dataset for the same seed and a different one for another seed', () => {
    const first = synthesizeDataset({ events: 500, seed: 42 }, baseTexts);
    expect(synthesizeDataset({ events: 500, seed: 42 }, baseTexts)).toEqual(first);
    expect(synthesizeDataset({ events: 500, seed: 43 }, baseTexts).events).not.toEqual(first.events);
  });

  it('uses the real article texts and spreads events over months in date order', () => {
    const dataset = synthesizeDataset({ events: 5000, seed: 3 }, baseTexts);
    const realTexts = new Set(baseTexts.map((base) => base.text));
    expect(dataset.sources.every((source) => realTexts.has(source.text))).toBe(true);
    const months = new Set(dataset.events.map((event) => event.date.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(6);
    const dates = dataset.events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('quotes words that stand between quotation marks in the article', () => {
    const dataset = synthesizeDataset({ events: 400, seed: 5 }, baseTexts);
    const texts = new Map(dataset.sources.map((source) => [source.id, source.text]));
    for (const quote of dataset.quotes) {
      const [evidence] = quote.evidence;
      const text = texts.get(evidence?.sourceId ?? '') ?? '';
      expect(text[(evidence?.start ?? 0) - 1]).toBe('“');
      expect(quote.text).toBe(evidence?.exact);
    }
  });
});

describe('indexBaseText', () => {
  it('finds clauses, quoted words and reported amounts at their real offsets', () => {
    const text = 'Police detained more than 6,700 people, officials said. “We will not leave,” she said.';
    const base = indexBaseText(text);
    const slices = (spans: { start: number; end: number }[]) => spans.map((span) => text.slice(span.start, span.end));
    expect(slices(base.amounts)).toEqual(['more than 6,700']);
    expect(slices(base.quotes)).toEqual(['We will not leave']);
    expect(slices(base.clauses)).toContain('Police detained more than 6,700 people');
  });
});

describe('createRandom', () => {
  it('stays within [0, 1) and repeats for a seed', () => {
    const draws = Array.from({ length: 1000 }, createRandom(9));
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(Array.from({ length: 1000 }, createRandom(9))).toEqual(draws);
  });
});
