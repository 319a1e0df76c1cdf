import { describe, expect, it } from 'vitest';
import { anchorQuote, contextAround } from './anchor';

const text = 'He said leave. They chanted leave, leave. Then they left.';

describe('anchorQuote', () => {
  it('returns the offsets of words that occur once', () => {
    expect(anchorQuote(text, { exact: 'Then they left' })).toEqual({ ok: true, start: 42, end: 56 });
  });

  it('uses prefix and suffix to choose among repeated words', () => {
    const found = anchorQuote(text, { exact: 'leave', prefix: 'chanted ' });
    expect(found.ok && text.slice(found.start - 8, found.end)).toBe('chanted leave');
    const second = anchorQuote(text, { exact: 'leave', prefix: 'leave, ' });
    expect(second.ok && second.start).toBe(text.lastIndexOf('leave'));
  });

  it('refuses ambiguous, missing and empty words with a reason', () => {
    expect(anchorQuote(text, { exact: 'leave' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('occurs 3 times'),
    });
    expect(anchorQuote(text, { exact: 'stay' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('is not in the source'),
    });
    expect(anchorQuote(text, { exact: '' })).toMatchObject({ ok: false });
  });
});

describe('contextAround', () => {
  it('takes whole words of context on each side', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    const start = long.indexOf('seven');
    const { prefix, suffix } = contextAround(long, start, start + 'seven'.length);
    expect(long.slice(0, start).endsWith(prefix)).toBe(true);
    expect(prefix.startsWith(' ') || /^\w/.test(prefix)).toBe(true);
    expect(prefix.split(' ')[0]).not.toBe('');
    expect(long.slice(start + 5).startsWith(suffix)).toBe(true);
  });
});
