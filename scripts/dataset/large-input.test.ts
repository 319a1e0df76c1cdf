import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, fixtureInput } from './build-fixture';
import { compileDataset } from './compile';
import { formatProblem } from './problems';

// Generous: these are about what the build reports for a huge input, never its speed; the machine may be busy.
describe('a 10 MB article with 22,700 quoted passages nobody annotated', { timeout: 120_000 }, () => {
  const PASSAGES = 22_700;
  // Five sentences a paragraph: the one with the passage, and four the ledger does not list either.
  const filler =
    ' The crowd moved on through the long streets of the old city centre, and the police watched from the side.'.repeat(
      4,
    );
  const paragraphs = Array.from({ length: PASSAGES }, (_, i) => `Paragraph ${i + 1} says “something ${i}”.${filler}`);
  const text = `${FIXTURE_TEXT}${paragraphs.join('\n\n')}\n`;

  it('is refused, every passage and sentence counted and the first 100 listed at their lines', () => {
    expect(text.length).toBeGreaterThan(10_000_000);
    const result = compileDataset(fixtureInput({}, { 'fixture-2020-08-17': text }).input);
    if (result.ok) throw new Error('the build fails');
    const firstLine = FIXTURE_TEXT.split('\n').length;
    expect(result.problems.map(formatProblem).slice(0, 2)).toEqual([
      `data/sources/fixture-2020-08-17.txt:${firstLine}: quoted passage "something 0": is neither a quote's evidence nor listed in data/annotations/not-speech.yaml with a reason`,
      `data/sources/fixture-2020-08-17.txt:${firstLine + 2}: quoted passage "something 1": is neither a quote's evidence nor listed in data/annotations/not-speech.yaml with a reason`,
    ]);
    expect(result.problems).toHaveLength(100);
    expect(result.problems.length + result.more).toBe(PASSAGES + PASSAGES * 5);
  });
});
