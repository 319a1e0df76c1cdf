import type { DatasetEvent } from '../../src/data/schema';
import { eventEntrySchema, type EventEntry } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { References } from './compile-actors-places';
import type { CompileContext } from './compile-context';
import { checkDisputes, checkInferred, checkPlaceNamed, compileAttribution, type ItemChecks } from './item-rules';
import { parseCollection } from './parse-entries';
import type { Location } from './problems';

/** Events: what happened, when and where, who says so, each proved by the article's words. */
export function compileEvents(file: EntryFile, context: CompileContext, references: References): DatasetEvent[] {
  const entries = parseCollection(file, eventEntrySchema, 'event', context.problems);
  checkDisputes(entries, 'event', context.problems);
  return entries.flatMap(({ entry, at }) => compileEvent(entry, at, context, references) ?? []);
}

/** One event, or null when a rule refused it (each refusal is a problem). */
function compileEvent(
  entry: EventEntry,
  at: Location,
  context: CompileContext,
  references: References,
): DatasetEvent | null {
  const checks: ItemChecks = { context, references, kind: 'event', evidence: entry.evidence };
  references.checkPlace(entry.place, at);
  entry.actors.forEach((actorId) => references.checkActor(actorId, at));
  const inferred = checkInferred(
    entry.inferred,
    { placeId: entry.place, date: entry.date, actorIds: entry.actors },
    at,
    checks,
  );
  checkPlaceNamed(entry.place, entry.inferred, at, checks);
  const attribution = compileAttribution(entry.attribution, at, checks);
  const evidence = context.anchorItemEvidence(entry.evidence, at);
  const dating = context.resolveOptionalDate(entry, at);
  if (!evidence || !dating.ok) return null;
  return {
    id: entry.id,
    date: entry.date,
    dateBasis: dating.dateBasis,
    reported: context.reportedOf(evidence),
    type: entry.type,
    title: entry.title,
    placeId: entry.place,
    actorIds: [...entry.actors],
    evidence,
    attribution,
    inferred,
    disputedBy: [...entry.disputedBy],
    milestone: entry.milestone,
  };
}
