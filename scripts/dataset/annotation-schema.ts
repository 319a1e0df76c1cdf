/**
 * The shape of what editors write in data/sources.yaml and data/annotations/*.yaml. Full zod here (it runs in
 * Node only) for its readable messages; the published dataset's contract is src/data/schema.ts.
 */
import { z } from 'zod';
import { idPattern } from '../../src/data/ids';
import { DATE_RANGE_TEXT, isWithinDateRange } from '../../src/data/iso-date';
import {
  actorKinds,
  actorSides,
  attributionKinds,
  eventTypes,
  media,
  metrics,
  placeKinds,
  sourceRights,
} from '../../src/data/schema';

const id = z.string().regex(idPattern, 'must be a lowercase slug like "minsk"');
/** The published schema's dates (src/data/iso-date.ts): a real day, written YYYY-MM-DD, within its range. */
const isoDate = z.iso
  .date('must be a date written YYYY-MM-DD')
  .refine(isWithinDateRange, { error: `must be ${DATE_RANGE_TEXT}`, when: (payload) => payload.issues.length === 0 });

export const sourceEntrySchema = z.strictObject({
  id,
  published: isoDate,
  outlet: z.string().nullable(),
  headline: z.string().nullable(),
  url: z
    .url({ protocol: /^https?$/, error: "must be the article's http(s) address, or null where it is not known" })
    .nullable(),
  rights: z.enum(sourceRights, { error: 'must be "full" (publish the whole article) or "excerpts"' }),
  received: z.string().optional(),
});

/**
 * Words copied from an article: at least one letter or digit, so that nothing is "cited" by a space or a comma
 * that a prefix makes unique.
 */
const words = z
  .string()
  .regex(/[\p{L}\p{N}]/u, 'must hold a letter or a digit: copy the words themselves, not only spaces or punctuation');

export const evidenceEntrySchema = z.strictObject({
  source: id,
  exact: words,
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

/**
 * When it happened, or null when the articles do not say; with a date, its basis: `published`, or the date's
 * words as they stand in the article ("on Monday"). The build checks that basis comes with a date only.
 */
const dating = {
  basis: z.string().min(1).optional(),
  basisSource: id.optional(),
};

/**
 * Who asserts it, and the words that say so. Its evidence is optional here so that a missing one is refused by
 * the build with a message of its own rather than a schema error.
 */
const attributionEntrySchema = z.strictObject({
  actor: id.nullable(),
  kind: z.enum(attributionKinds),
  evidence: evidenceEntrySchema.optional(),
});

const relayEntrySchema = z.strictObject({ actor: id, evidence: evidenceEntrySchema.optional() });

/** Every field an item may have read between the lines; which apply to which item the build checks. */
export const inferableFieldNames = ['placeId', 'date', 'asOf', 'actorId', 'actorIds'] as const;

const inferredEntrySchema = z.array(z.strictObject({ field: z.enum(inferableFieldNames), note: z.string() }));

/**
 * Names per language (`be`, `ru`), supplied by the editor. Any key and any text pass here, so that the build can
 * refuse an unknown language, an empty name or the wrong script with messages of its own (editor-names.ts).
 */
const editorNamesEntrySchema = z.record(z.string(), z.string({ error: 'must be a name written as text' })).optional();

export const actorEntrySchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(actorKinds),
  side: z.enum(actorSides),
  description: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  names: editorNamesEntrySchema,
});

export const placeEntrySchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(placeKinds),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  parent: id.nullable().default(null),
  names: editorNamesEntrySchema,
});

export const eventEntrySchema = z.strictObject({
  id,
  date: isoDate.nullable(),
  ...dating,
  type: z.enum(eventTypes),
  title: z.string().min(1),
  place: id.nullable(),
  actors: z.array(id).default([]),
  milestone: z.boolean().default(false),
  disputedBy: z.array(id).default([]),
  /** Required, even when null (the article's own voice): an editor decides it for every event. */
  attribution: attributionEntrySchema.nullable().optional(),
  inferred: inferredEntrySchema.default([]),
  evidence: z.array(evidenceEntrySchema).min(1),
});

export const quoteEntrySchema = z.strictObject({
  id,
  actor: id,
  date: isoDate.nullable(),
  ...dating,
  place: id.nullable().default(null),
  medium: z.enum(media).nullable().default(null),
  via: relayEntrySchema.nullable().default(null),
  inferred: inferredEntrySchema.default([]),
  disputedBy: z.array(id).default([]),
  evidence: z.array(evidenceEntrySchema).min(1),
});

export const figureEntrySchema = z.strictObject({
  id,
  metric: z.enum(metrics),
  value: z.number().nullable(),
  low: z.number().nullable().default(null),
  high: z.number().nullable().default(null),
  qualifier: z.string().nullable().default(null),
  label: z.string().min(1),
  asOf: isoDate.nullable(),
  ...dating,
  place: id.nullable(),
  disputedBy: z.array(id).default([]),
  /** Required, even when null (the article's own voice): an editor decides it for every figure. */
  attribution: attributionEntrySchema.nullable().optional(),
  inferred: inferredEntrySchema.default([]),
  evidence: z.array(evidenceEntrySchema).min(1),
});

export const notSpeechEntrySchema = z.strictObject({
  source: id,
  exact: words,
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  reason: z.string().min(1),
});

/** Why a sentence that holds no evidence reports nothing to record. */
export const contextReasons = ['heading', 'summary', 'background', 'assessment'] as const;

/** The sentence ledger (context.yaml): one entry per sentence that holds no evidence, anchored inside it. */
export const contextEntrySchema = z.strictObject({
  source: id,
  exact: words,
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  reason: z.enum(contextReasons),
  note: z.string().trim().min(1, 'must say in a short sentence why the sentence records nothing'),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;
export type ActorEntry = z.infer<typeof actorEntrySchema>;
export type PlaceEntry = z.infer<typeof placeEntrySchema>;
export type EventEntry = z.infer<typeof eventEntrySchema>;
export type QuoteEntry = z.infer<typeof quoteEntrySchema>;
export type FigureEntry = z.infer<typeof figureEntrySchema>;
export type NotSpeechEntry = z.infer<typeof notSpeechEntrySchema>;
export type ContextEntry = z.infer<typeof contextEntrySchema>;
export type AttributionEntry = z.infer<typeof attributionEntrySchema>;
export type RelayEntry = z.infer<typeof relayEntrySchema>;
export type InferredEntry = z.infer<typeof inferredEntrySchema>[number];
export type ContextReason = (typeof contextReasons)[number];
