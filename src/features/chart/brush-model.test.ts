import { describe, expect, it } from 'vitest';
import {
  getDraggedHandle,
  getHandleX,
  getNearestIndex,
  moveHandle,
  moveHandleByKey,
  moveSelection,
  type BrushRange,
  type BrushTrack,
  placeHandleLabel,
} from './brush-model';

// Eleven days ten pixels apart: day i's handle stands at 100 + 10 i, the last at 200.
const track: BrushTrack = { x: 100, width: 110, travellerWidth: 10, count: 11 };

describe('getHandleX', () => {
  it('puts the first day at the strip’s left edge and the last a handle’s width short of its right edge', () => {
    expect(getHandleX(track, 0)).toBe(100);
    expect(getHandleX(track, 10)).toBe(200);
  });

  it('spreads the days between them evenly', () => {
    expect(getHandleX(track, 5)).toBe(150);
    expect(getHandleX(track, 3)).toBe(130);
  });

  it('puts the first and last days’ handles at the ends of the chart’s strip at 1280 px', () => {
    const chart = { x: 88, width: 1144, travellerWidth: 10, count: 80 };
    expect(getHandleX(chart, 0)).toBe(88);
    expect(getHandleX(chart, 79)).toBe(1222);
  });

  it('puts a single day in the middle of the handles’ range', () => {
    expect(getHandleX({ ...track, count: 1 }, 0)).toBe(150);
  });
});

describe('getNearestIndex', () => {
  it('picks the day whose handle stands nearest', () => {
    expect(getNearestIndex(track, 130)).toBe(3);
    expect(getNearestIndex(track, 134)).toBe(3);
    expect(getNearestIndex(track, 136)).toBe(4);
  });

  it('stays within the days when the position is off the strip', () => {
    expect(getNearestIndex(track, 20)).toBe(0);
    expect(getNearestIndex(track, 400)).toBe(10);
  });

  it('gives the only day when there is one', () => {
    expect(getNearestIndex({ ...track, count: 1 }, 180)).toBe(0);
  });
});

describe('moveHandle', () => {
  const range: BrushRange = { start: 3, end: 7 };

  it('moves the dragged handle to the nearest day and leaves the other', () => {
    expect(moveHandle(track, 'start', range, 151)).toEqual({ start: 5, end: 7 });
    expect(moveHandle(track, 'end', range, 189)).toEqual({ start: 3, end: 9 });
  });

  it('stops a handle at the other one: they may meet but not cross', () => {
    expect(moveHandle(track, 'start', range, 190)).toEqual({ start: 7, end: 7 });
    expect(moveHandle(track, 'end', range, 110)).toEqual({ start: 3, end: 3 });
  });

  it('keeps a handle on the strip', () => {
    expect(moveHandle(track, 'start', range, -50)).toEqual({ start: 0, end: 7 });
    expect(moveHandle(track, 'end', range, 900)).toEqual({ start: 3, end: 10 });
  });
});

describe('getDraggedHandle', () => {
  it('moves the handle grabbed while the handles are on different days', () => {
    expect(getDraggedHandle('end', { start: 3, end: 7 }, -40)).toBe('end');
    expect(getDraggedHandle('start', { start: 3, end: 7 }, 40)).toBe('start');
  });

  it('lets the direction choose when the handles meet, so a one-day selection can widen either way', () => {
    expect(getDraggedHandle('end', { start: 10, end: 10 }, -15)).toBe('start');
    expect(getDraggedHandle('start', { start: 0, end: 0 }, 15)).toBe('end');
    expect(getDraggedHandle('end', { start: 5, end: 5 }, 0)).toBe('end');
  });
});

describe('moveSelection', () => {
  const from: BrushRange = { start: 3, end: 7 };

  it('moves both ends by the days dragged, rounding to the nearest day', () => {
    expect(moveSelection(track, from, 20)).toEqual({ start: 5, end: 9 });
    expect(moveSelection(track, from, -14)).toEqual({ start: 2, end: 6 });
    expect(moveSelection(track, from, 4)).toEqual(from);
  });

  it('stops at either end of the strip with the selection’s length kept', () => {
    expect(moveSelection(track, from, 500)).toEqual({ start: 6, end: 10 });
    expect(moveSelection(track, from, -500)).toEqual({ start: 0, end: 4 });
  });

  it('cannot move a selection of every day', () => {
    expect(moveSelection(track, { start: 0, end: 10 }, 35)).toEqual({ start: 0, end: 10 });
  });
});

