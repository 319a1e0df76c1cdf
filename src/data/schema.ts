/**
 * The dataset contract: one zod schema used by the data build, the app's runtime validation and the
 * tests, and exported as JSON Schema (public/data/dataset.schema.json). zod/mini keeps it out of the
 * embeds' bundle budget; the API differs from full zod only in spelling (checks instead of methods).
 */
import * as z from 'zod/mini';
import { idPattern } from './ids';
import { DATE_RANGE_TEXT, isWithinDateRange } from './iso-date';
import { ProblemList } from './problem-list';
import { excerptProblem, sliceSource } from './source-text';
import { metrics } from './metrics';

// The page's Content-Security-Policy forbids eval. Without this, zod probes `new Function` while building the
// object schemas below (so it must come first), and the blocked probe is reported as a CSP violation.
z.config({ jitless: true });

export const SCHEMA_VERSION = 3;

/** Readable, URL-safe ids such as `lukashenko` or `minsk`: embeds and shared links depend on them. */
export const idSchema = z.string().check(z.regex(idPattern, 'must be a lowercase slug like "minsk"'));

/** A real calendar day, YYYY-MM-DD, within the range of `iso-date.ts` (a malformed date is reported as such only). */
export const isoDateSchema = z.iso.date().check(
  z.refine(isWithinDateRange, {
    error: `must be ${DATE_RANGE_TEXT}`,
    when: (payload) => payload.issues.length === 0,
  }),
);

const offset = z.int().check(z.minimum(0));

/** W3C Web Annotation TextPositionSelector + TextQuoteSelector, in one object. */
const evidenceSchema = z.object({
  sourceId: idSchema,
  start: offset,
  end: offset,
  exact: z.string().check(z.minLength(1)),
  prefix: z.string(),
  suffix: z.string(),
});

/** How a date was derived: from a phrase in an article, resolved against its publication date. */
const dateBasisSchema = z.object({
  sourceId: idSchema,
  /** The words as they stand in the article ("on Monday"); null when the date is the publication date. */
  expression: z.nullable(z.string()),
});

/** What a newsroom may do with an article: republish it whole, or quote only the paragraphs that hold evidence. */
export const sourceRights = ['full', 'excerpts'] as const;

const sourceSchema = z.object({
  id: idSchema,
  published: isoDateSchema,
  outlet: z.nullable(z.string()),
  headline: z.nullable(z.string()),
  /** The original article, where known; only http(s), since the app links to it. */
  url: z.nullable(z.url({ protocol: /^https?$/, error: 'must be an http(s) address' })),
  rights: z.enum(sourceRights),
  /** The kept ranges' words, one after another: the whole article when `rights` is `full`. */
  text: z.string(),
  /** The kept ranges, as offsets into the original article (source-text.ts reads through them). */
  excerpts: z.array(z.object({ start: offset, end: offset })),
});

/** The languages an editor may name an actor or place in, besides the articles' English. */
export const editorNameLanguages = ['be', 'ru'] as const;

/**
 * Names an editor supplies per language (`Лукашэнка`, `Лукашенко`): how a Belarusian or Russian newsroom writes the
 * name. Never article evidence: the articles' own spellings are `name` and `aliases`.
 */
const editorNamesSchema = z.optional(
  z.object({
    be: z.optional(z.string().check(z.minLength(1))),
    ru: z.optional(z.string().check(z.minLength(1))),
  }),
);

export const actorKinds = ['person', 'organisation', 'state', 'group'] as const;
/** How the actor panel groups actors. */
export const actorSides = ['authorities', 'opposition', 'foreign', 'other'] as const;

const actorSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1)),
  aliases: z.array(z.string()),
  kind: z.enum(actorKinds),
  side: z.enum(actorSides),
  description: z.string(),
  names: editorNamesSchema,
});

export const placeKinds = ['city', 'country', 'site', 'region'] as const;

const placeSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1)),
  kind: z.enum(placeKinds),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  /** The place this one lies in (Independence Square → Minsk → Belarus), so a filter on Minsk includes its sites. */
  parentId: z.nullable(idSchema),
  names: editorNamesSchema,
});

export const eventTypes = [
  'election',
  'detention',
  'release',
  'strike',
  'walkout',
  'rally',
  'protest',
  'clash',
  'statement',
  'accusation',
  'call',
  'plan',
  'support',
  'diplomatic-move',
  'phone-call',
  'meeting',
  'exile',
] as const;

