import { describe, expect, it } from 'vitest';
import { getRowWindow, scrollToRow } from './windowing';

describe('getRowWindow', () => {
  it('draws the rows in view and a few either side, the same for 20 rows and 20,000', () => {
    expect(getRowWindow(0, 256, 32, 20, 2)).toEqual({ start: 0, end: 10 });
    expect(getRowWindow(3200, 256, 32, 20_000, 2)).toEqual({ start: 98, end: 110 });
  });

  it('stays inside the list at its ends and when it is empty', () => {
    expect(getRowWindow(640_000, 256, 32, 20_000, 4)).toEqual({ start: 19_996, end: 20_000 });
    expect(getRowWindow(0, 256, 32, 0)).toEqual({ start: 0, end: 0 });
    expect(getRowWindow(-50, 256, 32, 3)).toEqual({ start: 0, end: 3 });
  });
});

describe('scrollToRow', () => {
  it('leaves a row in view where it is and brings one above or below just into view', () => {
    expect(scrollToRow(64, 256, 32, 3)).toBe(64);
    expect(scrollToRow(64, 256, 32, 1)).toBe(32);
    expect(scrollToRow(0, 256, 32, 10)).toBe(96);
  });
});
