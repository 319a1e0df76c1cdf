/**
 * The shape of what editors write in data/sources.yaml and data/annotations/*.yaml. Full zod here (it runs in
 * Node only) for its readable messages; the published dataset's contract is src/data/schema.ts.
 */
import { z } from 'zod';
import { idPattern } from '../../src/data/ids';
import { actorKinds, actorSides, eventTypes, media, metrics, placeKinds } from '../../src/data/schema';

const id = z.string().regex(idPattern, 'must be a lowercase slug like "minsk"');
const isoDate = z.iso.date('must be a date written YYYY-MM-DD');

export const sourceEntrySchema = z.strictObject({
  id,
  published: isoDate,
  outlet: z.string().nullable(),
  headline: z.string().nullable(),
  received: z.string().optional(),
});

export const evidenceEntrySchema = z.strictObject({
  source: id,
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});

/** `published`, or the date's words as they stand in the article ("on Monday"). */
const dating = {
  basis: z.string().min(1),
  basisSource: id.optional(),
};

export const actorEntrySchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(actorKinds),
  side: z.enum(actorSides),
  description: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

export const placeEntrySchema = z.strictObject({
  id,
  name: z.string().min(1),
  kind: z.enum(placeKinds),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  parent: id.nullable().default(null),
});

export const eventEntrySchema = z.strictObject({
  id,
  date: isoDate,
  ...dating,
  type: z.enum(eventTypes),
  title: z.string().min(1),
  place: id.nullable(),
  actors: z.array(id).default([]),
  milestone: z.boolean().default(false),
  disputedBy: z.array(id).default([]),
  evidence: z.array(evidenceEntrySchema).min(1),
});

export const quoteEntrySchema = z.strictObject({
  id,
  actor: id,
  date: isoDate.nullable(),
  basis: dating.basis.optional(),
  basisSource: dating.basisSource,
  place: id.nullable().default(null),
  medium: z.enum(media).nullable().default(null),
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
  asOf: isoDate,
  ...dating,
  place: id.nullable(),
  disputedBy: z.array(id).default([]),
  evidence: z.array(evidenceEntrySchema).min(1),
});

export const notSpeechEntrySchema = z.strictObject({
  source: id,
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  reason: z.string().min(1),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type EvidenceEntry = z.infer<typeof evidenceEntrySchema>;
export type ActorEntry = z.infer<typeof actorEntrySchema>;
export type PlaceEntry = z.infer<typeof placeEntrySchema>;
export type EventEntry = z.infer<typeof eventEntrySchema>;
export type QuoteEntry = z.infer<typeof quoteEntrySchema>;
export type FigureEntry = z.infer<typeof figureEntrySchema>;
export type NotSpeechEntry = z.infer<typeof notSpeechEntrySchema>;
