/**
 * The rules of data contract v2 that events, quotes and figures share: who says so (attribution, relay), what
 * was read between the lines (inferred), that an item's place is named in its articles, and two-sided disputes.
 * Each collection's compile step calls the ones that apply to it.
 */
import type { Attribution, Evidence, Relay } from '../../src/data/schema';
import type { AttributionEntry, EvidenceEntry, InferredEntry, RelayEntry } from './annotation-schema';
import type { References } from './compile-actors-places';
import type { CompileContext } from './compile-context';
import type { Parsed } from './parse-entries';
import type { Location, Problems } from './problems';

export type ItemKind = 'event' | 'quote' | 'figure';

/** What a rule needs to know of the item it checks. */
export interface ItemChecks {
  context: CompileContext;
  references: References;
  kind: ItemKind;
  /** The item's evidence as written, so that sources are known even where its words failed to anchor. */
  evidence: readonly EvidenceEntry[];
}

const entryAt = (at: Location, label: string): Location => ({ ...at, entry: `${at.entry}: ${label}` });

/**
 * An event's or figure's attribution. The key is required: null says the article states it in its own voice,
 * so leaving it out is refused rather than read as null. The attributing words must stand in one of the
 * articles the item's evidence comes from. A refused attribution is reported and compiles to null, so that the
 * item's own evidence is still checked (and no sentence it holds is reported as unaccounted for).
 */
export function compileAttribution(
  entry: AttributionEntry | null | undefined,
  at: Location,
  checks: ItemChecks,
): Attribution | null {
  if (entry === undefined) {
    checks.context.problems.add(
      at,
      'attribution is missing: write "attribution: null" where the article says it in its own voice, or who says so (actor, kind, evidence)',
    );
    return null;
  }
  if (entry === null) return null;
  const evidence = claimantWords(entry.actor, entry.evidence, entryAt(at, 'attribution'), checks);
  return evidence ? { actorId: entry.actor, kind: entry.kind, evidence } : null;
}

/** A quote's relay: the channel the article has its words from, with the words that say so (null if refused). */
export function compileRelay(entry: RelayEntry | null, at: Location, checks: ItemChecks): Relay | null {
  if (entry === null) return null;
  const evidence = claimantWords(entry.actor, entry.evidence, entryAt(at, 'via'), checks);
  return evidence ? { actorId: entry.actor, evidence } : null;
}

function claimantWords(
  actorId: string | null,
  words: EvidenceEntry | undefined,
  at: Location,
  { context, references, kind, evidence }: ItemChecks,
): Evidence | null {
  if (actorId !== null) references.checkActor(actorId, at);
  if (words === undefined) {
    context.problems.add(
      at,
      'has no evidence: copy the words that say who says so ("Belta reported", "according to …")',
    );
    return null;
  }
  const anchored = context.anchorWords(words, at, 'evidence');
  if (anchored && !evidence.some((item) => item.source === anchored.sourceId)) {
    context.problems.add(
      at,
      `its words are in source "${anchored.sourceId}", which none of the ${kind}'s evidence comes from: they must stand in an article that reports it`,
    );
    return null;
  }
  if (anchored) context.record(at.entry, anchored);
  return anchored;
}

/**
 * The values an editor read between the lines, each with a note saying from what. `values` holds the fields that
 * apply to this kind of item and the item's value for each: a field that does not apply, or whose value is
 * empty (no place, no date), cannot be inferred.
 */
export function checkInferred<F extends string>(
  inferred: readonly InferredEntry[],
  values: Record<F, unknown>,
  at: Location,
  { context, kind }: Pick<ItemChecks, 'context' | 'kind'>,
): { field: F; note: string }[] {
  const applicable = Object.keys(values) as F[];
  const seen = new Set<string>();
  const checked: { field: F; note: string }[] = [];
  for (const { field, note } of inferred) {
    const where = entryAt(at, `inferred ${field}`);
    if (!isOneOf(field, applicable)) {
      context.problems.add(where, `does not apply to a ${kind} (it may list ${applicable.join(', ')})`);
      continue;
    }
    const value = values[field];
    if (value === null || (Array.isArray(value) && value.length === 0))
      context.problems.add(where, `the ${kind} has no ${field} to infer`);
    else if (note.trim() === '')
      context.problems.add(where, 'the note is empty: say in a sentence what it was read from');
    else if (seen.has(field)) context.problems.add(where, 'is listed twice');
    else checked.push({ field, note });
    seen.add(field);
  }
  return checked;
}

const isOneOf = <F extends string>(field: string, fields: readonly F[]): field is F =>
  (fields as readonly string[]).includes(field);

/**
 * An item's place must be named, as a whole word, in one of the articles its evidence comes from, unless the
 * editor marked the place as inferred and said why.
 */
export function checkPlaceNamed(
  placeId: string | null,
  inferred: readonly { field: string }[],
  at: Location,
  { context, references, kind, evidence }: ItemChecks,
): void {
  if (placeId === null || inferred.some((item) => item.field === 'placeId')) return;
  const name = references.placeName(placeId);
  if (name === undefined) return; // reported as an unknown place
  const sources = [...new Set(evidence.map((item) => item.source))];
  if (sources.some((source) => context.namesWord(source, name))) return;
  context.problems.add(
    at,
    `place "${placeId}" ("${name}") is named in none of the ${kind}'s sources (${sources.join(', ')}): if it was read between the lines, list placeId in inferred with a note saying from what`,
  );
}

/** Disputes have two sides: every id an item lists must exist and list the item back. */
export function checkDisputes(
  entries: readonly Parsed<{ id: string; disputedBy: readonly string[] }>[],
  kind: ItemKind,
  problems: Problems,
): void {
  const listed = new Map(entries.map(({ entry }) => [entry.id, entry.disputedBy]));
  for (const { entry, at } of entries) {
    for (const id of entry.disputedBy) {
      const back = listed.get(id);
      if (back === undefined) problems.add(at, `disputedBy refers to unknown ${kind} "${id}"`);
      else if (!back.includes(entry.id))
        problems.add(
          at,
          `disputedBy lists ${kind} "${id}", which does not list "${entry.id}" back: a dispute has two sides, add it to that ${kind}'s disputedBy`,
        );
    }
  }
}