/**
 * How an item's claim stands: `estimate` (a number someone estimated), `report` (a third party reports it),
 * `statement` (the actor concerned says so), `claim` (asserted by a party, unconfirmed or contested).
 */
export const attributionKinds = ['estimate', 'report', 'statement', 'claim'] as const;

/** Who asserts an event or figure the article does not state in its own voice, and the words that say so. */
const attributionSchema = z.nullable(
  z.object({
    /** null for the outlet's own reporting or its journalists ("CNN crew … estimated"). */
    actorId: z.nullable(idSchema),
    kind: z.enum(attributionKinds),
    evidence: evidenceSchema,
  }),
);

/** The channel an article relays a statement through (a news agency, media footage), and its relaying words. */
const viaSchema = z.nullable(z.object({ actorId: idSchema, evidence: evidenceSchema }));

/** The fields each kind of item may carry a value the editor read between the lines for. */
export const inferableFields = {
  events: ['placeId', 'date', 'actorIds'],
  quotes: ['placeId', 'date', 'actorId'],
  figures: ['placeId', 'asOf'],
} as const;

/** A value the article does not state, with the sentence that says what it was read from. */
const inferredSchema = <const F extends readonly [string, ...string[]]>(fields: F) =>
  z.array(z.object({ field: z.enum(fields), note: z.string().check(z.minLength(1)) }));

/** The earliest publication date among the sources of the item's evidence: when it was first reported. */
const reportedSchema = isoDateSchema;

const eventSchema = z.object({
  id: idSchema,
  /** When it happened; null where the articles give no date (then `reported` places it). */
  date: z.nullable(isoDateSchema),
  dateBasis: z.nullable(dateBasisSchema),
  reported: reportedSchema,
  type: z.enum(eventTypes),
  title: z.string().check(z.minLength(1)),
  placeId: z.nullable(idSchema),
  actorIds: z.array(idSchema),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  attribution: attributionSchema,
  inferred: inferredSchema(inferableFields.events),
  /** Events that other sources report differently (another day, another count); both are kept. */
  disputedBy: z.array(idSchema),
  /** Key moments (election day, the ultimatum, the national strike) drawn as labelled markers on the timeline. */
  milestone: z.boolean(),
});

export const media = ['statement', 'tweet', 'video', 'tv', 'telegram', 'speech', 'chant', 'interview'] as const;

const quoteSchema = z.object({
  id: idSchema,
  actorId: idSchema,
  text: z.string().check(z.minLength(1)),
  date: z.nullable(isoDateSchema),
  dateBasis: z.nullable(dateBasisSchema),
  reported: reportedSchema,
  placeId: z.nullable(idSchema),
  medium: z.nullable(z.enum(media)),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  via: viaSchema,
  inferred: inferredSchema(inferableFields.quotes),
  /** Quotes that assert the opposite; both sides list each other. */
  disputedBy: z.array(idSchema),
});

export { metrics };

const figureSchema = z.object({
  id: idSchema,
  metric: z.enum(metrics),
  /** The number as reported; null for vague amounts ("thousands", "scores"), never an invented value. */
  value: z.nullable(z.number()),
  low: z.nullable(z.number()),
  high: z.nullable(z.number()),
  /** As written: "more than", "around", "at least", "thousands". */
  qualifier: z.nullable(z.string()),
  /** The figure as a reader should see it, in the article's words: "more than 6,700". */
  label: z.string().check(z.minLength(1)),
  /** The day the count was true; null where the article gives none (then `reported` places it). */
  asOf: z.nullable(isoDateSchema),
  dateBasis: z.nullable(dateBasisSchema),
  reported: reportedSchema,
  placeId: z.nullable(idSchema),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  attribution: attributionSchema,
  inferred: inferredSchema(inferableFields.figures),
  disputedBy: z.array(idSchema),
});

/** The dataset's collections, in file order; the loader checks each as its records arrive. */
export const collectionSchemas = {
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  places: z.array(placeSchema),
  events: z.array(eventSchema),
  quotes: z.array(quoteSchema),
  figures: z.array(figureSchema),
};

export const schemaVersionSchema = z.literal(SCHEMA_VERSION);

const datasetShape = z.object({ schemaVersion: schemaVersionSchema, ...collectionSchemas });

