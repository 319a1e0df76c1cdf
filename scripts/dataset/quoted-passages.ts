/** The words between a pair of quotation marks, as offsets into the source text (marks excluded). */
export interface QuotedPassage {
  start: number;
  end: number;
  text: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (char: string | undefined) => char !== undefined && LETTER_OR_DIGIT.test(char);

/**
 * Finds every passage in quotation marks: curly or straight, double or single. A single mark counts as a
 * quotation mark only where an apostrophe could not stand: an opening one before a word and after a space or
 * the start, a closing one after a word and not before a letter — so "Lukashenko’s" and "Belarus’ sovereignty"
 * (an apostrophe with no opening mark before it) are not quotes. Unclosed marks end at the paragraph's end.
 */
export function findQuotedPassages(text: string): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let doubleOpen: number | null = null;
  let singleOpen: number | null = null;
  const close = (open: number, at: number) => {
    if (at > open) passages.push({ start: open, end: at, text: text.slice(open, at) });
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    const before = text[i - 1];
    const after = text[i + 1];
    if (char === '\n' && after === '\n') {
      // A paragraph break ends anything left open.
      if (doubleOpen !== null) close(doubleOpen, i);
      if (singleOpen !== null) close(singleOpen, i);
      doubleOpen = singleOpen = null;
    } else if (char === '“' || (char === '"' && doubleOpen === null)) {
      doubleOpen = i + 1;
    } else if ((char === '”' || char === '"') && doubleOpen !== null) {
      if (singleOpen !== null && singleOpen > doubleOpen) {
        close(singleOpen, i);
        singleOpen = null;
      }
      close(doubleOpen, i);
      doubleOpen = null;
    } else if ((char === '‘' || char === "'") && !isWordChar(before) && isWordChar(after) && singleOpen === null) {
      singleOpen = i + 1;
    } else if ((char === '’' || char === "'") && singleOpen !== null && !isWordChar(after) && before !== ' ') {
      close(singleOpen, i);
      singleOpen = null;
    }
  }
  if (doubleOpen !== null) close(doubleOpen, text.length);
  if (singleOpen !== null) close(singleOpen, text.length);
  return passages.sort((a, b) => a.start - b.start);
}
