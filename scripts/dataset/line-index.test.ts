import { describe, expect, it } from 'vitest';
import { indexLines } from './line-index';

describe('indexLines', () => {
  const text = 'first\nsecond\n\nfourth';

  it('gives the 1-based line of an offset, counting empty lines', () => {
    const lines = indexLines(text);
    expect(lines.lineOf(0)).toBe(1);
    expect(lines.lineOf(4)).toBe(1);
    expect(lines.lineOf(5)).toBe(1); // the line break ends its own line
    expect(lines.lineOf(6)).toBe(2);
    expect(lines.lineOf(13)).toBe(3);
    expect(lines.lineOf(14)).toBe(4);
    expect(lines.lineOf(text.length)).toBe(4);
  });

  it('finds lines in a text of many thousands of lines without re-reading it', () => {
    const many = Array.from({ length: 50_000 }, (_, index) => `line ${index + 1}`).join('\n');
    const lines = indexLines(many);
    expect(lines.lineOf(many.lastIndexOf('line 50000'))).toBe(50_000);
    expect(lines.lineOf(many.indexOf('line 25000\n'))).toBe(25_000);
  });
});
