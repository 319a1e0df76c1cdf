/**
 * Pure rules for the date brush: where each day's handle stands on the strip, which day a position falls on, and
 * how dragging or the keyboard moves the selection. Positions are in the SVG's units, which are CSS pixels.
 */

/** The strip the handles travel along, and how many days they choose among. */
export interface BrushTrack {
  /** Left edge of the strip. */
  x: number;
  width: number;
  /** Width of each handle: a handle's position is its left edge, so the last day stands a handle's width short. */
  travellerWidth: number;
  count: number;
}

/** The selected days, as indexes; `start === end` is a one-day selection. */
export interface BrushRange {
  start: number;
  end: number;
}

export type BrushHandle = 'start' | 'end';

/** Days a PageUp or PageDown moves a handle: a week. */
export const PAGE_DAYS = 7;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** Pixels from one day to the next; 0 when there is only one day, or no room to move. */
function getDayWidth({ width, travellerWidth, count }: BrushTrack): number {
  return count > 1 ? (width - travellerWidth) / (count - 1) : 0;
}

/**
 * The x of a day's handle (its left edge): the days spread evenly from `x` to `x + width - travellerWidth`, a
 * single day in the middle.
 */
export function getHandleX(track: BrushTrack, index: number): number {
  const first = track.x;
  const last = track.x + track.width - track.travellerWidth;
  if (track.count <= 1) return (first + last) / 2;
  return first + getDayWidth(track) * index;
}

/** The day whose handle stands nearest to `x`, within 0..count-1. */
export function getNearestIndex(track: BrushTrack, x: number): number {
  const dayWidth = getDayWidth(track);
  if (dayWidth === 0) return 0;
  return clamp(Math.round((x - track.x) / dayWidth), 0, track.count - 1);
}

/**
 * The range once a dragged handle's left edge is at `handleX`: the handle takes the nearest day, but never
 * passes the other handle (they may meet) nor leaves the strip.
 */
export function moveHandle(track: BrushTrack, handle: BrushHandle, range: BrushRange, handleX: number): BrushRange {
  const index = getNearestIndex(track, handleX);
  return handle === 'start'
    ? { start: Math.min(index, range.end), end: range.end }
    : { start: range.start, end: Math.max(index, range.start) };
}

/**
 * Which handle a drag moves. Handles on the same day are drawn one over the other, so the one grabbed may be the
 * one that cannot move that way: the drag's direction decides, left the start, right the end.
 */
export function getDraggedHandle(grabbed: BrushHandle, from: BrushRange, deltaX: number): BrushHandle {
  if (from.start !== from.end || deltaX === 0) return grabbed;
  return deltaX < 0 ? 'start' : 'end';
}

/**
 * The range once the selection (`from`, where the drag began) is dragged `deltaX` pixels: both ends move by the
 * same number of days, stopping at either end of the strip so that the selection keeps its length.
 */
export function moveSelection(track: BrushTrack, from: BrushRange, deltaX: number): BrushRange {
  const dayWidth = getDayWidth(track);
  if (dayWidth === 0) return from;
  const days = clamp(Math.round(deltaX / dayWidth), -from.start, track.count - 1 - from.end);
  return { start: from.start + days, end: from.end + days };
}

/** Where a handle's short date is written: its x and which end of the text stands there. */
export interface HandleLabel {
  x: number;
  anchor: 'start' | 'end';
}

/**
 * A handle's short date goes outside the selection, `offset` from its handle: left of the start handle, right of the
 * end handle. Where that would run past the SVG's edge (0 to `svgWidth`, where it would be cut), it goes inside, over
 * the slide, so the reader never sees half a date.
 */
export function placeHandleLabel(
  handle: BrushHandle,
  handleX: number,
  {
    travellerWidth,
    textWidth,
    svgWidth,
    offset,
  }: { travellerWidth: number; textWidth: number; svgWidth: number; offset: number },
): HandleLabel {
  const left: HandleLabel = { x: handleX - offset, anchor: 'end' };
  const right: HandleLabel = { x: handleX + travellerWidth + offset, anchor: 'start' };
  if (handle === 'start') return left.x - textWidth >= 0 ? left : right;
  return right.x + textWidth <= svgWidth ? right : left;
}

/**
 * The range after a key press on a handle, following the WAI-ARIA multi-thumb slider: the arrows step a day,
 * PageUp and PageDown a week, Home and End go as far as the handle may (the start handle no further than the end,
 * and the reverse). Null for a key the brush does not use, so the page keeps it; the same range when the handle
 * is already at its limit.
 */
export function moveHandleByKey(handle: BrushHandle, range: BrushRange, count: number, key: string): BrushRange | null {
  const min = handle === 'start' ? 0 : range.start;
  const max = handle === 'start' ? range.end : count - 1;
  const current = range[handle];
  const target = getKeyTarget(key, current, min, max);
  if (target === null) return null;
  const index = clamp(target, min, max);
  if (index === current) return range;
  return handle === 'start' ? { start: index, end: range.end } : { start: range.start, end: index };
}

function getKeyTarget(key: string, current: number, min: number, max: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return current + 1;
    case 'ArrowLeft':
    case 'ArrowDown':
      return current - 1;
    case 'PageUp':
      return current + PAGE_DAYS;
    case 'PageDown':
      return current - PAGE_DAYS;
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return null;
  }
}
