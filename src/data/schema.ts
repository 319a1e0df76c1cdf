/**
 * The dataset contract: one zod schema used by the data build, the app's runtime validation and the
 * tests, and exported as JSON Schema (public/data/dataset.schema.json). zod/mini keeps it out of the
 * embeds' bundle budget; the API differs from full zod only in spelling (checks instead of methods).
 */
import * as z from 'zod/mini';
import { idPattern } from './ids';

// The page's Content-Security-Policy forbids eval. Without this, zod probes `new Function` while building the
// object schemas below (so it must come first), and the blocked probe is reported as a CSP violation.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

/** Readable, URL-safe ids such as `lukashenko` or `minsk`: embeds and shared links depend on them. */
export const idSchema = z.string().check(z.regex(idPattern, 'must be a lowercase slug like "minsk"'));

export const isoDateSchema = z.iso.date();

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

const sourceSchema = z.object({
  id: idSchema,
  published: isoDateSchema,
  outlet: z.nullable(z.string()),
  headline: z.nullable(z.string()),
  text: z.string(),
});

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
});

export const eventTypes = [
  'election',
  'detention',
  'strike',
  'walkout',
  'rally',
  'protest',
  'statement',
  'diplomatic-move',
  'phone-call',
  'meeting',
  'exile',
] as const;

const eventSchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  dateBasis: dateBasisSchema,
  type: z.enum(eventTypes),
  title: z.string().check(z.minLength(1)),
  placeId: z.nullable(idSchema),
  actorIds: z.array(idSchema),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
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
  placeId: z.nullable(idSchema),
  medium: z.nullable(z.enum(media)),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
});

export const metrics = ['detentions', 'crowd', 'deaths'] as const;

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
  asOf: isoDateSchema,
  dateBasis: dateBasisSchema,
  placeId: z.nullable(idSchema),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
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
export type DatasetEvent = z.infer<typeof eventSchema>;
export type EventType = DatasetEvent['type'];
export type Quote = z.infer<typeof quoteSchema>;
export type Medium = NonNullable<Quote['medium']>;
export type Figure = z.infer<typeof figureSchema>;
export type Metric = Figure['metric'];
export type Dataset = z.infer<typeof datasetShape>;

export interface IntegrityProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Problems a well-shaped dataset can still have: duplicate ids, references to nothing, and evidence
 * whose offsets do not select its exact words. The build refuses them; so does the app.
 */
export function findIntegrityProblems(dataset: Dataset): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const collections = ['sources', 'actors', 'places', 'events', 'quotes', 'figures'] as const;
  const ids = new Map<string, Set<string>>();
  for (const name of collections) {
    const seen = new Set<string>();
    dataset[name].forEach((item, index) => {
      if (seen.has(item.id)) problems.push({ path: [name, index, 'id'], message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
    ids.set(name, seen);
  }
  const texts = new Map(dataset.sources.map((source) => [source.id, source.text]));

  const refer = (path: (string | number)[], collection: (typeof collections)[number], id: string | null) => {
    if (id !== null && !ids.get(collection)?.has(id)) {
      problems.push({ path, message: `refers to unknown ${collection.slice(0, -1)} "${id}"` });
    }
  };
  const checkEvidence = (path: (string | number)[], evidence: Evidence[]) => {
    evidence.forEach((item, index) => {
      const text = texts.get(item.sourceId);
      if (text === undefined) {
        refer([...path, index, 'sourceId'], 'sources', item.sourceId);
      } else if (item.end <= item.start || text.slice(item.start, item.end) !== item.exact) {
        problems.push({
          path: [...path, index],
          message: `offsets ${item.start}-${item.end} do not select "${item.exact}" in source "${item.sourceId}"`,
        });
      }
    });
  };

  dataset.places.forEach((place, index) => refer(['places', index, 'parentId'], 'places', place.parentId));
  dataset.events.forEach((event, index) => {
    refer(['events', index, 'placeId'], 'places', event.placeId);
    event.actorIds.forEach((actorId, actorIndex) =>
      refer(['events', index, 'actorIds', actorIndex], 'actors', actorId),
    );
    event.disputedBy.forEach((id, i) => refer(['events', index, 'disputedBy', i], 'events', id));
    refer(['events', index, 'dateBasis', 'sourceId'], 'sources', event.dateBasis.sourceId);
    checkEvidence(['events', index, 'evidence'], event.evidence);
  });
  dataset.quotes.forEach((quote, index) => {
    refer(['quotes', index, 'actorId'], 'actors', quote.actorId);
    refer(['quotes', index, 'placeId'], 'places', quote.placeId);
    if (quote.dateBasis) refer(['quotes', index, 'dateBasis', 'sourceId'], 'sources', quote.dateBasis.sourceId);
    checkEvidence(['quotes', index, 'evidence'], quote.evidence);
  });
  dataset.figures.forEach((figure, index) => {
    refer(['figures', index, 'placeId'], 'places', figure.placeId);
    figure.disputedBy.forEach((id, i) => refer(['figures', index, 'disputedBy', i], 'figures', id));
    refer(['figures', index, 'dateBasis', 'sourceId'], 'sources', figure.dateBasis.sourceId);
    checkEvidence(['figures', index, 'evidence'], figure.evidence);
  });
  return problems;
}

/** The whole contract: shape first, then integrity, each problem reported with its path. */
export const datasetSchema = datasetShape.check(
  z.superRefine((dataset, context) => {
    for (const problem of findIntegrityProblems(dataset)) {
      context.issues.push({ code: 'custom', message: problem.message, path: problem.path, input: dataset });
    }
  }),
);
