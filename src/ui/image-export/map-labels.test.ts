import { describe, expect, it } from 'vitest';
import { chooseMapLabels } from './map-labels';

const marker = (x: number, y: number, r: number, labelWidth = 60) => ({ x, y, r, labelWidth });

describe('chooseMapLabels', () => {
  it('writes every name right of its marker when that covers nothing', () => {
    const markers = [marker(0, 0, 10), marker(0, 100, 10), marker(300, 0, 10)];
    expect(chooseMapLabels(markers, 16, true)).toEqual(['right', 'right', 'right']);
  });

  it('writes a name left of its marker when the right would cover another marker', () => {
    // The first name, right of it, would run from x 14 to 74, over the second marker at x 50.
    expect(chooseMapLabels([marker(0, 0, 10), marker(50, 0, 10)], 16, true)).toEqual(['left', 'right']);
  });

  it('among crowded circles, leaves out a name that covers something on both sides', () => {
    const crowded = [marker(0, 0, 10), marker(50, 0, 10), marker(-50, 0, 10)];
    expect(chooseMapLabels(crowded, 16, true)).toEqual([null, 'right', 'left']);
  });

  it('among named markers, writes every name, right of its marker when neither side is clear', () => {
    const crowded = [marker(0, 0, 10), marker(50, 0, 10), marker(-50, 0, 10)];
    expect(chooseMapLabels(crowded, 16, false)).toEqual(['right', 'right', 'left']);
  });

  it('leaves out a later name that would cover one already written on both sides, keeping the first', () => {
    // Two markers one above the other, 10 px apart in height: their names would overlap on either side.
    expect(chooseMapLabels([marker(0, 0, 4), marker(0, 10, 4)], 16, true)).toEqual(['right', 'left']);
    // A third between them finds both sides taken.
    expect(chooseMapLabels([marker(0, 0, 4), marker(0, 10, 4), marker(0, 5, 4)], 16, true)).toEqual([
      'right',
      'left',
      null,
    ]);
  });

  it('writes no name for a marker without one', () => {
    expect(chooseMapLabels([marker(0, 0, 10, 0)], 16, false)).toEqual([null]);
  });
});
