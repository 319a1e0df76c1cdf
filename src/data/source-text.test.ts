import { describe, expect, it } from 'vitest';
import type { Source } from './schema';
import {
  excerptProblem,
  excerptSource,
  excerptsOf,
  paragraphRanges,
  sliceSource,
  sourceEnd,
  wholeSource,
} from './source-text';

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

const ARTICLE = 'First paragraph.\n\nSecond one, with evidence.\n\nThird.\r\n  \r\nFourth, also cited.\n';
const at = (words: string) => ({ start: ARTICLE.indexOf(words), end: ARTICLE.indexOf(words) + words.length });
const article: Source = {
  id: 'a',
  published: '2020-08-17',
  outlet: null,
  headline: null,
  url: null,
  rights: 'excerpts',
  text: ARTICLE,
  excerpts: [{ start: 0, end: ARTICLE.length }],
};

describe('paragraphRanges', () => {
  it('tiles the article, each paragraph taking the blank lines after it', () => {
    expect(paragraphRanges(ARTICLE).map(({ start, end }) => ARTICLE.slice(start, end))).toEqual([
      'First paragraph.\n\n',
      'Second one, with evidence.\n\n',
      'Third.\r\n  \r\n',
      'Fourth, also cited.\n',
    ]);
  });

  it('gives leading blank lines to the first paragraph and takes a text with no paragraph break whole', () => {
    expect(paragraphRanges('\n\nOnly.')).toEqual([{ start: 0, end: 7 }]);
    expect(paragraphRanges('One line')).toEqual([{ start: 0, end: 8 }]);
    expect(paragraphRanges('')).toEqual([]);
  });
});

describe('excerptSource', () => {
  it('keeps only the paragraphs holding evidence, at their original offsets', () => {
    const excerpted = excerptSource(article, [at('with evidence'), at('also cited')]);
    expect(excerpted.excerpts).toEqual([
      { start: 18, end: 46 },
      { start: 58, end: ARTICLE.length },
    ]);
    expect(excerpted.text).toBe('Second one, with evidence.\n\nFourth, also cited.\n');
    expect(excerptProblem(excerpted)).toBeNull();
  });

  it('selects every piece of evidence through the kept ranges, by its original offsets', () => {
    const spans = [at('with evidence'), at('also cited'), at('Fourth')];
    const excerpted = excerptSource(article, spans);
    for (const span of spans) {
      expect(sliceSource(excerpted, span.start, span.end)).toBe(ARTICLE.slice(span.start, span.end));
    }
    expect(sliceSource(excerpted, at('First').start, at('First').end)).toBeNull();
  });

  it('joins touching paragraphs into one range, and keeps both paragraphs of evidence that spans them', () => {
    const across = { start: at('paragraph.').start, end: at('Second one').end };
    const excerpted = excerptSource(article, [across, at('with evidence')]);
    expect(excerpted.excerpts).toEqual([{ start: 0, end: 46 }]);
    expect(sliceSource(excerpted, across.start, across.end)).toBe('paragraph.\n\nSecond one');
  });

  it('keeps nothing of an article no evidence cites', () => {
    const excerpted = excerptSource(article, []);
    expect(excerpted).toMatchObject({ text: '', excerpts: [] });
  });
});
