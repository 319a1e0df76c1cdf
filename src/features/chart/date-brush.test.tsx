import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getHandleX } from './brush-model';
import { DateBrush, type DateBrushProps } from './date-brush';

// jsdom has no PointerEvent: fireEvent would fall back to a plain Event and drop clientX and pointerId.
class TestPointerEvent extends MouseEvent {
  readonly pointerId: number;
  constructor(type: string, init: PointerEventInit = {}) {
    super(type, init);
    this.pointerId = init.pointerId ?? 1;
  }
}
beforeAll(() => vi.stubGlobal('PointerEvent', TestPointerEvent));
afterAll(() => vi.unstubAllGlobals());

// Eleven days, 1 to 11 August, ten pixels apart: day i's handle stands at 100 + 10 i.
const track = { x: 100, y: 20, width: 110, height: 32, travellerWidth: 10, count: 11 };
const describeDay = (index: number) => `${index + 1} Aug 2020`;
const labelDay = (index: number) => `${index + 1} Aug`;
const startLabel = 'First day shown';
const endLabel = 'Last day shown';

/** The brush as the chart holds it: the range it reports comes back through its props. */
function renderBrush(range: { start: number; end: number }, svgWidth = 300) {
  const onChange = vi.fn<DateBrushProps['onChange']>();
  const onDragEnd = vi.fn<DateBrushProps['onDragEnd']>();
  function Chart() {
    const [{ start, end }, setRange] = useState(range);
    return (
      <svg width={svgWidth} height={80}>
        <DateBrush
          {...track}
          start={start}
          end={end}
          svgWidth={svgWidth}
          label="Dates shown"
          startLabel={startLabel}
          endLabel={endLabel}
          describeDay={describeDay}
          labelDay={labelDay}
          onChange={(next) => {
            onChange(next);
            setRange({ start: next.startIndex, end: next.endIndex });
          }}
          onDragEnd={onDragEnd}
        />
      </svg>
    );
  }
  render(<Chart />);
  const startHandle = screen.getByRole('slider', { name: startLabel });
  const endHandle = screen.getByRole('slider', { name: endLabel });
  const handleX = (handle: HTMLElement) => Number(handle.querySelector('rect')!.getAttribute('x'));
  const slide = document.querySelector('.date-brush__slide')!;
  return { onChange, onDragEnd, startHandle, endHandle, handleX, slide };
}

