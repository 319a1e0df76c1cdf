import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Dataset, datasetSchema, findIntegrityProblems } from './schema';

const committed = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const copy = (): Dataset => structuredClone(committed);

describe('datasetSchema', () => {
  it('accepts the committed dataset', () => {
    expect(datasetSchema.safeParse(committed).success).toBe(true);
  });

  it('rejects a well-shaped dataset with dangling references, listing each with its path', () => {
    const broken = copy();
    const [quote] = broken.quotes;
    const [event] = broken.events;
    if (!quote || !event) throw new Error('the dataset has quotes and events');
    quote.actorId = 'nobody';
    event.placeId = 'atlantis';
    const result = datasetSchema.safeParse(broken);
    expect(result.success).toBe(false);
    const listed = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(listed).toEqual(
      expect.arrayContaining([
        'quotes.0.actorId: refers to unknown actor "nobody"',
        'events.0.placeId: refers to unknown place "atlantis"',
      ]),
    );
  });

  it('rejects evidence whose offsets do not select its words', () => {
    const broken = copy();
    const evidence = broken.figures[0]?.evidence[0];
    if (!evidence) throw new Error('the dataset has figures with evidence');
    evidence.start += 1;
    expect(findIntegrityProblems(broken)).toEqual([
      { path: ['figures', 0, 'evidence', 0], message: expect.stringContaining('do not select') },
    ]);
  });

  it('rejects duplicate ids', () => {
    const broken = copy();
    const first = broken.actors[0];
    if (!first) throw new Error('the dataset has actors');
    broken.actors.push({ ...first });
    expect(findIntegrityProblems(broken).map((problem) => problem.message)).toContain(`duplicate id "${first.id}"`);
  });

  it('rejects a wrong shape with the field path', () => {
    const broken = copy() as unknown as { places: { lat: unknown }[] };
    if (broken.places[0]) broken.places[0].lat = 'north';
    const result = datasetSchema.safeParse(broken);
    expect(result.error?.issues[0]?.path).toEqual(['places', 0, 'lat']);
  });
});
