import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schema';
import { excerptProblem, sliceSource } from '../../src/data/source-text';
import { FIXTURE_TEXT, fixtureInput, swap } from './build-fixture';
import { compileDataset } from './compile';
import { excerptSource, paragraphRanges } from './excerpt-sources';
import { formatProblem } from './problems';

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

describe('the data build with a source published as excerpts', () => {
  const build = () => {
    const result = compileDataset(fixtureInput(swap('sources', 'rights: full', 'rights: excerpts')).input);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.dataset;
  };

  it('publishes the paragraphs holding evidence and leaves out the one that holds none', () => {
    const [source] = build().sources;
    const dropped = FIXTURE_TEXT.indexOf('The crisis has no end in sight.');
    expect(source).toMatchObject({ rights: 'excerpts', excerpts: [{ start: 0, end: dropped }] });
    expect(source?.text).toBe(FIXTURE_TEXT.slice(0, dropped));
    expect(source?.text).not.toContain('The crisis');
  });

  it('keeps every offset of evidence, attribution and relay true against the original article', () => {
    const dataset = build();
    const [source] = dataset.sources;
    const spans = [
      ...[...dataset.events, ...dataset.figures].flatMap((item) => [
        ...item.evidence,
        ...(item.attribution ? [item.attribution.evidence] : []),
      ]),
      ...dataset.quotes.flatMap((quote) => [...quote.evidence, ...(quote.via ? [quote.via.evidence] : [])]),
    ];
    expect(spans.length).toBe(8);
    for (const span of spans) {
      expect(FIXTURE_TEXT.slice(span.start, span.end)).toBe(span.exact);
      expect(sliceSource(source!, span.start, span.end)).toBe(span.exact);
    }
  });
});
