import { describe, expect, it } from 'vitest';
import { BRUSH_HEIGHT, PLOT_MARGIN, X_PADDING, Y_AXIS_WIDTH } from './chart-geometry';
import { getPlotGeometry } from './plot-geometry';

const day = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const first = day('2020-08-09');
const last = day('2020-10-27');

const geometryAt = (width: number, height: number, bandHeight = 0, domainX: [number, number] = [first, last]) =>
  getPlotGeometry({ width, height, domain: { x: domainX, y: [0, 20_000] }, bandHeight });

describe('getPlotGeometry', () => {
  it('leaves room for the value axis on the left, and for the date axis and the brush below', () => {
    const { plot, brush } = geometryAt(600, 300);
    expect(plot.x).toBeGreaterThanOrEqual(Y_AXIS_WIDTH);
    expect(plot.x + plot.width).toBe(600 - PLOT_MARGIN.right);
    // The brush spans the plot's width, below the date axis, inside the SVG.
    expect(brush).toMatchObject({ x: plot.x, width: plot.width, height: BRUSH_HEIGHT });
    expect(brush.y).toBeGreaterThan(plot.y + plot.height);
    expect(brush.y + brush.height).toBeLessThanOrEqual(300);
  });

  it('puts the first and last days just inside the plot, and halfway in time halfway across', () => {
    const { plot, x } = geometryAt(600, 300);
    expect(x(first)).toBe(plot.x + X_PADDING);
    expect(x(last)).toBe(plot.x + plot.width - X_PADDING);
    expect(x((first + last) / 2)).toBeCloseTo((x(first) + x(last)) / 2);
    // A day before the range falls left of the plot, where the marks leave it out.
    expect(x(day('2020-08-01'))).toBeLessThan(plot.x);
  });

  it('draws a one-day range at the middle of the plot', () => {
    const { plot, x } = geometryAt(600, 300, 0, [first, first]);
    expect(x(first)).toBe(plot.x + plot.width / 2);
  });

  it('puts zero on the plot’s floor and the top value under the band of vague reports', () => {
    const { plot, y } = geometryAt(600, 300, 40);
    expect(y(0)).toBe(plot.y + plot.height);
    expect(y(20_000)).toBe(plot.y + 40);
    expect(y(10_000)).toBeCloseTo(plot.y + 40 + (plot.height - 40) / 2);
  });

  it('gives a plot too narrow for its margins no width rather than a negative one', () => {
    expect(geometryAt(50, 300).plot.width).toBe(0);
  });
});
