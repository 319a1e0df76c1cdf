import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date';
import { isoDateSchema } from './schema';

describe('isoDateSchema', () => {
  it('refuses a day before 1900 or after 2100, saying which days it accepts', () => {
    for (const date of ['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) {
      expect(isoDateSchema.safeParse(date).error?.issues.map((issue) => issue.message)).toEqual([
        'must be a day from 1900-01-01 to 2100-12-31',
      ]);
    }
  });

  it('accepts the first and the last day of the range', () => {
    expect(isoDateSchema.safeParse('1900-01-01').success).toBe(true);
    expect(isoDateSchema.safeParse('2100-12-31').success).toBe(true);
  });

  it('reports a malformed date once, as malformed, not also as out of range', () => {
    expect(isoDateSchema.safeParse('someday').error?.issues).toHaveLength(1);
    expect(isoDateSchema.safeParse('2020-02-30').error?.issues).toHaveLength(1);
  });
});

describe('isIsoDate', () => {
  it('accepts exactly what the dataset schema accepts', () => {
    const dateLike = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      // Near the bounds, where an off-by-one would show.
      fc
        .tuple(fc.constantFrom(1899, 1900, 1901, 2099, 2100, 2101), fc.integer({ min: 1, max: 12 }), fc.nat(31))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(dateLike, (value) => {
        expect(isIsoDate(value)).toBe(isoDateSchema.safeParse(value).success);
      }),
      { numRuns: 3000 },
    );
  });
});
