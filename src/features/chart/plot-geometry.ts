/**
 * Where the timeline's plot stands in its SVG and where a day or a value falls in it: linear scales over the visible
 * days (ms) and the value axis, the plot inset by its margins, the brush's strip below the date axis.
 */
import { BRUSH_HEIGHT, MARGIN, PLOT_MARGIN, X_PADDING } from './chart-geometry';

export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlotGeometry {
  /** The plot's box: the grid and the marks; the axes are drawn on its edges. */
  plot: PlotBox;
  /** The brush's strip under the date axis, as wide as the plot. */
  brush: PlotBox;
  /** Where a time (ms) falls across the plot; outside the visible days it falls outside the plot. */
  x: (time: number) => number;
  /** Where a value falls up the plot; the band of vague reports takes the top, so the top value sits under it. */
  y: (value: number) => number;
}

interface GeometryInput {
  /** The SVG's size in pixels (its units are pixels). */
  width: number;
  height: number;
  /** The visible days (ms) and the value axis's range. */
  domain: { x: readonly [number, number]; y: readonly [number, number] };
  /** Height of the band at the top of the plot where reports without a number sit. */
  bandHeight: number;
}

export function getPlotGeometry({ width, height, domain, bandHeight }: GeometryInput): PlotGeometry {
  const plot = {
    x: PLOT_MARGIN.left,
    y: PLOT_MARGIN.top,
    width: Math.max(0, width - PLOT_MARGIN.left - PLOT_MARGIN.right),
    height: Math.max(0, height - PLOT_MARGIN.top - PLOT_MARGIN.bottom - BRUSH_HEIGHT),
  };
  const bottom = plot.y + plot.height;
  return {
    plot,
    brush: { x: plot.x, y: height - MARGIN.bottom - BRUSH_HEIGHT, width: plot.width, height: BRUSH_HEIGHT },
    // The first and last days stand a little inside the plot, so their marks are not cut by its edges.
    x: linearScale(domain.x, [plot.x + X_PADDING, plot.x + plot.width - X_PADDING]),
    y: linearScale(domain.y, [bottom, Math.min(bottom, plot.y + bandHeight)]),
  };
}

/** Maps a domain linearly onto a range; a domain of one value (a one-day range) maps to the range's middle. */
function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) {
  const span = d1 - d0;
  if (span === 0) return () => (r0 + r1) / 2;
  return (value: number) => r0 + ((value - d0) / span) * (r1 - r0);
}