describe('placeHandleLabel', () => {
  const sizes = { travellerWidth: 10, textWidth: 40, svgWidth: 500, offset: 5 };

  it('writes each date outside the selection, beside its handle', () => {
    expect(placeHandleLabel('start', 100, sizes)).toEqual({ x: 95, anchor: 'end' });
    expect(placeHandleLabel('end', 300, sizes)).toEqual({ x: 315, anchor: 'start' });
  });

  it('writes a date inside the strip where outside it would be cut at the SVG’s edge', () => {
    // The last day's handle 10 px from the right edge: its date would need 45 px.
    expect(placeHandleLabel('end', 480, sizes)).toEqual({ x: 475, anchor: 'end' });
    expect(placeHandleLabel('start', 30, sizes)).toEqual({ x: 45, anchor: 'start' });
    // Exactly room enough stays outside.
    expect(placeHandleLabel('end', 445, sizes)).toEqual({ x: 460, anchor: 'start' });
  });
});

describe('moveHandleByKey', () => {
  const range: BrushRange = { start: 10, end: 20 };
  const count = 31;

  it.each([
    ['ArrowRight', { start: 11, end: 20 }],
    ['ArrowUp', { start: 11, end: 20 }],
    ['ArrowLeft', { start: 9, end: 20 }],
    ['ArrowDown', { start: 9, end: 20 }],
    ['PageUp', { start: 17, end: 20 }],
    ['PageDown', { start: 3, end: 20 }],
    ['Home', { start: 0, end: 20 }],
    ['End', { start: 20, end: 20 }],
  ])('moves the start handle on %s', (key, expected) => {
    expect(moveHandleByKey('start', range, count, key)).toEqual(expected);
  });

  it.each([
    ['ArrowRight', { start: 10, end: 21 }],
    ['ArrowUp', { start: 10, end: 21 }],
    ['ArrowLeft', { start: 10, end: 19 }],
    ['ArrowDown', { start: 10, end: 19 }],
    ['PageUp', { start: 10, end: 27 }],
    ['PageDown', { start: 10, end: 13 }],
    ['Home', { start: 10, end: 10 }],
    ['End', { start: 10, end: 30 }],
  ])('moves the end handle on %s', (key, expected) => {
    expect(moveHandleByKey('end', range, count, key)).toEqual(expected);
  });

  it('stops a week’s step at the other handle or the end of the days', () => {
    expect(moveHandleByKey('start', { start: 17, end: 20 }, count, 'PageUp')).toEqual({ start: 20, end: 20 });
    expect(moveHandleByKey('start', { start: 4, end: 20 }, count, 'PageDown')).toEqual({ start: 0, end: 20 });
    expect(moveHandleByKey('end', { start: 10, end: 26 }, count, 'PageUp')).toEqual({ start: 10, end: 30 });
    expect(moveHandleByKey('end', { start: 10, end: 15 }, count, 'PageDown')).toEqual({ start: 10, end: 10 });
  });

  it('gives back the same range when the handle is already at its limit', () => {
    const met = { start: 20, end: 20 };
    expect(moveHandleByKey('start', met, count, 'ArrowRight')).toBe(met);
    expect(moveHandleByKey('end', met, count, 'ArrowLeft')).toBe(met);
    const whole = { start: 0, end: 30 };
    expect(moveHandleByKey('start', whole, count, 'Home')).toBe(whole);
    expect(moveHandleByKey('end', whole, count, 'ArrowRight')).toBe(whole);
  });

  it('leaves other keys to the page', () => {
    for (const key of ['Tab', 'Enter', ' ', 'a', 'Escape']) {
      expect(moveHandleByKey('start', range, count, key)).toBeNull();
    }
  });
});
