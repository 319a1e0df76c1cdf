/**
 * Pure rules for the chart's marks: where their text goes so labels of nearby dates do not print over each
 * other, which marks are labelled at all, and how the arrow keys move between them.
 */

/** A rough width for a line of text: good enough to keep labels apart without measuring the DOM. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.56);
}

export interface Interval {
  start: number;
  end: number;
}

/**
 * Puts each interval (taken in order of `start`) in the first row where it clears the previous one by
 * `gap`; when no row is free, in the row that frees up first. Returns a row index per interval, in input order.
 */
export function assignRows(intervals: readonly Interval[], rowCount: number, gap = 4): number[] {
  const order = intervals.map((_, index) => index).sort((a, b) => intervals[a]!.start - intervals[b]!.start || a - b);
  const rowEnds = Array.from({ length: Math.max(1, rowCount) }, () => -Infinity);
  const rows = new Array<number>(intervals.length).fill(0);
  for (const index of order) {
    const { start, end } = intervals[index]!;
    let row = rowEnds.findIndex((rowEnd) => rowEnd + gap <= start);
    if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
    rows[index] = row;
    rowEnds[row] = end;
  }
  return rows;
}

export interface PointLabel {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below';

export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const OFFSET = 9;

function boxFor(label: PointLabel, side: LabelSide): Bounds {
  switch (side) {
    case 'right':
      return {
        left: label.x + OFFSET,
        right: label.x + OFFSET + label.width,
        top: label.y - label.height / 2,
        bottom: label.y + label.height / 2,
      };
    case 'left':
      return {
        left: label.x - OFFSET - label.width,
        right: label.x - OFFSET,
        top: label.y - label.height / 2,
        bottom: label.y + label.height / 2,
      };
    case 'above':
      return {
        left: label.x - label.width / 2,
        right: label.x + label.width / 2,
        top: label.y - OFFSET - label.height,
        bottom: label.y - OFFSET,
      };
    case 'below':
      return {
        left: label.x - label.width / 2,
        right: label.x + label.width / 2,
        top: label.y + OFFSET,
        bottom: label.y + OFFSET + label.height,
      };
  }
}

const overlaps = (a: Bounds, b: Bounds) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (box: Bounds, bounds: Bounds) =>
  box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;

/**
 * A side for each point's label: right of the point if that is free and inside the plot, else left,
 * above or below; the first side inside the plot when every side collides. Points are taken in order.
 */
export function placePointLabels(labels: readonly PointLabel[], bounds: Bounds): LabelSide[] {
  const sides: LabelSide[] = ['right', 'left', 'above', 'below'];
  const placed: Bounds[] = [];
  return labels.map((label) => {
    const fits = sides.filter((side) => inside(boxFor(label, side), bounds));
    const side = fits.find((s) => !placed.some((box) => overlaps(box, boxFor(label, s)))) ?? fits[0] ?? 'right';
    placed.push(boxFor(label, side));
    return side;
  });
}

/** A milestone's title short enough to print beside its line: its first clause, cut at a word if still long. */
export function shortenTitle(title: string, maxChars = 30): string {
  const clause = title.split(/[;:—]/)[0]!.trim();
  if (clause.length <= maxChars) return clause;
  const cut = clause.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,]+$/, '')}…`;
}

export interface VagueLabel {
  /** The mark's x in pixels. */
  x: number;
  /** The label's estimated width in pixels. */
  width: number;
}

/**
 * Rows and sides for the labels of reports without a number, which share a band above the plot: each label
 * runs right of its mark (left near the plot's right edge), in the first row where it clears the others.
 */
export function layoutVagueLabels(
  labels: readonly VagueLabel[],
  plotRight: number,
  maxRows: number,
): { side: 'left' | 'right'; row: number }[] {
  const sides = labels.map(({ x, width }) => (x + 10 + width > plotRight ? ('left' as const) : ('right' as const)));
  const rows = assignRows(
    labels.map(({ x, width }, index) =>
      sides[index] === 'left' ? { start: x - 10 - width, end: x + 8 } : { start: x - 8, end: x + 10 + width },
    ),
    maxRows,
    6,
  );
  return labels.map((_, index) => ({ side: sides[index]!, row: rows[index]! }));
}

/** Above this many marks, labels would cover each other and the data: only a few are printed. */
export const MAX_LABELLED_MARKS = 40;

/**
 * Which marks (indexes into `marks`) print their label: every one when there are at most `max`; beyond,
 * only the highest reported number and the latest one. The others keep their name and tooltip, and the
 * table lists every report.
 */
export function pickLabelledMarks(
  marks: readonly { time: number; value: number | null }[],
  max = MAX_LABELLED_MARKS,
): Set<number> {
  if (marks.length <= max) return new Set(marks.keys());
  let highest = -1;
  let latest = -1;
  marks.forEach(({ time, value }, index) => {
    if (value === null) return;
    if (highest === -1 || value > marks[highest]!.value!) highest = index;
    if (latest === -1 || time >= marks[latest]!.time) latest = index;
  });
  return new Set([highest, latest].filter((index) => index !== -1));
}

/**
 * Where an arrow key moves focus among `count` marks in date order: Left and Right step (stopping at
 * the ends), Home and End jump to the first and last. Null for any other key.
 */
export function getRovingIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowRight':
      return Math.min(count - 1, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
