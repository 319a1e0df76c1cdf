/**
 * The brush under the timeline: a strip with two handles that select a range of days, dragged with a pointer
 * or moved with the keys of a WAI-ARIA multi-thumb slider. Drawn inside the chart's SVG.
 */
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  getDraggedHandle,
  getHandleX,
  moveHandle,
  moveHandleByKey,
  moveSelection,
  placeHandleLabel,
  type BrushHandle,
  type BrushRange,
  type BrushTrack,
} from './brush-model';
import { estimateTextWidth } from './label-layout';
import './date-brush.css';

export interface DateBrushProps {
  /** The strip's box in the SVG's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Width of each handle. */
  travellerWidth: number;
  /** How many days the brush selects among. */
  count: number;
  /** The SVG's width: a handle's date that would be cut at its edge is written inside the strip instead. */
  svgWidth: number;
  /** The selected days, as indexes. */
  start: number;
  end: number;
  /** The brush's accessible name, as a group of two sliders ("Dates shown"). */
  label: string;
  /** Each handle's accessible name, e.g. "First day shown (left and right arrow keys move it)". */
  startLabel: string;
  endLabel: string;
  /** A day's full date, the handle's aria-valuetext ("7 Aug 2020"). */
  describeDay: (index: number) => string;
  /** A day's short label ("7 Aug"), written beside a handle while the brush is hovered or moved. */
  labelDay: (index: number) => string;
  /** Every change while the reader moves a handle (each key press, each day crossed while dragging). */
  onChange: (range: { startIndex: number; endIndex: number }) => void;
  /** When a drag ends (pointer up or cancel), with the final range. Key presses call only onChange. */
  onDragEnd: (range: { startIndex: number; endIndex: number }) => void;
}

/** What a drag moves: one handle, or the slide between them (the whole selection). */
type DragTarget = BrushHandle | 'slide';

interface Drag {
  target: DragTarget;
  pointerId: number;
  /** Where the pointer went down, in client pixels, which are the SVG's units. */
  fromClientX: number;
  /** The selection when the drag began. */
  from: BrushRange;
  /** The selection last handed to onChange. */
  range: BrushRange;
}

/** Gap between a handle and the short date written beside it. */
const TEXT_OFFSET = 5;
/** The short dates' font size in pixels (0.75rem, date-brush.css), for estimating their width. */
const TEXT_FONT = 12;

const toIndexes = ({ start, end }: BrushRange) => ({ startIndex: start, endIndex: end });

/**
 * The date brush, to render inside an `<svg>`. Controlled: it draws `start` and `end`, reports each change
 * through `onChange` and the end of a drag through `onDragEnd`.
 */
