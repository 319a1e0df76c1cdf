/** What an annotation says about where its words are: the words themselves, plus context when they repeat. */
export interface TextQuote {
  exact: string;
  prefix?: string | undefined;
  suffix?: string | undefined;
}

export type AnchorResult = { ok: true; start: number; end: number } | { ok: false; reason: string };

/**
 * Finds the one place in `text` where `quote.exact` stands, between its optional prefix and suffix.
 * Editors never type offsets; this is the only way evidence gets them. `normalisedText` gives the text in NFC,
 * for the hint when words are missing (a caller that anchors many words in one text computes it once).
 */
export function anchorQuote(
  text: string,
  quote: TextQuote,
  normalisedText: () => string = () => text.normalize('NFC'),
): AnchorResult {
  const { exact, prefix = '', suffix = '' } = quote;
  if (exact.length === 0) return { ok: false, reason: 'exact text is empty' };
  const matches: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    if (text.slice(at - prefix.length, at) === prefix && text.slice(end, end + suffix.length) === suffix) {
      matches.push(at);
    }
  }
  const shown = abbreviate(exact);
  if (matches.length === 0) {
    if (text.includes(exact))
      return { ok: false, reason: `"${shown}" is in the source, but not with the given prefix/suffix` };
    // The same letters, composed differently (é as one character or as e and an accent): they look identical.
    if (normalisedText().includes(exact.normalize('NFC')))
      return {
        ok: false,
        reason: `"${shown}" is not in the source: the words match the article once both are NFC-normalised: copy them again from the article`,
      };
    return { ok: false, reason: `"${shown}" is not in the source (check curly quotes and apostrophes: ’ “ ”)` };
  }
  if (matches.length > 1) {
    return {
      ok: false,
      reason: `"${shown}" occurs ${matches.length} times in the source; add a prefix or suffix (the words just before or after) to say which`,
    };
  }
  const start = matches[0] ?? 0;
  return { ok: true, start, end: start + exact.length };
}

const CONTEXT_CHARS = 32;

/** The W3C TextQuoteSelector context: a few words either side, cut at word boundaries. */
export function contextAround(text: string, start: number, end: number): { prefix: string; suffix: string } {
  let prefix = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  let suffix = text.slice(end, end + CONTEXT_CHARS);
  if (start > CONTEXT_CHARS) prefix = prefix.replace(/^\S*\s/, '');
  if (end + CONTEXT_CHARS < text.length) suffix = suffix.replace(/\s\S*$/, '');
  return { prefix, suffix };
}

/**
 * Shortens long evidence in messages, so a line of the error report stays readable; a line break shows as `\n`,
 * so that each problem stays on one line.
 */
export function abbreviate(words: string, max = 60): string {
  const shown = words.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
  return shown.length <= max ? shown : `${shown.slice(0, max - 1)}…`;
}
