import type { Dataset } from '../../src/data/schema';
import { datasetSchema, SCHEMA_VERSION } from '../../src/data/schema';
import type { QuotedPassageCounts } from './completeness';
import type { Problem } from './problems';
import type { SentenceCounts } from './sentences';

/** How the articles' quoted passages and sentences were accounted for. */
export type CoverageCounts = QuotedPassageCounts & SentenceCounts;

export interface BuildStats extends CoverageCounts {
  sources: number;
  actors: number;
  places: number;
  events: number;
  quotes: number;
  figures: number;
  evidence: number;
}

/** On failure: the first problems found, and how many more there are. */
export type BuildResult =
  { ok: true; dataset: Dataset; stats: BuildStats } | { ok: false; problems: Problem[]; more: number };

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDateThenId =
  <T extends { id: string }>(date: (item: T) => string) =>
  (a: T, b: T) => {
    const [da, db] = [date(a), date(b)];
    return da < db ? -1 : da > db ? 1 : byId(a, b);
  };

/**
 * The published dataset from verified collections: every array in a fixed order, so the same input writes the
 * same bytes, and checked against the published contract, so the build can never write what the app would refuse.
 */
export function deriveDataset(collections: Omit<Dataset, 'schemaVersion'>, coverage: CoverageCounts): BuildResult {
  const { sources, actors, places, events, quotes, figures } = collections;
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    sources: [...sources].sort(byDateThenId((source) => source.published)),
    actors: [...actors].sort(byId),
    places: [...places].sort(byId),
    // Items the articles do not date stand at the day they were first reported.
    events: [...events].sort(byDateThenId((event) => event.date ?? event.reported)),
    quotes: [...quotes].sort(byDateThenId((quote) => quote.date ?? quote.reported)),
    figures: [...figures].sort(byDateThenId((figure) => figure.asOf ?? figure.reported)),
  };
  const verified = datasetSchema.safeParse(dataset);
  if (!verified.success) {
    return {
      ok: false,
      problems: verified.error.issues.map((issue) => ({
        file: 'public/data/dataset.json',
        entry: issue.path.join('.'),
        reason: issue.message,
      })),
      more: 0,
    };
  }
  return { ok: true, dataset, stats: countRecords(dataset, coverage) };
}

/** What the build reports it wrote, counted in the dataset itself. */
function countRecords(dataset: Dataset, coverage: CoverageCounts): BuildStats {
  const withEvidence = [...dataset.events, ...dataset.quotes, ...dataset.figures];
  return {
    sources: dataset.sources.length,
    actors: dataset.actors.length,
    places: dataset.places.length,
    events: dataset.events.length,
    quotes: dataset.quotes.length,
    figures: dataset.figures.length,
    evidence: withEvidence.reduce((count, item) => count + item.evidence.length, 0),
    ...coverage,
  };
}
