import { describe, expect, it } from 'vitest';
import { findQuotedPassages } from './quoted-passages';

const texts = (text: string) => findQuotedPassages(text).map((passage) => passage.text);

describe('findQuotedPassages', () => {
  it('finds curly and straight double quotes', () => {
    expect(texts('He said “no” and she said "yes".')).toEqual(['no', 'yes']);
  });

  it('finds single quotes used as quotation marks, in headlines and running text', () => {
    expect(texts("‘WARY RUSSIA’\n\nTrump calls it a 'terrible situation'\n")).toEqual([
      'WARY RUSSIA',
      'terrible situation',
    ]);
  });

  it('does not mistake apostrophes for quotation marks', () => {
    expect(texts("Lukashenko’s rivals, Belarus’ sovereignty, don’t, Russia's and the protesters' demands")).toEqual([]);
  });

  it('keeps an apostrophe inside a quoted passage', () => {
    expect(texts('The US asked Moscow to "respect Belarus’ sovereignty" today.')).toEqual([
      'respect Belarus’ sovereignty',
    ]);
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    expect(texts('“Never closed\n\nNext paragraph "closed".')).toEqual(['Never closed', 'closed']);
  });

  it('reports offsets that select the passage', () => {
    const text = 'Workers chanted: “Go away!”';
    const [passage] = findQuotedPassages(text);
    expect(passage && text.slice(passage.start, passage.end)).toBe('Go away!');
  });
});
