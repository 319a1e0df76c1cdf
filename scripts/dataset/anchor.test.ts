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

  it('says when the words differ from the article only by Unicode normalisation', () => {
    // "Tsikhanouskaya’s café" with é as one character (NFC) in the article, as e + ◌́ (NFD) in the annotation.
    const article = 'They met at Tsikhanouskaya’s caf\u00e9 on Sunday.';
    const hint = 'the words match the article once both are NFC-normalised: copy them again from the article';
    expect(anchorQuote(article, { exact: 'cafe\u0301 on Sunday' })).toEqual({
      ok: false,
      reason: `"cafe\u0301 on Sunday" is not in the source: ${hint}`,
    });
    expect(anchorQuote(article.normalize('NFD'), { exact: 'caf\u00e9 on Sunday' })).toEqual({
      ok: false,
      reason: `"caf\u00e9 on Sunday" is not in the source: ${hint}`,
    });
  });
});

describe('contextAround', () => {
  const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen';

  it('takes about 32 characters each side and drops the word the window cuts in two', () => {
    // The 32 characters before "eleven" begin inside "four"; the 32 after it end inside "fifteen".
    const start = long.indexOf('eleven');
    expect(contextAround(long, start, start + 'eleven'.length)).toEqual({
      prefix: 'five six seven eight nine ten ',
      suffix: ' twelve thirteen fourteen',
    });
  });

  it('keeps everything up to the start or end of the text when it lies within reach', () => {
    const start = long.indexOf('three');
    expect(contextAround(long, start, start + 'three'.length).prefix).toBe('one two ');
    const end = long.indexOf(' sixteen');
    expect(contextAround(long, end - 'fifteen'.length, end).suffix).toBe(' sixteen');
  });
});
