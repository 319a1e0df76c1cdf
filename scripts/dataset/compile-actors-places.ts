import type { Actor, Place } from '../../src/data/schema';
import { actorEntrySchema, placeEntrySchema } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { CompileContext } from './compile-context';
import { parseCollection } from './parse-entries';
import type { Location, Problems } from './problems';

/** Actors: every alias stands in some article. */
export function compileActors(file: EntryFile, context: CompileContext): Actor[] {
  const { problems } = context;
  return parseCollection(file, actorEntrySchema, 'actor', problems).map(({ entry, at }) => {
    for (const alias of entry.aliases) {
      if (!context.occursInSomeSource(alias)) problems.add(at, `alias "${alias}" does not occur in any article`);
    }
    return {
      id: entry.id,
      name: entry.name,
      aliases: [...entry.aliases],
      kind: entry.kind,
      side: entry.side,
      description: entry.description,
    };
  });
}

/** Places: every name stands in some article, and every parent is a place that exists. */
export function compilePlaces(file: EntryFile, context: CompileContext): Place[] {
  const { problems } = context;
  const entries = parseCollection(file, placeEntrySchema, 'place', problems);
  const placeIds = new Set(entries.map(({ entry }) => entry.id));
  return entries.map(({ entry, at }) => {
    if (!context.occursInSomeSource(entry.name))
      problems.add(at, `place name "${entry.name}" does not occur in any article`);
    if (entry.parent !== null && !placeIds.has(entry.parent))
      problems.add(at, `parent refers to unknown place "${entry.parent}"`);
    if (entry.parent === entry.id) problems.add(at, 'a place cannot lie within itself');
    return { id: entry.id, name: entry.name, kind: entry.kind, lat: entry.lat, lon: entry.lon, parentId: entry.parent };
  });
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
