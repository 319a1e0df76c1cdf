import {
  MAX_MARKER_DIAMETER,
  MIN_MARKER_DIAMETER,
  chooseLabelSides,
  declutter,
  escapeHtml,
  getMarkerDiameter,
} from './map-layout';

describe('getMarkerDiameter', () => {
  it('gives the busiest place the largest marker and never goes below a tap target', () => {
    expect(getMarkerDiameter(40, 40)).toBe(MAX_MARKER_DIAMETER);
    expect(getMarkerDiameter(1, 40)).toBe(MIN_MARKER_DIAMETER);
    expect(getMarkerDiameter(20, 40)).toBeGreaterThan(getMarkerDiameter(10, 40));
  });

  it('scales area, not diameter, with the count', () => {
    expect(getMarkerDiameter(10, 40)).toBe(Math.round(MAX_MARKER_DIAMETER / 2));
  });
});

describe('declutter', () => {
  const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  it('leaves circles that do not touch where they are', () => {
    const circles = [
      { x: 0, y: 0, r: 10 },
      { x: 100, y: 0, r: 10 },
    ];
    expect(declutter(circles)).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ]);
  });

  it('parts overlapping circles until the gap separates them', () => {
    const circles = [
      { x: 0, y: 0, r: 20 },
      { x: 10, y: 5, r: 14 },
      { x: 12, y: -6, r: 14 },
    ];
    const placed = declutter(circles, 4);
    for (let i = 0; i < circles.length; i++) {
      for (let j = i + 1; j < circles.length; j++) {
        expect(distance(placed[i]!, placed[j]!)).toBeGreaterThanOrEqual(circles[i]!.r + circles[j]!.r + 4 - 0.5);
      }
    }
  });

  it('moves the smaller circle further than the larger one', () => {
    const [big, small] = declutter([
      { x: 0, y: 0, r: 28 },
      { x: 10, y: 0, r: 14 },
    ]);
    expect(Math.abs(big!.x)).toBeLessThan(Math.abs(small!.x - 10));
  });

  it('parts circles at the same spot along a fixed direction, so a reload draws them where they were', () => {
    const placed = declutter([
      { x: 50, y: 50, r: 14 },
      { x: 50, y: 50, r: 14 },
    ]);
    // Two radii and the gap apart (32 px), half each way from the spot they shared, on a line 30° off the horizontal.
    const [dx, dy] = [16 * Math.cos(Math.PI / 6), 16 * Math.sin(Math.PI / 6)];
    expect(placed).toEqual([
      { x: expect.closeTo(50 - dx, 3), y: expect.closeTo(50 - dy, 3) },
      { x: expect.closeTo(50 + dx, 3), y: expect.closeTo(50 + dy, 3) },
    ]);
  });
});

describe('escapeHtml', () => {
  it('escapes markup in place names', () => {
    expect(escapeHtml('<b>"A" & \'B\'</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;');
  });
});

describe('chooseLabelSides', () => {
  const view = { left: 0, top: 0, right: 400, bottom: 300 };

  it('names a marker on its right when nothing is in the way', () => {
    expect(chooseLabelSides([{ x: 100, y: 100, r: 14, labelWidth: 50 }], view)).toEqual(['right']);
  });

  it('moves a name off a neighbouring marker', () => {
    // Zhodino sits right of Minsk: Minsk's name must not run under Zhodino's marker.
    const sides = chooseLabelSides(
      [
        { x: 100, y: 100, r: 28, labelWidth: 40 },
        { x: 160, y: 100, r: 14, labelWidth: 60 },
      ],
      view,
    );
    expect(sides[0]).not.toBe('right');
    expect(sides[1]).toBe('right');
  });

  it('keeps a name inside the view at its right edge', () => {
    expect(chooseLabelSides([{ x: 380, y: 100, r: 14, labelWidth: 80 }], view)).toEqual(['left']);
  });

  it('aligns a name above or below with the marker’s edge when a centred one would be cut by the map’s side', () => {
    // A phone's map, 262 px wide: right and left are taken by a large marker and the edge, and a centred name
    // above would run 20 px off the map.
    const phone = { left: 0, top: 0, right: 262, bottom: 320 };
    const sides = chooseLabelSides(
      [
        { x: 180, y: 141, r: 28, labelWidth: 39 },
        { x: 226, y: 141, r: 14, labelWidth: 110 },
        { x: 226, y: 181, r: 19, labelWidth: 55 },
      ],
      phone,
    );
    expect(sides[1]).toBe('above-end');
  });

  it('keeps two names from printing over each other', () => {
    const sides = chooseLabelSides(
      [
        { x: 100, y: 100, r: 6, labelWidth: 120 },
        { x: 100, y: 114, r: 6, labelWidth: 120 },
      ],
      view,
    );
    expect(sides[0]).toBe('right');
    expect(sides[1]).not.toBe('right');
  });

  it('when no side is clear, takes the one that covers least rather than hiding a big marker', () => {
    // Zhodino at the view's right edge, Minsk (large) to its left, the Belarus marker just below.
    const sides = chooseLabelSides(
      [
        { x: 247, y: 273, r: 28, labelWidth: 40 },
        { x: 295, y: 273, r: 14, labelWidth: 110 },
        { x: 294, y: 313, r: 19, labelWidth: 60 },
      ],
      { left: 0, top: 0, right: 370, bottom: 400 },
    );
    expect(sides[1]).toBe('above');
  });
});
