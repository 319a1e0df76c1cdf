import type { DatasetEvent } from '../../src/data/schema';
import { eventEntrySchema, type EventEntry } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { References } from './compile-actors-places';
import type { CompileContext } from './compile-context';
import { parseCollection } from './parse-entries';
import type { Location } from './problems';

/** Events: what happened, when and where, each proved by the article's words. */
export function compileEvents(file: EntryFile, context: CompileContext, references: References): DatasetEvent[] {
  const entries = parseCollection(file, eventEntrySchema, 'event', context.problems);
  const eventIds = new Set(entries.map(({ entry }) => entry.id));
  return entries.flatMap(({ entry, at }) => compileEvent(entry, at, { context, references, eventIds }) ?? []);
}

interface EventChecks {
  context: CompileContext;
  references: References;
  eventIds: ReadonlySet<string>;
}

/** One event, or null when a rule refused it (each refusal is a problem). */
function compileEvent(
  entry: EventEntry,
  at: Location,
  { context, references, eventIds }: EventChecks,
): DatasetEvent | null {
  const { problems } = context;
  references.checkPlace(entry.place, at);
  entry.actors.forEach((actorId) => references.checkActor(actorId, at));
  entry.disputedBy.forEach((id) => {
    if (!eventIds.has(id)) problems.add(at, `disputedBy refers to unknown event "${id}"`);
  });
  const evidence = context.anchorEvidence(entry.evidence, at);
  const dateBasis = context.resolveDate(entry.date, entry.basis, entry.basisSource, entry.evidence, at);
  if (!evidence || !dateBasis) return null;
  return {
    id: entry.id,
    date: entry.date,
    dateBasis,
    type: entry.type,
    title: entry.title,
    placeId: entry.place,
    actorIds: [...entry.actors],
    evidence,
    disputedBy: [...entry.disputedBy],
    milestone: entry.milestone,
  };
}