describe('DateBrush', () => {
  it('offers two sliders in a named group, each saying its day and how far it may go', () => {
    const { startHandle, endHandle } = renderBrush({ start: 3, end: 7 });
    const group = screen.getByRole('group', { name: 'Dates shown' });
    expect(within(group).getAllByRole('slider')).toEqual([startHandle, endHandle]);
    expect(startHandle).toHaveAttribute('aria-valuetext', '4 Aug 2020');
    expect(startHandle).toHaveAttribute('aria-valuenow', '3');
    expect(startHandle).toHaveAttribute('aria-valuemin', '0');
    expect(startHandle).toHaveAttribute('aria-valuemax', '7');
    expect(endHandle).toHaveAttribute('aria-valuetext', '8 Aug 2020');
    expect(endHandle).toHaveAttribute('aria-valuenow', '7');
    expect(endHandle).toHaveAttribute('aria-valuemin', '3');
    expect(endHandle).toHaveAttribute('aria-valuemax', '10');
    for (const handle of [startHandle, endHandle]) {
      expect(handle).toHaveAttribute('tabindex', '0');
      expect(handle).toHaveAttribute('aria-orientation', 'horizontal');
    }
  });

  it('draws the handles at their days and the slide between them', () => {
    const { startHandle, endHandle, handleX, slide } = renderBrush({ start: 3, end: 7 });
    expect(handleX(startHandle)).toBe(getHandleX(track, 3));
    expect(handleX(endHandle)).toBe(getHandleX(track, 7));
    expect(slide).toHaveAttribute('x', '140');
    expect(slide).toHaveAttribute('width', '30');
    // The grip: two lines a pixel either side of the handle's middle, a pixel inside its edges.
    const [upper, lower] = startHandle.querySelectorAll('line');
    expect(upper).toHaveAttribute('y1', '35');
    expect(lower).toHaveAttribute('y1', '37');
    expect(upper).toHaveAttribute('x1', '131');
    expect(upper).toHaveAttribute('x2', '139');
  });

  it('moves a handle a day with an arrow key, without ending a drag', () => {
    const { startHandle, onChange, onDragEnd, handleX } = renderBrush({ start: 3, end: 7 });
    const handled = !fireEvent.keyDown(startHandle, { key: 'ArrowRight' });
    expect(handled).toBe(true);
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ startIndex: 4, endIndex: 7 });
    expect(onDragEnd).not.toHaveBeenCalled();
    expect(startHandle).toHaveAttribute('aria-valuetext', '5 Aug 2020');
    expect(handleX(startHandle)).toBe(getHandleX(track, 4));
  });

  it('takes the start handle as far as the end handle on End', () => {
    const { startHandle, endHandle, onChange } = renderBrush({ start: 3, end: 7 });
    fireEvent.keyDown(startHandle, { key: 'End' });
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ startIndex: 7, endIndex: 7 });
    expect(endHandle).toHaveAttribute('aria-valuemin', '7');
  });

  it('reports nothing for a key at a handle’s limit, yet keeps the key from scrolling the page', () => {
    const { startHandle, endHandle, onChange } = renderBrush({ start: 0, end: 10 });
    expect(fireEvent.keyDown(startHandle, { key: 'ArrowLeft' })).toBe(false);
    fireEvent.keyDown(startHandle, { key: 'Home' });
    fireEvent.keyDown(endHandle, { key: 'PageUp' });
    fireEvent.keyDown(endHandle, { key: 'End' });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('leaves other keys, and arrows with a modifier, to the page', () => {
    const { startHandle, onChange } = renderBrush({ start: 3, end: 7 });
    expect(fireEvent.keyDown(startHandle, { key: 'Tab' })).toBe(true);
    expect(fireEvent.keyDown(startHandle, { key: 'ArrowLeft', altKey: true })).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('drags the end handle to the day under the pointer and reports the end of the drag once', () => {
    const { endHandle, onChange, onDragEnd, handleX } = renderBrush({ start: 3, end: 7 });
    fireEvent.pointerDown(endHandle, { clientX: 500 });
    expect(endHandle).toHaveFocus();
    fireEvent.pointerMove(endHandle, { clientX: 481 });
    fireEvent.pointerMove(endHandle, { clientX: 479 });
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ startIndex: 3, endIndex: 5 });
    expect(handleX(endHandle)).toBe(getHandleX(track, 5));
    // Past the start handle it stops there.
    fireEvent.pointerMove(endHandle, { clientX: 300 });
    expect(onChange).toHaveBeenLastCalledWith({ startIndex: 3, endIndex: 3 });
    expect(onDragEnd).not.toHaveBeenCalled();
    fireEvent.pointerUp(endHandle, { clientX: 300 });
    expect(onDragEnd).toHaveBeenCalledExactlyOnceWith({ startIndex: 3, endIndex: 3 });
    // The drag is over: the pointer moving on moves nothing.
    fireEvent.pointerMove(endHandle, { clientX: 520 });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ends a drag the browser cancels, with the range reached', () => {
    const { startHandle, onDragEnd } = renderBrush({ start: 3, end: 7 });
    fireEvent.pointerDown(startHandle, { clientX: 200 });
    fireEvent.pointerMove(startHandle, { clientX: 180 });
    fireEvent.pointerCancel(startHandle);
    expect(onDragEnd).toHaveBeenCalledExactlyOnceWith({ startIndex: 1, endIndex: 7 });
  });

  it('moves both handles with the slide, keeping the selection’s length at the end of the strip', () => {
    const { slide, startHandle, endHandle, onChange, onDragEnd, handleX } = renderBrush({ start: 3, end: 7 });
    fireEvent.pointerDown(slide, { clientX: 150 });
    fireEvent.pointerMove(slide, { clientX: 170 });
    expect(onChange).toHaveBeenLastCalledWith({ startIndex: 5, endIndex: 9 });
    fireEvent.pointerMove(slide, { clientX: 900 });
    expect(onChange).toHaveBeenLastCalledWith({ startIndex: 6, endIndex: 10 });
    fireEvent.pointerUp(slide, { clientX: 900 });
    expect(onDragEnd).toHaveBeenCalledExactlyOnceWith({ startIndex: 6, endIndex: 10 });
    expect(handleX(startHandle)).toBe(getHandleX(track, 6));
    expect(handleX(endHandle)).toBe(getHandleX(track, 10));
  });

  it('widens a one-day selection at the last day by dragging left from the handles', () => {
    const { endHandle, onChange } = renderBrush({ start: 10, end: 10 });
    fireEvent.pointerDown(endHandle, { clientX: 200 });
    fireEvent.pointerMove(endHandle, { clientX: 170 });
    expect(onChange).toHaveBeenLastCalledWith({ startIndex: 7, endIndex: 10 });
  });

  it('writes each handle’s short date beside it while a handle has focus', () => {
    const { startHandle } = renderBrush({ start: 3, end: 7 });
    expect(document.querySelector('.date-brush__texts')).toBeNull();
    act(() => startHandle.focus());
    const [first, last] = document.querySelectorAll('.date-brush__texts text');
    expect(first).toHaveTextContent('4 Aug');
    expect(first).toHaveAttribute('text-anchor', 'end');
    expect(first).toHaveAttribute('x', String(getHandleX(track, 3) - 5));
    expect(last).toHaveTextContent('8 Aug');
    expect(last).toHaveAttribute('text-anchor', 'start');
    expect(last).toHaveAttribute('x', String(getHandleX(track, 7) + track.travellerWidth + 5));
    act(() => startHandle.blur());
    expect(document.querySelector('.date-brush__texts')).toBeNull();
  });

  it('writes the last day’s date inside the strip when beside the handle it would be cut at the edge', () => {
    // The end handle's right edge at 180; "8 Aug" needs about 34 px after a 5 px gap, past a 200 px wide SVG.
    const { endHandle } = renderBrush({ start: 3, end: 7 }, 200);
    act(() => endHandle.focus());
    const last = document.querySelectorAll('.date-brush__texts text')[1]!;
    expect(last).toHaveTextContent('8 Aug');
    expect(last).toHaveAttribute('text-anchor', 'end');
    expect(last).toHaveAttribute('x', String(getHandleX(track, 7) - 5));
  });

  it('writes the short dates while the pointer is over the brush', () => {
    const { slide } = renderBrush({ start: 3, end: 7 });
    fireEvent.pointerOver(slide);
    expect(document.querySelector('.date-brush__texts')).toHaveTextContent('4 Aug8 Aug');
    fireEvent.pointerOut(slide);
    expect(document.querySelector('.date-brush__texts')).toBeNull();
  });
});
