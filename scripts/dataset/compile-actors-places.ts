import type { Actor, Place } from '../../src/data/schema';
import { actorEntrySchema, placeEntrySchema, type PlaceEntry } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { CompileContext } from './compile-context';
import { checkEditorNames } from './editor-names';
import { parseCollection, type Parsed } from './parse-entries';
import type { Location, Problems } from './problems';

/** Actors: every alias stands in some article. */
export function compileActors(file: EntryFile, context: CompileContext): Actor[] {
  const { problems } = context;
  return parseCollection(file, actorEntrySchema, 'actor', problems).map(({ entry, at }) => {
    for (const alias of entry.aliases) {
      if (!context.occursInSomeSource(alias)) problems.add(at, `alias "${alias}" does not occur in any article`);
    }
    const names = checkEditorNames(entry.names, [entry.name, ...entry.aliases], at, problems);
    return {
      id: entry.id,
      name: entry.name,
      aliases: [...entry.aliases],
      kind: entry.kind,
      side: entry.side,
      description: entry.description,
      ...(names === undefined ? {} : { names }),
    };
  });
}

/** Places: every name stands in some article, and every parent is a place that exists and does not lie within it. */
export function compilePlaces(file: EntryFile, context: CompileContext): Place[] {
  const { problems } = context;
  const entries = parseCollection(file, placeEntrySchema, 'place', problems);
  const placeIds = new Set(entries.map(({ entry }) => entry.id));
  reportParentCycles(entries, problems);
  return entries.map(({ entry, at }) => {
    if (!context.occursInSomeSource(entry.name))
      problems.add(at, `place name "${entry.name}" does not occur in any article`);
    if (entry.parent !== null && !placeIds.has(entry.parent))
      problems.add(at, `parent refers to unknown place "${entry.parent}"`);
    if (entry.parent === entry.id) problems.add(at, 'a place cannot lie within itself');
    const names = checkEditorNames(entry.names, [entry.name], at, problems);
    return {
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      lat: entry.lat,
      lon: entry.lon,
      parentId: entry.parent,
      ...(names === undefined ? {} : { names }),
    };
  });
}

/**
 * Reports each cycle of parents longer than one place (a place its own parent is reported on its own) once, at
 * the place of the cycle that comes first in the file: `belarus → minsk → belarus`. One walk up from each place,
 * never up the same place twice, so a long chain costs no more than its length.
 */
function reportParentCycles(entries: readonly Parsed<PlaceEntry>[], problems: Problems): void {
  const parentOf = new Map(entries.map(({ entry }) => [entry.id, entry.parent]));
  const order = new Map(entries.map(({ entry, at }, index) => [entry.id, { index, at }]));
  const walked = new Set<string>();
  for (const { entry } of entries) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let id: string | null | undefined = entry.id;
    while (id != null && !walked.has(id) && !onPath.has(id)) {
      onPath.set(id, path.length);
      path.push(id);
      id = parentOf.get(id);
    }
    for (const place of path) walked.add(place);
    if (id == null || !onPath.has(id)) continue;
    const cycle = path.slice(onPath.get(id));
    if (cycle.length < 2) continue;
    // Named from the place that comes first in the file, whichever place the walk entered the cycle by.
    const first = cycle.reduce((a, b) => (order.get(a)!.index <= order.get(b)!.index ? a : b));
    const from = cycle.indexOf(first);
    const named = [...cycle.slice(from), ...cycle.slice(0, from), first];
    // A long cycle is named by its ends, so that the message stays one readable line.
    const shown =
      named.length <= 8
        ? named.join(' → ')
        : `${[...named.slice(0, 4), '…', ...named.slice(-2)].join(' → ')}: ${cycle.length} places`;
    problems.add(order.get(first)!.at, `parents form a cycle (${shown}): a place cannot lie within itself`);
  }
}

/** The checks that events, quotes and figures refer only to actors and places that exist. */
export interface References {
  checkActor(actorId: string, at: Location): void;
  checkPlace(placeId: string | null, at: Location): void;
  /** The name of a known place, as the articles write it. */
  placeName(placeId: string): string | undefined;
}

export function referencesTo(actors: readonly Actor[], places: readonly Place[], problems: Problems): References {
  const actorIds = new Set(actors.map((actor) => actor.id));
  const placeNames = new Map(places.map((place) => [place.id, place.name]));
  return {
    checkActor: (actorId, at) => {
      if (!actorIds.has(actorId)) problems.add(at, `unknown actor "${actorId}"`);
    },
    checkPlace: (placeId, at) => {
      if (placeId !== null && !placeNames.has(placeId)) problems.add(at, `unknown place "${placeId}"`);
    },
    placeName: (placeId) => placeNames.get(placeId),
  };
}
