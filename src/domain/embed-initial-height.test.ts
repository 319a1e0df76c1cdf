import { getHeightBands, getInitialEmbedHeight, getInitialEmbedHeightCss } from './embed-initial-height';
import { embedViews } from './url-state';

/** Evaluates the generated CSS the way a browser would, for a container `width` pixels wide. */
function evaluateCss(css: string, width: number): number {
  const expression = css
    .replaceAll('100%', String(width))
    .replaceAll('100vw', String(width))
    .replaceAll('calc(', '(')
    .replaceAll('px', '');
  // Only digits, operators, parentheses and clamp( survive: anything else means the CSS changed shape.
  expect(expression).toMatch(/^[\d\s+\-*().,clamp]+$/);
  const clamp = (min: number, value: number, max: number) => Math.min(Math.max(value, min), max);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the expression was checked to hold only arithmetic
  return (new Function('clamp', `return ${expression};`) as (c: typeof clamp) => number)(clamp);
}

describe('initial embed height', () => {
  it.each(embedViews)(
    '%s: the CSS reservation equals the script’s height at every width from 280 to 1200 px',
    (view) => {
      for (const unit of ['100%', '100vw'] as const) {
        const css = getInitialEmbedHeightCss(view, unit);
        for (let width = 280; width <= 1200; width += 1) {
          expect(Math.round(evaluateCss(css, width))).toBe(getInitialEmbedHeight(view, width));
        }
      }
    },
  );

  it('changes height exactly at the band boundaries, the boundary belonging to the narrower band', () => {
    const [narrow, middle] = getHeightBands('map');
    if (!narrow || !middle) throw new Error('map needs at least two bands');
    expect(getInitialEmbedHeight('map', narrow.upTo)).toBe(narrow.height);
    expect(getInitialEmbedHeight('map', narrow.upTo + 1)).toBe(middle.height);
  });

  it('keeps the widest band for frames wider than any boundary', () => {
    const mapBands = getHeightBands('map');
    expect(getInitialEmbedHeight('map', 5000)).toBe(mapBands[mapBands.length - 1]?.height);
  });

  it('reserves a taller frame for a stacked narrow quote than for a wide one', () => {
    expect(getInitialEmbedHeight('quote', 280)).toBeGreaterThan(getInitialEmbedHeight('quote', 1200));
  });
});