export type Evidence = z.infer<typeof evidenceSchema>;
export type DateBasis = z.infer<typeof dateBasisSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorSide = Actor['side'];
export type Place = z.infer<typeof placeSchema>;
export type EditorNames = NonNullable<Actor['names']>;
export type EditorNameLanguage = (typeof editorNameLanguages)[number];
export type DatasetEvent = z.infer<typeof eventSchema>;
export type EventType = DatasetEvent['type'];
export type Quote = z.infer<typeof quoteSchema>;
export type Medium = NonNullable<Quote['medium']>;
export type Figure = z.infer<typeof figureSchema>;
export type Metric = Figure['metric'];
export type Attribution = NonNullable<DatasetEvent['attribution']>;
export type AttributionKind = Attribution['kind'];
export type Relay = NonNullable<Quote['via']>;
export type Inference = DatasetEvent['inferred'][number] | Quote['inferred'][number] | Figure['inferred'][number];
export type Dataset = z.infer<typeof datasetShape>;

export interface IntegrityProblem {
  path: (string | number)[];
  message: string;
}

type Path = (string | number)[];
type Collection = 'sources' | 'actors' | 'places' | 'events' | 'quotes' | 'figures';
/** What events, quotes and figures share for the checks below. */
interface Item {
  id: string;
  evidence: Evidence[];
  reported: string;
  disputedBy: string[];
}

/**
 * Problems a well-shaped dataset can still have: duplicate ids, references to nothing, kept ranges that do not fit
 * their text, evidence whose offsets do not select its exact words (inside one kept range), attributions and relays outside the item's articles, one-sided disputes, and a
 * `reported` date that is not when the item was first published. The build refuses them; so does the app.
 * Lists the first problems and counts the rest (`ProblemList`). The app's reader applies the same rules as records
 * pass (`integrity-screen.ts`): a rule added here goes there too, and `integrity-screen.test.ts` compares the two.
 */
export function findIntegrityProblems(dataset: Dataset): ProblemList<IntegrityProblem> {
  const problems = new ProblemList<IntegrityProblem>();
  const check = integrityChecks(dataset, problems);
  dataset.places.forEach((place, index) => check.refer(['places', index, 'parentId'], 'places', place.parentId));
  dataset.events.forEach((event, index) => {
    const path = ['events', index];
    check.refer([...path, 'placeId'], 'places', event.placeId);
    event.actorIds.forEach((actorId, i) => check.refer([...path, 'actorIds', i], 'actors', actorId));
    check.dating(path, 'date', event.date, event.dateBasis);
    check.item(path, event);
    check.claimant([...path, 'attribution'], event.attribution, event.evidence);
  });
  dataset.quotes.forEach((quote, index) => {
    const path = ['quotes', index];
    check.refer([...path, 'actorId'], 'actors', quote.actorId);
    check.refer([...path, 'placeId'], 'places', quote.placeId);
    check.dating(path, 'date', quote.date, quote.dateBasis);
    check.item(path, quote);
    check.claimant([...path, 'via'], quote.via, quote.evidence);
  });
  dataset.figures.forEach((figure, index) => {
    const path = ['figures', index];
    check.refer([...path, 'placeId'], 'places', figure.placeId);
    check.dating(path, 'asOf', figure.asOf, figure.dateBasis);
    check.item(path, figure);
    check.claimant([...path, 'attribution'], figure.attribution, figure.evidence);
  });
  check.disputes('events', dataset.events);
  check.disputes('quotes', dataset.quotes);
  check.disputes('figures', dataset.figures);
  return problems;
}

