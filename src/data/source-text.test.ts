import { describe, expect, it } from 'vitest';
import { excerptProblem, excerptsOf, sliceSource, sourceEnd, wholeSource } from './source-text';

// "Alpha beta.\n\nGamma delta.\n\nEpsilon." with its middle paragraph left out.
const excerpted = {
  rights: 'excerpts' as const,
  text: 'Alpha beta.\n\nEpsilon.',
  excerpts: [
    { start: 0, end: 13 },
    { start: 27, end: 35 },
  ],
};

describe('sliceSource', () => {
  it('reads words by their offsets in the original article, through the kept ranges', () => {
    expect(sliceSource(excerpted, 6, 10)).toBe('beta');
    expect(sliceSource(excerpted, 27, 34)).toBe('Epsilon');
  });

  it('gives nothing for words in a paragraph left out or across a gap', () => {
    expect(sliceSource(excerpted, 13, 18)).toBeNull();
    expect(sliceSource(excerpted, 6, 30)).toBeNull();
  });

  it('reads a source kept whole as the text itself', () => {
    expect(sliceSource(wholeSource({ text: 'Alpha beta.' }), 6, 10)).toBe('beta');
  });
});

describe('excerptsOf and sourceEnd', () => {
  it('gives each kept range its words, and where the last one ends', () => {
    expect(excerptsOf(excerpted)).toEqual([
      { start: 0, end: 13, text: 'Alpha beta.\n\n' },
      { start: 27, end: 35, text: 'Epsilon.' },
    ]);
    expect(sourceEnd(excerpted)).toBe(35);
  });
});

describe('excerptProblem', () => {
  it('accepts ranges in order whose lengths add up to the text', () => {
    expect(excerptProblem(excerpted)).toBeNull();
    expect(excerptProblem(wholeSource({ text: 'Alpha.', rights: 'full' as const }))).toBeNull();
  });

  it('refuses ranges out of order, touching, empty or not adding up, and a whole article cut short', () => {
    const withRanges = (excerpts: { start: number; end: number }[]) => excerptProblem({ ...excerpted, excerpts });
    expect(withRanges([excerpted.excerpts[1]!, excerpted.excerpts[0]!])).toMatch(/does not start after/);
    expect(
      withRanges([
        { start: 0, end: 13 },
        { start: 13, end: 21 },
      ]),
    ).toMatch(/does not start after/);
    expect(withRanges([{ start: 5, end: 5 }])).toMatch(/is empty/);
    expect(withRanges([{ start: 0, end: 13 }])).toBe('the ranges hold 13 characters, the text 21');
    expect(excerptProblem({ rights: 'full', text: 'Alpha.', excerpts: [{ start: 0, end: 3 }] })).toMatch(/one range/);
  });
});
