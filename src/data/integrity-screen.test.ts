import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIntegrityScreen } from './integrity-screen';
import { type Dataset, findIntegrityProblems } from './schema';

const committed = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const collections = ['sources', 'actors', 'places', 'events', 'quotes', 'figures'] as const;
type Item = Dataset['events'][number] | Dataset['quotes'][number] | Dataset['figures'][number];

/** Runs the screen over a dataset, a collection at a time in `order`, in runs of 7 records. */
function screen(dataset: Dataset, order: readonly (typeof collections)[number][] = collections): boolean {
  const screening = createIntegrityScreen();
  for (const name of order) {
    const records = dataset[name];
    for (let first = 0; first < records.length; first += 7) screening.add(name, records.slice(first, first + 7));
  }
  return screening.finish();
}

const nth = <T>(list: readonly T[], n: number): T => list[n % list.length]!;
const items = (dataset: Dataset, n: number): Item[] => nth([dataset.events, dataset.quotes, dataset.figures], n);

/** Changes an editor might make by mistake, or on purpose; some break a rule, some keep the dataset sound. */
const changes: Record<string, (dataset: Dataset, n: number) => void> = {
  'an id used twice': (dataset, n) => {
    const list = nth(collections, n);
    const records = dataset[list] as { id: string }[];
    records.push({ ...nth(records, n) });
  },
  'a reference to nothing': (dataset, n) => {
    const pick = n % 6;
    if (pick === 0) nth(dataset.places, n).parentId = 'nowhere';
    if (pick === 1) nth(dataset.events, n).placeId = 'nowhere';
    if (pick === 2) nth(dataset.events, n).actorIds.push('nobody');
    if (pick === 3) nth(dataset.quotes, n).actorId = 'nobody';
    if (pick === 4) nth(items(dataset, n), n).disputedBy.push('nothing');
    if (pick === 5) {
      const dated = items(dataset, n).find((item) => item.dateBasis !== null);
      if (dated?.dateBasis) dated.dateBasis.sourceId = 'no-source';
    }
  },
  'a reference to another record': (dataset, n) => {
    nth(dataset.events, n).placeId = nth(dataset.places, n + 1).id;
    nth(dataset.quotes, n).actorId = nth(dataset.actors, n + 2).id;
  },
  'evidence offsets moved': (dataset, n) => {
    const evidence = nth(items(dataset, n), n).evidence[0]!;
    if (n % 2 === 0) evidence.start += 1;
    else evidence.end -= 1;
  },
  'evidence in another article': (dataset, n) => {
    nth(items(dataset, n), n).evidence[0]!.sourceId = nth(dataset.sources, n).id;
  },
  'evidence in an article missing from the file': (dataset, n) => {
    nth(items(dataset, n), n).evidence[0]!.sourceId = 'no-source';
  },
  'a reported date changed': (dataset, n) => {
    nth(items(dataset, n), n).reported = nth(dataset.sources, n).published;
  },
  'an article’s date changed': (dataset, n) => {
    nth(dataset.sources, n).published = '2020-08-01';
  },
  'an article’s kept range changed': (dataset, n) => {
    const range = nth(dataset.sources, n).excerpts[0];
    if (range) range.end += 1;
  },
  'a date without its basis, or a basis without its date': (dataset, n) => {
    const item = nth(items(dataset, n), n);
    if ('asOf' in item) item.asOf = null;
    else item.date = null;
  },
  'a claimant in an article the item does not cite': (dataset, n) => {
    const claimant = dataset.events.find((event) => event.attribution)?.attribution;
    if (claimant) claimant.evidence = { ...claimant.evidence, sourceId: nth(dataset.sources, n).id };
  },
  'a dispute one side drops': (dataset, n) => {
    const disputed = items(dataset, n).filter((item) => item.disputedBy.length > 0);
    if (disputed.length > 0) nth(disputed, n).disputedBy = [];
  },
  'a new dispute both sides list': (dataset, n) => {
    const list = items(dataset, n);
    const [one, other] = [nth(list, n), nth(list, n + 1)];
    if (one === other || one.disputedBy.includes(other.id)) return;
    one.disputedBy.push(other.id);
    other.disputedBy.push(one.id);
  },
};

describe('the integrity screen', () => {
  it('passes the committed dataset, whatever order its collections come in', () => {
    expect(screen(committed)).toBe(true);
    expect(screen(committed, [...collections].reverse())).toBe(true);
  });

  it('agrees with findIntegrityProblems on datasets changed in up to three ways, in any collection order', () => {
    const outcomes = new Set<boolean>();
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(changes)), fc.nat(1000)), { maxLength: 3 }),
        fc.shuffledSubarray([...collections], { minLength: collections.length }),
        (made, order) => {
          const dataset = structuredClone(committed);
          for (const [change, n] of made) changes[change]!(dataset, n);
          const sound = findIntegrityProblems(dataset).count === 0;
          outcomes.add(sound);
          expect(screen(dataset, order)).toBe(sound);
        },
      ),
      { numRuns: 400 },
    );
    // Both answers came up, so the agreement means something.
    expect([...outcomes].sort()).toEqual([false, true]);
  });

  it.each(Object.keys(changes).filter((change) => !change.includes('another record') && !change.includes('both')))(
    'refuses %s',
    (change) => {
      const dataset = structuredClone(committed);
      changes[change]!(dataset, 3);
      expect(findIntegrityProblems(dataset).count).toBeGreaterThan(0);
      expect(screen(dataset)).toBe(false);
    },
  );
});