/** The checks of `findIntegrityProblems`, over the dataset's ids and sources, reporting into `problems`. */
function integrityChecks(dataset: Dataset, problems: ProblemList<IntegrityProblem>) {
  const ids = collectIds(dataset, problems);
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const refer = (path: Path, collection: Collection, id: string | null) => {
    if (id !== null && !ids.get(collection)?.has(id)) {
      problems.add({ path, message: `refers to unknown ${collection.slice(0, -1)} "${id}"` });
    }
  };
  dataset.sources.forEach((source, index) => {
    const problem = excerptProblem(source);
    if (problem !== null) problems.add({ path: ['sources', index, 'excerpts'], message: problem });
  });
  const evidence = (path: Path, item: Evidence) => {
    const source = sources.get(item.sourceId);
    if (source === undefined) refer([...path, 'sourceId'], 'sources', item.sourceId);
    else if (!evidenceSelects(source, item)) {
      const where = sliceSource(source, item.start, item.end) === null ? ' (not inside one kept range)' : '';
      problems.add({
        path,
        message: `offsets ${item.start}-${item.end} do not select "${item.exact}" in source "${item.sourceId}"${where}`,
      });
    }
  };
  return {
    refer,
    dating: (path: Path, field: string, date: string | null, basis: DateBasis | null) => {
      if ((date === null) !== (basis === null))
        problems.add({ path: [...path, 'dateBasis'], message: `must be null exactly when ${field} is null` });
      if (basis) refer([...path, 'dateBasis', 'sourceId'], 'sources', basis.sourceId);
    },
    item: (path: Path, item: Item) => {
      item.evidence.forEach((piece, index) => evidence([...path, 'evidence', index], piece));
      // An unknown source is reported above, as a reference to nothing.
      const earliest = earliestPublished(sources, item.evidence);
      if (earliest !== undefined && item.reported !== earliest)
        problems.add({
          path: [...path, 'reported'],
          message: `${item.reported} is not the earliest publication date of its evidence's sources (${earliest})`,
        });
    },
    claimant: (path: Path, claimant: { actorId: string | null; evidence: Evidence } | null, cited: Evidence[]) => {
      if (claimant === null) return;
      refer([...path, 'actorId'], 'actors', claimant.actorId);
      evidence([...path, 'evidence'], claimant.evidence);
      if (!cited.some((piece) => piece.sourceId === claimant.evidence.sourceId))
        problems.add({
          path: [...path, 'evidence', 'sourceId'],
          message: `source "${claimant.evidence.sourceId}" is not among the item's evidence`,
        });
    },
    disputes: (collection: 'events' | 'quotes' | 'figures', items: readonly Item[]) => {
      const byId = new Map(items.map((item) => [item.id, item]));
      items.forEach((item, index) =>
        item.disputedBy.forEach((id, i) => {
          const other = byId.get(id);
          const path = [collection, index, 'disputedBy', i];
          if (!other) refer(path, collection, id);
          else if (!other.disputedBy.includes(item.id))
            problems.add({ path, message: `"${id}" does not list "${item.id}" in its disputedBy` });
        }),
      );
    },
  };
}

/** Whether the evidence's offsets select its exact words, inside one kept range of its source. */
export function evidenceSelects(source: Source, piece: Evidence): boolean {
  return piece.end > piece.start && sliceSource(source, piece.start, piece.end) === piece.exact;
}

/**
 * The earliest publication date among the evidence's sources, when the item was first reported; undefined while one
 * of them is unknown.
 */
export function earliestPublished(
  sources: ReadonlyMap<string, Pick<Source, 'published'>>,
  evidence: readonly Evidence[],
): string | undefined {
  let earliest: string | undefined;
  for (const piece of evidence) {
    const published = sources.get(piece.sourceId)?.published;
    if (published === undefined) return undefined;
    if (earliest === undefined || published < earliest) earliest = published;
  }
  return earliest;
}

/** Every collection's ids, reporting each one used twice. */
function collectIds(dataset: Dataset, problems: ProblemList<IntegrityProblem>): Map<Collection, Set<string>> {
  const ids = new Map<Collection, Set<string>>();
  for (const name of ['sources', 'actors', 'places', 'events', 'quotes', 'figures'] as const) {
    const seen = new Set<string>();
    dataset[name].forEach((item, index) => {
      if (seen.has(item.id)) problems.add({ path: [name, index, 'id'], message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
    ids.set(name, seen);
  }
  return ids;
}

/**
 * The whole contract: shape first, then integrity, each problem reported with its path. Integrity is checked only
 * on a well-shaped dataset, as the record-by-record check does (dataset-validation.ts): a malformed value (a date
 * "someday") would otherwise also be reported as what it breaks, and the two checks would disagree.
 */
export const datasetSchema = datasetShape.check(
  z.superRefine(
    (dataset, context) => {
      const found = findIntegrityProblems(dataset);
      for (const problem of found.listed) {
        context.issues.push({ code: 'custom', message: problem.message, path: problem.path, input: dataset });
      }
      if (found.more > 0)
        context.issues.push({ code: 'custom', message: `and ${found.more} more problems`, path: [], input: dataset });
    },
    { when: (payload) => payload.issues.length === 0 },
  ),
);
