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
// Made when first needed, not as the page's first script runs: the map and chart embeds never sort actors.
let collator: Intl.Collator | undefined;
const compareNames = (a: string, b: string) => (collator ??= new Intl.Collator('en')).compare(a, b);

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

/**
 * Above this many actors a side's list draws only the cards on screen, and "Show more" goes. The real dataset's
 * sides (4 to 17 actors) stay whole in the page, so find-in-page and a screen reader's browse mode reach every card.
 */
export const virtualListThreshold = 40;

/** Rows a virtual list keeps drawn once the reader has used them, so a card they opened keeps its state nearby. */
export const recentRowsKept = 8;

/**
 * The rows a virtual list draws: those on screen (`inView`, in order) and every kept row with its neighbours, so Tab and
 * Shift+Tab from a kept row land on the row before or after it. Sorted, without duplicates, within `0..count - 1`.
 */
export function getDrawnRows(inView: readonly number[], kept: readonly number[], count: number): number[] {
  const rows = new Set(inView);
  for (const row of kept) for (const near of [row - 1, row, row + 1]) if (near >= 0 && near < count) rows.add(near);
  return [...rows].sort((a, b) => a - b);
}

/** `id` first, then the others most recent first, at most `limit`: the rows a virtual list keeps drawn. */
export function keepRecent(recent: readonly string[], id: string, limit: number): readonly string[] {
  if (recent[0] === id) return recent;
  return [id, ...recent.filter((other) => other !== id)].slice(0, limit);
}

/** One column of a CSS grid: where it starts from the grid's left edge and how wide it is, in px. */
export interface GridColumn {
  left: number;
  width: number;
}

/** How a list's cards stand: in these columns (none: one column as wide as the list), this far apart vertically. */
export interface GridLayout {
  columns: GridColumn[];
  rowGap: number;
}

/**
 * The layout of a grid from its computed style (`grid-template-columns` resolves to px tracks such as "352px 352px"),
 * so a virtual list lays its cards out as the stylesheet asks. A list that is no grid (on a phone) computes `none`.
 */
export function getGridLayout(templateColumns: string, columnGap: string, rowGap: string): GridLayout {
  const tracks = templateColumns
    .split(/\s+/)
    .map((track) => Number.parseFloat(track))
    .filter((width) => Number.isFinite(width) && width > 0);
  const columnSpace = Number.parseFloat(columnGap) || 0;
  let left = 0;
  const columns = tracks.map((width) => {
    const column = { left, width };
    left += width + columnSpace;
    return column;
  });
  return { columns: columns.length > 1 ? columns : [], rowGap: Number.parseFloat(rowGap) || 0 };
}
