/**
 * The chart's fixed measures, shared by the drawing and the box that holds its place before it is drawn: both must
 * agree on the height, or the page would move when the drawing replaces the box.
 */

export const MILESTONE_ROW_HEIGHT = 15;
export const MILESTONE_ROWS = 3;
/** Height of one row of the band at the top of the plot where reports without a number sit. */
export const VAGUE_ROW_HEIGHT = 18;
/** At most this many rows of vague reports; beyond, labels may touch (the table lists every one). */
export const MAX_VAGUE_ROWS = 5;
/** Font size of the figures' labels, for estimating their width. */
export const LABEL_FONT = 12;
/** The band's height for a number of rows, with room above and below. */
export const vagueBandHeight = (rows: number) => Math.max(1, rows) * VAGUE_ROW_HEIGHT + 14;

/** The chart's height with one row of vague reports; each further row adds its height. */
export const CHART_HEIGHT = 330;
export const MARGIN = { top: MILESTONE_ROWS * MILESTONE_ROW_HEIGHT + 8, right: 24, bottom: 4, left: 12 };
export const Y_AXIS_WIDTH = 76;
/** Room under the plot for the date axis's ticks and labels. */
export const X_AXIS_HEIGHT = 30;
export const BRUSH_HEIGHT = 32;
export const BRUSH_HANDLE_WIDTH = 10;
/** The margin around the plot: the value axis's room on the left, the date axis's below (then the brush's). */
export const PLOT_MARGIN = {
  ...MARGIN,
  left: MARGIN.left + Y_AXIS_WIDTH,
  bottom: MARGIN.bottom + X_AXIS_HEIGHT,
};
export const X_PADDING = 8;
