/** Which markers' names a map image can write without covering another marker or name. */

export interface LabelledMarker {
  /** The marker's centre and radius, in the image's pixels. */
  x: number;
  y: number;
  r: number;
  /** The name's width; it is written right of the marker, centred on its height. */
  labelWidth: number;
}

export interface LabelBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 4;

export type LabelSide = 'right' | 'left';

/** Where a marker's name goes on a side of it, `height` tall. */
export function labelBox(marker: LabelledMarker, side: LabelSide, height: number): LabelBox {
  const left = side === 'right' ? marker.x + marker.r + GAP : marker.x - marker.r - GAP - marker.labelWidth;
  return { left, right: left + marker.labelWidth, top: marker.y - height / 2, bottom: marker.y + height / 2 };
}

const boxesOverlap = (a: LabelBox, b: LabelBox) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function circleOverlaps(marker: LabelledMarker, box: LabelBox): boolean {
  const nearestX = Math.min(Math.max(marker.x, box.left), box.right);
  const nearestY = Math.min(Math.max(marker.y, box.top), box.bottom);
  return Math.hypot(marker.x - nearestX, marker.y - nearestY) < marker.r;
}

/**
 * For each marker, the side its name is written on: right of it, or left when only the left covers no other marker
 * and no name already written, in the order given (the most important first). When neither side is clear the
 * name goes right, or, with `leaveOutCovering` (a map of crowded circles), is left out (null): such a map keeps
 * the names it can show legibly rather than a pile of overlapping ones.
 */
export function chooseMapLabels(
  markers: readonly LabelledMarker[],
  height: number,
  leaveOutCovering: boolean,
): (LabelSide | null)[] {
  const written: LabelBox[] = [];
  const clear = (index: number, box: LabelBox) =>
    !markers.some((other, otherIndex) => otherIndex !== index && circleOverlaps(other, box)) &&
    !written.some((other) => boxesOverlap(other, box));
  return markers.map((marker, index) => {
    if (marker.labelWidth === 0) return null;
    const side = (['right', 'left'] as const).find((candidate) => clear(index, labelBox(marker, candidate, height)));
    const chosen = side ?? (leaveOutCovering ? null : 'right');
    if (chosen !== null) written.push(labelBox(marker, chosen, height));
    return chosen;
  });
}
