/**
 * The height an embed reserves before it has loaded, per view and width band. The host page reserves
 * it in CSS before any script runs, and the embed lays itself out to at least that height, so a view
 * whose content fits its band reports exactly the reserved height and the host page never shifts.
 */
import type { EmbedView } from './url-state';

export interface HeightBand {
  /** The widest frame, in CSS pixels, this band applies to (inclusive). */
  upTo: number;
  height: number;
}

// Measured from the built views (e2e/embed-heights.spec.ts keeps map, chart and timeline inside their bands):
// narrow frames stack text, so height falls with width, except where the map changes layout at 641 px. Map and
// chart fit their bands with room to spare for other fonts. The timeline's first page (6 events) wraps line by
// line as the frame narrows, hence its finer bands; an edit to those events' titles may call for new ones, and
// the spec says so. Quotes, actors and "all" depend on their content and grow. A quote's bands fit most cards
// with their notes (the date an undated quote was reported, a relay, an inferred value); a quote with a
// disagreement carries both sides' words and grows.
const bands: Record<EmbedView, readonly HeightBand[]> = {
  map: [
    { upTo: 360, height: 760 },
    { upTo: 480, height: 680 },
    { upTo: 560, height: 620 },
    { upTo: 640, height: 620 },
    { upTo: 900, height: 660 },
    { upTo: Infinity, height: 610 },
  ],
  chart: [
    { upTo: 360, height: 920 },
    { upTo: 480, height: 820 },
    { upTo: 560, height: 780 },
    { upTo: 640, height: 720 },
    { upTo: 900, height: 690 },
    { upTo: Infinity, height: 630 },
  ],
  actors: [
    { upTo: 360, height: 900 },
    { upTo: 480, height: 800 },
    { upTo: 560, height: 720 },
    { upTo: 640, height: 700 },
    { upTo: 900, height: 640 },
    { upTo: Infinity, height: 600 },
  ],
  timeline: [
    { upTo: 300, height: 1450 },
    { upTo: 340, height: 1385 },
    { upTo: 360, height: 1170 },
    { upTo: 420, height: 1080 },
    { upTo: 480, height: 1040 },
    { upTo: 560, height: 980 },
    { upTo: 640, height: 915 },
    { upTo: 780, height: 850 },
    { upTo: 940, height: 810 },
    { upTo: Infinity, height: 760 },
  ],
  quote: [
    { upTo: 360, height: 460 },
    { upTo: 480, height: 400 },
    { upTo: 560, height: 320 },
    { upTo: 640, height: 280 },
    { upTo: 900, height: 260 },
    { upTo: Infinity, height: 260 },
  ],
  all: [
    { upTo: 360, height: 2600 },
    { upTo: 480, height: 2200 },
    { upTo: 560, height: 2100 },
    { upTo: 640, height: 2000 },
    { upTo: 900, height: 1900 },
    { upTo: Infinity, height: 1700 },
  ],
};

/** The width bands of a view, narrowest first; the last one has no upper bound. */
export function getHeightBands(view: EmbedView): readonly HeightBand[] {
  return bands[view];
}

/** The height, in CSS pixels, an embed of `view` reserves in a frame `width` pixels wide. */
export function getInitialEmbedHeight(view: EmbedView, width: number): number {
  const viewBands = bands[view];
  const band = viewBands.find((candidate) => width <= candidate.upTo) ?? viewBands[viewBands.length - 1];
  return band?.height ?? 0;
}

// Large enough that the ramp between two bands is narrower than a thousandth of a pixel.
const stepScale = 100_000;

/**
 * The same bands as a CSS length: `width` is `100%` in a host's `padding-top` (a percentage of the
 * container's width) or `100vw` inside the embed. Each band boundary is a clamp() that jumps from 0 to
 * the change in height, so no script is needed before the page lays out.
 */
export function getInitialEmbedHeightCss(view: EmbedView, width: '100%' | '100vw'): string {
  const viewBands = bands[view];
  const first = viewBands[0]?.height ?? 0;
  const steps: string[] = [];
  viewBands.forEach((band, index) => {
    const next = viewBands[index + 1];
    if (next === undefined) return;
    const change = next.height - band.height;
    if (change > 0) steps.push(`clamp(0px, (${width} - ${band.upTo}px) * ${stepScale}, ${change}px)`);
    if (change < 0) steps.push(`clamp(${change}px, (${band.upTo}px - ${width}) * ${stepScale}, 0px)`);
  });
  return steps.length === 0 ? `${first}px` : `calc(${[`${first}px`, ...steps].join(' + ')})`;
}
