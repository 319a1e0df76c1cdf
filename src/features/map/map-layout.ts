/** Pure layout rules for the map's markers: their size, and nudging them apart so none hides another. */

export const MIN_MARKER_DIAMETER = 28;
export const MAX_MARKER_DIAMETER = 56;

/** A marker's diameter in pixels: its area grows with how much happened there, never below a tap target. */
export function getMarkerDiameter(total: number, maxTotal: number): number {
  if (maxTotal <= 0 || total <= 0) return MIN_MARKER_DIAMETER;
  const scaled = MAX_MARKER_DIAMETER * Math.sqrt(Math.min(total, maxTotal) / maxTotal);
  return Math.round(Math.max(MIN_MARKER_DIAMETER, scaled));
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

/**
 * Moves overlapping circles apart (in screen pixels) until at least `gap` separates them, each pair
 * pushed along the line between them, the smaller circle further. Deterministic: the same input gives
 * the same output. Minsk and the country marker for Belarus, 30 km apart, would otherwise cover each other.
 */
export function declutter(circles: readonly Circle[], gap = 4, iterations = 80): { x: number; y: number }[] {
  const positions = circles.map((c) => ({ x: c.x, y: c.y }));
  for (let iteration = 0; iteration < iterations; iteration++) {
    let moved = false;
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        const a = positions[i]!;
        const b = positions[j]!;
        const minDistance = circles[i]!.r + circles[j]!.r + gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance - 0.01) continue;
        if (distance < 0.001) {
          // Same spot: part them along a fixed direction that depends on the pair, not on chance.
          const angle = ((i * 7 + j * 13) % 12) * (Math.PI / 6);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          distance = 1;
        }
        const push = minDistance - distance;
        const ri = circles[i]!.r;
        const rj = circles[j]!.r;
        // The larger circle moves less: it usually stands for the place readers look for first.
        const shareI = rj / (ri + rj);
        const shareJ = ri / (ri + rj);
        a.x -= (dx / distance) * push * shareI;
        a.y -= (dy / distance) * push * shareI;
        b.x += (dx / distance) * push * shareJ;
        b.y += (dy / distance) * push * shareJ;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return positions;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for Leaflet's `html` strings (divIcon content is set with innerHTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEscapes[char]!);
}

/**
 * Where a name goes around its marker. `*-start` runs right from the marker's left edge, `*-end` ends at its right
 * edge: for a marker near the map's side, where a centred name would be cut.
 */
export type LabelSide =
  'right' | 'left' | 'below' | 'above' | 'below-start' | 'above-start' | 'below-end' | 'above-end';

export interface LabelledCircle extends Circle {
  /** Estimated width of the name beside the marker, in pixels. */
  labelWidth: number;
}

export interface PixelBounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const LABEL_HEIGHT = 18;
const LABEL_GAP = 4;

function labelBox(circle: LabelledCircle, side: LabelSide): PixelBounds {
  const { x, y, r, labelWidth: w } = circle;
  switch (side) {
    case 'right':
      return {
        left: x + r + LABEL_GAP,
        right: x + r + LABEL_GAP + w,
        top: y - LABEL_HEIGHT / 2,
        bottom: y + LABEL_HEIGHT / 2,
      };
    case 'left':
      return {
        left: x - r - LABEL_GAP - w,
        right: x - r - LABEL_GAP,
        top: y - LABEL_HEIGHT / 2,
        bottom: y + LABEL_HEIGHT / 2,
      };
    case 'below':
      return { left: x - w / 2, right: x + w / 2, top: y + r + 2, bottom: y + r + 2 + LABEL_HEIGHT };
    case 'above':
      return { left: x - w / 2, right: x + w / 2, top: y - r - 2 - LABEL_HEIGHT, bottom: y - r - 2 };
    case 'below-start':
      return { left: x - r, right: x - r + w, top: y + r + 2, bottom: y + r + 2 + LABEL_HEIGHT };
    case 'above-start':
      return { left: x - r, right: x - r + w, top: y - r - 2 - LABEL_HEIGHT, bottom: y - r - 2 };
    case 'below-end':
      return { left: x + r - w, right: x + r, top: y + r + 2, bottom: y + r + 2 + LABEL_HEIGHT };
    case 'above-end':
      return { left: x + r - w, right: x + r, top: y - r - 2 - LABEL_HEIGHT, bottom: y - r - 2 };
  }
}

/** Area shared by two boxes (0 when apart). */
function overlapArea(a: PixelBounds, b: PixelBounds): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

const circleBox = (c: Circle): PixelBounds => ({
  left: c.x - c.r,
  right: c.x + c.r,
  top: c.y - c.r,
  bottom: c.y + c.r,
});

/**
 * Which side of its marker each place's name goes: the first of right, left, below, above (centred, then
 * aligned with either edge of the marker) that is
 * clear of every other marker, every name already placed and the edge of the view; when none is clear,
 * the side that covers the least (text out of view counts double). Pass the most important marker first.
 */
export function chooseLabelSides(circles: readonly LabelledCircle[], view: PixelBounds): LabelSide[] {
  const sides: LabelSide[] = [
    'right',
    'left',
    'below',
    'above',
    'below-start',
    'above-start',
    'below-end',
    'above-end',
  ];
  const placed: PixelBounds[] = [];
  return circles.map((circle, index) => {
    const cost = (side: LabelSide) => {
      const box = labelBox(circle, side);
      const area = (box.right - box.left) * (box.bottom - box.top);
      const outOfView = area - overlapArea(box, view);
      const onMarkers = circles.reduce(
        (sum, other, otherIndex) => sum + (otherIndex === index ? 0 : overlapArea(box, circleBox(other))),
        0,
      );
      const onNames = placed.reduce((sum, other) => sum + overlapArea(box, other), 0);
      return 2 * outOfView + onMarkers + onNames;
    };
    const costs = sides.map(cost);
    const side = sides[costs.indexOf(Math.min(...costs))]!;
    placed.push(labelBox(circle, side));
    return side;
  });
}
