import { describe, expect, it } from 'vitest';
import { sliceSource } from '../../src/data/source-text';
import { FIXTURE_TEXT, fixtureInput, swap } from './build-fixture';
import { compileDataset } from './compile';
import { formatProblem } from './problems';

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
