/**
 * Paging for the Actors panel: which actors and quotes are on screen. At 400 actors and thousands of
 * quotes the panel shows a page of each and a button for the next, so the page stays quick whatever
 * the dataset's size.
 */
import type { Actor, Quote } from '../../data/schema';

/**
 * Actor cards shown per side before "Show more": a screenful, the most quoted first. The real dataset's sides hold
 * 4 to 17 actors, most of them quoted never or once.
 */
export const actorPageSize = 6;
/** Quotes shown per actor before "Show more": the real dataset's busiest actor has 8. */
export const quotePageSize = 10;

// One collator for every comparison: `localeCompare(…, 'en')` sets one up per call, and a side has hundreds of actors.
const compareNames = new Intl.Collator('en').compare;

/** Actors with the most quotes under the current filters first, then by name. */
export function rankActorsByQuotes(
  actors: readonly Actor[],
  quotesByActor: ReadonlyMap<string, readonly Quote[]>,
): Actor[] {
  const count = (actor: Actor) => quotesByActor.get(actor.id)?.length ?? 0;
  return [...actors].sort((a, b) => count(b) - count(a) || compareNames(a.name, b.name));
}

/** The first `limit` items, plus any pinned item further down, in the list's order. */
export function getVisibleItems<T>(items: readonly T[], limit: number, isPinned: (item: T) => boolean): T[] {
  return items.filter((item, index) => index < limit || isPinned(item));
}

/** True when two lists hold the same items in the same order, so a card need not draw them again. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]));
}
