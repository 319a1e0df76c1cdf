import type { Actor, ActorSide } from '../data/schema';

/** How the Actors panel names each side, in the order it shows them (authorities first, others last). */
export const actorSideLabels: Record<ActorSide, string> = {
  authorities: 'Belarusian authorities',
  opposition: 'Opposition',
  foreign: 'Foreign governments and institutions',
  other: 'Others',
};

export interface ActorGroup {
  side: ActorSide;
  label: string;
  actors: Actor[];
}

/** Actors grouped by side in a fixed order, each group sorted by name; empty groups are left out. */
export function groupActorsBySide(actors: readonly Actor[]): ActorGroup[] {
  // The Record type makes every side of the schema appear here; a test checks none is extra.
  return (Object.keys(actorSideLabels) as ActorSide[])
    .map((side) => ({
      side,
      label: actorSideLabels[side],
      actors: actors.filter((actor) => actor.side === side).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    }))
    .filter((group) => group.actors.length > 0);
}
