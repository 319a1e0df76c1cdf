import type { Actor, ActorSide } from '../data/schema';
import type { MessageKey, Translate } from './translate';

/** How the Actors panel names each side, in the order it shows them (authorities first, others last). */
export const actorSideKeys: Record<ActorSide, MessageKey> = {
  authorities: 'actors.side.authorities',
  opposition: 'actors.side.opposition',
  foreign: 'actors.side.foreign',
  other: 'actors.side.other',
};

export interface ActorGroup {
  side: ActorSide;
  /** The side's name in the reader's language: "Belarusian authorities". */
  label: string;
  actors: Actor[];
}

/**
 * Actors grouped by side in a fixed order, each group sorted by name (in English collation: the names are spelled as
 * the articles spell them); empty groups are left out.
 */
export function groupActorsBySide(actors: readonly Actor[], t: Translate): ActorGroup[] {
  // The Record type makes every side of the schema appear here; a test checks none is extra.
  return (Object.keys(actorSideKeys) as ActorSide[])
    .map((side) => ({
      side,
      label: t(actorSideKeys[side]),
      actors: actors.filter((actor) => actor.side === side).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    }))
    .filter((group) => group.actors.length > 0);
}