export function DateBrush({
  x,
  y,
  width,
  height,
  travellerWidth,
  count,
  svgWidth,
  start,
  end,
  label,
  startLabel,
  endLabel,
  describeDay,
  labelDay,
  onChange,
  onDragEnd,
}: DateBrushProps) {
  const drag = useRef<Drag | null>(null);
  const [dragging, setDragging] = useState(false);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const track: BrushTrack = { x, width, travellerWidth, count };
  const startX = getHandleX(track, start);
  const endX = getHandleX(track, end);

  const beginDrag = (target: DragTarget, event: PointerEvent<SVGElement>) => {
    if (event.button !== 0 || drag.current) return;
    const element = event.currentTarget;
    // Captured, the drag goes on when the pointer leaves the strip; jsdom has no capture.
    if (typeof element.setPointerCapture === 'function') element.setPointerCapture(event.pointerId);
    if (target !== 'slide') element.focus();
    const range = { start, end };
    drag.current = { target, pointerId: event.pointerId, fromClientX: event.clientX, from: range, range };
    setDragging(true);
  };

  const continueDrag = (event: PointerEvent<SVGGElement>) => {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return;
    const deltaX = event.clientX - current.fromClientX;
    const { from, target } = current;
    let next: BrushRange;
    if (target === 'slide') {
      next = moveSelection(track, from, deltaX);
    } else {
      const handle = getDraggedHandle(target, from, deltaX);
      next = moveHandle(track, handle, from, getHandleX(track, from[handle]) + deltaX);
    }
    if (next.start === current.range.start && next.end === current.range.end) return;
    current.range = next;
    onChange(toIndexes(next));
  };

  const moveByKey = (handle: BrushHandle) => (event: KeyboardEvent<SVGGElement>) => {
    // Alt, Ctrl or Meta with an arrow is the browser's (back, forward) or the screen reader's, not the slider's.
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = moveHandleByKey(handle, { start, end }, count, event.key);
    if (next === null) return;
    event.preventDefault();
    if (next.start !== start || next.end !== end) onChange(toIndexes(next));
  };

  const endDrag = (event: PointerEvent<SVGGElement>) => {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return;
    drag.current = null;
    setDragging(false);
    onDragEnd(toIndexes(current.range));
  };

  return (
    <g
      className="date-brush"
      role="group"
      aria-label={label}
      // The image export leaves the brush out: it sets dates, it shows nothing.
      data-image-export="omit"
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onPointerMove={continueDrag}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      // Lost without an up or a cancel (the handle removed, say), the drag still ends; after either, it is over.
      onLostPointerCapture={endDrag}
    >
      <rect className="date-brush__background" x={x} y={y} width={width} height={height} aria-hidden="true" />
      <rect
        className="date-brush__slide"
        x={startX + travellerWidth}
        y={y}
        width={Math.max(endX - startX - travellerWidth, 0)}
        height={height}
        aria-hidden="true"
        onPointerDown={(event) => beginDrag('slide', event)}
      />
      {(['start', 'end'] as const).map((handle) => {
        const index = handle === 'start' ? start : end;
        return (
          <BrushHandleMark
            key={handle}
            handleX={handle === 'start' ? startX : endX}
            y={y}
            height={height}
            width={travellerWidth}
            label={handle === 'start' ? startLabel : endLabel}
            // The start handle goes no further than the end, and the reverse.
            valueMin={handle === 'start' ? 0 : start}
            valueMax={handle === 'start' ? end : count - 1}
            valueNow={index}
            valueText={describeDay(index)}
            onKeyDown={moveByKey(handle)}
            onPointerDown={(event) => beginDrag(handle, event)}
            onFocusChange={setFocused}
          />
        );
      })}
      {dragging || hovered || focused ? (
        <HandleDates
          start={{ handleX: startX, text: labelDay(start) }}
          end={{ handleX: endX, text: labelDay(end) }}
          middleY={y + height / 2}
          travellerWidth={travellerWidth}
          svgWidth={svgWidth}
        />
      ) : null}
    </g>
  );
}

interface HandleDatesProps {
  start: { handleX: number; text: string };
  end: { handleX: number; text: string };
  middleY: number;
  travellerWidth: number;
  svgWidth: number;
}

/** Each handle's short date beside it, inside the strip where beside it would be cut at the SVG's edge. */
function HandleDates({ start, end, middleY, travellerWidth, svgWidth }: HandleDatesProps) {
  return (
    <g className="date-brush__texts" aria-hidden="true">
      {(['start', 'end'] as const).map((handle) => {
        const { handleX, text } = handle === 'start' ? start : end;
        const { x, anchor } = placeHandleLabel(handle, handleX, {
          travellerWidth,
          textWidth: estimateTextWidth(text, TEXT_FONT),
          svgWidth,
          offset: TEXT_OFFSET,
        });
        return (
          <text key={handle} x={x} y={middleY} dy="0.355em" textAnchor={anchor}>
            {text}
          </text>
        );
      })}
    </g>
  );
}

interface BrushHandleMarkProps {
  /** The handle's left edge. */
  handleX: number;
  y: number;
  width: number;
  height: number;
  label: string;
  valueMin: number;
  valueMax: number;
  valueNow: number;
  valueText: string;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  onPointerDown: (event: PointerEvent<SVGGElement>) => void;
  onFocusChange: (focused: boolean) => void;
}

/** One handle: a slider drawn as a bar with a grip of two short lines across its middle. */
function BrushHandleMark({
  handleX,
  y,
  width,
  height,
  label,
  valueMin,
  valueMax,
  valueNow,
  valueText,
  onKeyDown,
  onPointerDown,
  onFocusChange,
}: BrushHandleMarkProps) {
  const gripY = Math.floor(y + height / 2) - 1;
  return (
    <g
      className="date-brush__handle"
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-orientation="horizontal"
      aria-valuemin={valueMin}
      aria-valuemax={valueMax}
      aria-valuenow={valueNow}
      aria-valuetext={valueText}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onFocus={() => onFocusChange(true)}
      onBlur={() => onFocusChange(false)}
    >
      <rect x={handleX} y={y} width={width} height={height} />
      <line x1={handleX + 1} y1={gripY} x2={handleX + width - 1} y2={gripY} />
      <line x1={handleX + 1} y1={gripY + 2} x2={handleX + width - 1} y2={gripY + 2} />
    </g>
  );
}
