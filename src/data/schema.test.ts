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
    expect(findIntegrityProblems(broken).listed).toEqual([
      { path: ['figures', 0, 'evidence', 0], message: expect.stringContaining('do not select') },
    ]);
  });

  it('rejects a reported date that is not the earliest publication date of the item’s sources', () => {
    const broken = copy();
    const event = broken.events.find((item) => item.date === null);
    if (!event) throw new Error('the dataset has undated events');
    const index = broken.events.indexOf(event);
    const earliest = event.reported;
    event.reported = '2020-08-09';
    expect(findIntegrityProblems(broken).listed).toEqual([
      {
        path: ['events', index, 'reported'],
        message: `2020-08-09 is not the earliest publication date of its evidence's sources (${earliest})`,
      },
    ]);
  });

  it('rejects a dispute only one side lists', () => {
    const broken = copy();
    const index = broken.quotes.findIndex((quote) => quote.disputedBy.length > 0);
    const quote = broken.quotes[index];
    const other = broken.quotes.find((item) => item.id === quote?.disputedBy[0]);
    if (!quote || !other) throw new Error('the dataset has disputed quotes');
    other.disputedBy = [];
    expect(findIntegrityProblems(broken).listed).toEqual([
      {
        path: ['quotes', index, 'disputedBy', 0],
        message: `"${other.id}" does not list "${quote.id}" in its disputedBy`,
      },
    ]);
  });

  it('rejects an attribution or relay to an unknown actor, or in an article the item does not cite', () => {
    const broken = copy();
    const eventIndex = broken.events.findIndex((event) => event.attribution?.actorId);
    const quoteIndex = broken.quotes.findIndex((quote) => quote.via !== null);
    const attribution = broken.events[eventIndex]?.attribution;
    const via = broken.quotes[quoteIndex]?.via;
    if (!attribution || !via) throw new Error('the dataset has attributions and relays');
    attribution.actorId = 'nobody';
    const elsewhere = broken.sources.find((source) => source.id !== via.evidence.sourceId)!;
    via.evidence = { ...via.evidence, sourceId: elsewhere.id };
    expect(findIntegrityProblems(broken).listed).toEqual(
      expect.arrayContaining([
        { path: ['events', eventIndex, 'attribution', 'actorId'], message: 'refers to unknown actor "nobody"' },
        {
          path: ['quotes', quoteIndex, 'via', 'evidence', 'sourceId'],
          message: `source "${elsewhere.id}" is not among the item's evidence`,
        },
      ]),
    );
  });

  it('rejects a date basis without a date', () => {
    const broken = copy();
    const index = broken.figures.findIndex((figure) => figure.asOf !== null);
    broken.figures[index]!.asOf = null;
    expect(findIntegrityProblems(broken).listed).toEqual([
      { path: ['figures', index, 'dateBasis'], message: 'must be null exactly when asOf is null' },
    ]);
  });

  it('rejects duplicate ids', () => {
    const broken = copy();
    const first = broken.actors[0];
    if (!first) throw new Error('the dataset has actors');
    broken.actors.push({ ...first });
    expect(findIntegrityProblems(broken).listed.map((problem) => problem.message)).toContain(
      `duplicate id "${first.id}"`,
    );
  });

  it('rejects a wrong shape with the field path', () => {
    const broken = copy() as unknown as { places: { lat: unknown }[] };
    if (broken.places[0]) broken.places[0].lat = 'north';
    const result = datasetSchema.safeParse(broken);
    expect(result.error?.issues[0]?.path).toEqual(['places', 0, 'lat']);
  });

  it('lists the first 100 broken references and ends with how many more there are', () => {
    const broken = copy();
    const [place] = broken.places;
    if (!place) throw new Error('the dataset has places');
    for (let index = 0; index < 250; index++)
      broken.places.push({ ...place, id: `lost-${index}`, parentId: 'nowhere' });
    const issues = datasetSchema.safeParse(broken).error?.issues ?? [];
    expect(issues).toHaveLength(101);
    expect(issues[0]?.message).toBe('refers to unknown place "nowhere"');
    expect(issues[100]).toMatchObject({ path: [], message: 'and 150 more problems' });
  });
});
