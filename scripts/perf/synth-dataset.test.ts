/**
 * The synthetic dataset generator. Its output for a seed is pinned by synth-dataset.golden.json beside this file:
 * the dataset `npm run synth` writes for a small fixed article, so a bench result can be rerun on the same data on
 * another day or machine. After a deliberate change to the generator, rewrite the file and review its diff:
 *
 *     UPDATE_GOLDEN=1 npx vitest run scripts/perf/synth-dataset.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDatasetLines } from '../../src/data/dataset-lines';
import { datasetSchema } from '../../src/data/schema';
import { createRandom, indexBaseText, loadBaseTexts, synthesizeDataset } from './synth-dataset';

const here = dirname(fileURLToPath(import.meta.url));
const baseTexts = loadBaseTexts(join(here, '..', '..', 'data', 'sources'));

// Not the real articles, so that adding an article does not change the golden output.
const GOLDEN_ARTICLE = [
  'Police detained more than 6,700 people across the country, the Interior Ministry said on Monday.',
  '',
  '“We will not go back to the old life,” a striking worker told reporters outside the tractor works.',
  '',
  'Tens of thousands of people marched through the capital on Sunday, chanting “Leave now, leave today”.',
  '',
].join('\n');

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

  it('makes the towns asked for: places of their own in Belarus, each drawn where no city hides it', () => {
    const dataset = synthesizeDataset({ events: 2000, places: 300, towns: 200, seed: 4 }, baseTexts);
    const towns = dataset.places.filter((place) => place.kind === 'city' && place.parentId === null);
    expect(towns).toHaveLength(200);
    expect(dataset.places).toHaveLength(300);
    expect(dataset.places.filter((place) => place.kind === 'site').length).toBeGreaterThan(0);
    for (const town of towns) {
      expect(town.lat).toBeGreaterThanOrEqual(51.3);
      expect(town.lat).toBeLessThanOrEqual(56.1);
      expect(town.lon).toBeGreaterThanOrEqual(23.3);
      expect(town.lon).toBeLessThanOrEqual(32.7);
    }
    const placed = new Set(dataset.events.map((event) => event.placeId));
    expect(towns.some((town) => placed.has(town.id))).toBe(true);
    const result = datasetSchema.safeParse(dataset);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('writes the committed golden dataset for its seed', () => {
    const options = { events: 12, seed: 42, sources: 3, actors: 17, places: 44, quotes: 3, figures: 2 };
    const written = formatDatasetLines(synthesizeDataset(options, [indexBaseText(GOLDEN_ARTICLE)]));
    const golden = join(here, 'synth-dataset.golden.json');
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, written);
    if (!existsSync(golden)) throw new Error(`${golden} is missing: run with UPDATE_GOLDEN=1 to write it`);
    expect(written).toBe(readFileSync(golden, 'utf8'));
  });

  it('gives a different dataset for another seed', () => {
    const events = (seed: number) => synthesizeDataset({ events: 500, seed }, baseTexts).events;
    expect(events(43)).not.toEqual(events(42));
  });

  it('uses the real article texts and spreads events over months in date order', () => {
    const dataset = synthesizeDataset({ events: 5000, seed: 3 }, baseTexts);
    const realTexts = new Set(baseTexts.map((base) => base.text));
    expect(dataset.sources.every((source) => realTexts.has(source.text))).toBe(true);
    const months = new Set(dataset.events.map((event) => (event.date ?? event.reported).slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(6);
    const dates = dataset.events.map((event) => event.date ?? event.reported);
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
  it('draws mulberry32’s sequence for a seed', () => {
    // From an independent implementation of mulberry32 (seed 9), so a change to the generator cannot go unseen.
    const random = createRandom(9);
    expect([random(), random(), random(), random()]).toEqual([
      0.19872891809791327, 0.8512107962742448, 0.1417661067098379, 0.8216717173345387,
    ]);
  });

  it('stays within [0, 1)', () => {
    const draws = Array.from({ length: 1000 }, createRandom(9));
    expect(draws.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
