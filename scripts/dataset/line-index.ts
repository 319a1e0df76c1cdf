/**
 * Line numbers for offsets into a text. The starts of its lines are found once; each lookup is then a binary
 * search. (Splitting the text before each offset is quadratic: a large source with thousands of problems hangs.)
 */
export interface LineIndex {
  /** The 1-based line on which the character at `offset` stands. */
  lineOf(offset: number): number;
}

/** Indexes the lines of `text` (split on "\n"). */
export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return {
    lineOf: (offset) => {
      // The last line start at or before the offset.
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (starts[middle]! <= offset) low = middle;
        else high = middle - 1;
      }
      return low + 1;
    },
  };
}
