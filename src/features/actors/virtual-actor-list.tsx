import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import type { Actor } from '../../data/schema';
import { usePrinting } from '../../ui/use-printing';
import { actorCardId } from './actor-card';
import { getDrawnRows, getGridLayout, keepRecent, recentRowsKept, type GridLayout } from './actor-paging';

export interface VirtualActorListProps {
  /** The side's actors in the order shown. */
  actors: readonly Actor[];
  renderCard: (actor: Actor) => ReactNode;
  /** Hands the panel a way to bring any of these actors' cards on screen, for "Jump to"; null when the list goes. */
  onReveal: (reveal: ((actorId: string) => boolean) | null) => void;
}

/** A collapsed card with its two folded lines: a first guess, replaced by each card's measured height once drawn. */
const estimatedCardHeight = 100;

/**
 * A long side's actors drawn only where the window shows them: the page scrolls as a whole, as it does for short
 * lists, so no box inside the panel scrolls on its own. Cards are measured as they are drawn, since they unfold.
 * The row with focus, its neighbours and the rows the reader used last stay drawn, so focus is never lost and Tab
 * walks the cards in order. Printing draws every card.
 */
export function VirtualActorList({ actors, renderCard, onReveal }: VirtualActorListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const printing = usePrinting();
  const scrollMargin = useListOffset(listRef);
  const { columns, rowGap } = useGridLayout(listRef);
  const rowOf = useMemo(() => new Map(actors.map((actor, index) => [actor.id, index])), [actors]);
  // Actor ids rather than rows: a filter change ranks the actors anew.
  const [recent, setRecent] = useState<readonly string[]>([]);
  const kept = useMemo(() => recent.flatMap((id) => rowOf.get(id) ?? []), [recent, rowOf]);
  const rangeExtractor = useCallback(
    (range: Range) => getDrawnRows(defaultRangeExtractor(range), kept, range.count),
    [kept],
  );
  const virtualizer = useWindowVirtualizer({
    count: actors.length,
    estimateSize: () => estimatedCardHeight,
    getItemKey: (index) => actors[index]?.id ?? index,
    overscan: 1,
    lanes: Math.max(1, columns.length),
    gap: rowGap,
    scrollMargin,
    rangeExtractor,
  });

  const keep = useCallback((actorId: string) => setRecent((before) => keepRecent(before, actorId, recentRowsKept)), []);
  useEffect(() => {
    onReveal((actorId) => {
      const row = rowOf.get(actorId);
      if (row === undefined) return false;
      // Kept, the card is drawn at once where the list's estimates put it; the browser then scrolls to it.
      flushSync(() => keep(actorId));
      settleAtTop(() => document.getElementById(actorCardId(actorId)));
      return true;
    });
    return () => onReveal(null);
  }, [onReveal, rowOf, keep]);

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const row = event.target.closest<HTMLElement>('[data-index]');
    const actor = actors[Number(row?.dataset.index)];
    if (actor) keep(actor.id);
  };

  if (printing) {
    return (
      <ul className="actor-group__list">
        {actors.map((actor) => (
          <li key={actor.id}>{renderCard(actor)}</li>
        ))}
      </ul>
    );
  }
  return (
    // The list role survives `list-style: none` in Safari only when it is spelt out.
    // eslint-disable-next-line jsx-a11y/no-redundant-roles
    <ul
      ref={listRef}
      role="list"
      className="actor-group__list actor-group__list--virtual"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const actor = actors[item.index];
        if (!actor) return null;
        return (
          <li
            key={actor.id}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={actors.length}
            aria-posinset={item.index + 1}
            style={{
              transform: `translateY(${item.start - scrollMargin}px)`,
              left: columns[item.lane]?.left,
              width: columns[item.lane]?.width,
            }}
          >
            {renderCard(actor)}
          </li>
        );
      })}
    </ul>
  );
}

/** The list's top edge in page coordinates, kept current as what stands above it grows or shrinks. */
function useListOffset(listRef: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const list = listRef.current;
      if (list) setOffset(Math.round(list.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // Anything above the list that changes height changes the body's height too.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [listRef]);
  return offset;
}

/** The columns and row gap the stylesheet lays the list out in (one column on a phone, several across a wide page). */
function useGridLayout(listRef: RefObject<HTMLElement | null>): GridLayout {
  // No columns until measured: the cards then fill the list's width, as the stylesheet has them.
  const [layout, setLayout] = useState<GridLayout>({ columns: [], rowGap: 0 });
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const style = getComputedStyle(list);
      const next = getGridLayout(style.gridTemplateColumns, style.columnGap, style.rowGap);
      setLayout((before) => (JSON.stringify(before) === JSON.stringify(next) ? before : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, [listRef]);
  return layout;
}

const readerScrolls = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
/** How long a revealed card is held at the top while what is drawn around and above it settles. */
const settleMs = 1500;

/**
 * Scrolls a card to the top of the window and holds it there for a moment: the cards drawn around it are measured
 * only then, and each card or view above it that turns out taller or shorter than estimated moves it. Lets go as soon
 * as the reader scrolls or types, so it never fights them.
 */
function settleAtTop(findCard: () => HTMLElement | null) {
  const until = performance.now() + settleMs;
  let held = true;
  const letGo = () => {
    held = false;
  };
  for (const type of readerScrolls) window.addEventListener(type, letGo, { once: true, passive: true });
  const step = () => {
    const card = findCard();
    if (!card || !held || performance.now() > until) {
      for (const type of readerScrolls) window.removeEventListener(type, letGo);
      return;
    }
    const margin = Number.parseFloat(getComputedStyle(card).scrollMarginTop) || 0;
    if (Math.abs(card.getBoundingClientRect().top - margin) > 1) card.scrollIntoView({ block: 'start' });
    requestAnimationFrame(step);
  };
  step();
}
