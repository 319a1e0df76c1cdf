/**
 * Reads a dataset in any JSON layout (one line, as `JSON.stringify` writes it, or spread over lines any way)
 * record by record as it downloads, as the line reader (`dataset-lines.ts`) does for its own layout. A small
 * scanner follows the file's top level, `{"key": value, …}`, and hands out each element of the lists under it,
 * parsed by `JSON.parse` where it lies. Every value is parsed, and the scanner checks the punctuation between
 * them, so what it hands out is what parsing the file whole would give; anything it does not follow (a key
 * named twice, where JSON keeps the last) sends the caller back to reading the file whole.
 */
import type { DatasetLineReader, RecordsHandler } from './dataset-lines';

type Expected = 'open' | 'key' | 'colon' | 'value' | 'after-value' | 'element' | 'after-element' | 'end';

const quote = 34;
const backslash = 92;
const comma = 44;
const colon = 58;
const openBrace = 123;
const closeBrace = 125;
const openBracket = 91;
const closeBracket = 93;

/** A reader with the line reader's interface; its `end` gives the header (`schemaVersion`) and the lists' names. */
export function createJsonRecordReader(onRecords: RecordsHandler): DatasetLineReader {
  let expected: Expected = 'open';
  // Whether the object or list just opened may close at once.
  let emptyAllowed = false;
  let failed = false;
  const keys = new Set<string>();
  let key: string | null = null;
  const header: Record<string, unknown> = {};
  const collections: string[] = [];
  let collection: string | null = null;
  let count = 0;

  const value = createValueScanner();

  // The records of the current list read from the current piece, handed out together.
  let records: unknown[] = [];
  let texts: string[] | null = [];
  const handOut = () => {
    if (collection !== null && records.length > 0) {
      // The page reads the text back line by line: only records written on one line each can go as text.
      onRecords(collection, count, records, texts === null ? undefined : texts.join('\n'));
      count += records.length;
    }
    records = [];
    texts = [];
  };

  // A value read whole: where it goes depends on what was expected.
  const endValue = (text: string, end: number): boolean => {
    const valueText = value.take(text, end);
    const parsed = parseJson(valueText);
    if (parsed === undefined) return false;
    if (expected === 'key') {
      if (typeof parsed !== 'string' || keys.has(parsed)) return false;
      keys.add(parsed);
      key = parsed;
      expected = 'colon';
    } else if (expected === 'element') {
      records.push(parsed);
      if (texts !== null && !valueText.includes('\n')) texts.push(valueText);
      else texts = null;
      expected = 'after-element';
    } else {
      if (key === 'schemaVersion') header.schemaVersion = parsed;
      expected = 'after-value';
    }
    return true;
  };

  // One character outside any value: the punctuation of the top level and of its lists.
  const readStructure = (text: string, at: number, code: number): boolean => {
    if (isSpace(code)) return true;
    switch (expected) {
      case 'open':
        expected = 'key';
        emptyAllowed = true;
        return code === openBrace;
      case 'key':
        if (code === closeBrace && emptyAllowed) {
          expected = 'end';
          return true;
        }
        return code === quote && value.start(text, at, code);
      case 'colon':
        expected = 'value';
        return code === colon;
      case 'value':
        if (code === openBracket) {
          collection = key;
          collections.push(key!);
          count = 0;
          expected = 'element';
          emptyAllowed = true;
          return true;
        }
        return value.start(text, at, code);
      case 'after-value':
        expected = code === comma ? 'key' : 'end';
        emptyAllowed = false;
        return code === comma || code === closeBrace;
      case 'element':
        if (code === closeBracket && emptyAllowed) return endList();
        return value.start(text, at, code);
      case 'after-element':
        expected = 'element';
        emptyAllowed = false;
        if (code === closeBracket) return endList();
        return code === comma;
      case 'end':
        return false;
    }
  };
  const endList = () => {
    handOut();
    collection = null;
    expected = 'after-value';
    return true;
  };

  const read = (text: string): boolean => {
    let index = 0;
    while (index < text.length) {
      if (value.open) {
        const end = value.readOn(text, index);
        if (end === -1) break;
        if (!endValue(text, end)) return false;
        index = end;
      } else {
        if (!readStructure(text, index, text.charCodeAt(index))) return false;
        index += 1;
      }
    }
    // A value the piece ends in: its text so far (a value begun in an earlier piece has some already).
    if (value.open) value.stash(text);
    handOut();
    return true;
  };

  return {
    push(text) {
      if (!failed && !read(text)) failed = true;
      return !failed;
    },
    end() {
      // A number ends only at what follows it: the top level's closing brace must have come.
      if (failed || value.open || expected !== 'end') return null;
      return { header, collections };
    },
  };
}

/**
 * Follows one JSON value through the text, across pieces: strings (with their escapes), nested objects and lists,
 * or a number or literal, which ends at the first character that cannot be part of it.
 */
function createValueScanner() {
  let parts: string[] = [];
  let start = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let scalar = false;
  // The next backslash in the piece being read, found once for all the strings before it.
  let backslashText = '';
  let backslashAt = -1;
  const nextStringStop = (text: string, from: number): number => {
    if (text !== backslashText || (backslashAt !== -1 && backslashAt < from)) {
      backslashText = text;
      backslashAt = text.indexOf('\\', from);
    }
    const quoteAt = text.indexOf('"', from);
    const stop = quoteAt === -1 ? text.length : quoteAt;
    return backslashAt !== -1 && backslashAt < stop ? backslashAt : stop;
  };
  const scanner = {
    /** Whether a value has begun and not yet ended. */
    open: false,
    /** Begins a value at `at`, whose first character is `code`; false when no value begins so. */
    start(text: string, at: number, code: number): boolean {
      scanner.open = true;
      parts = [];
      start = at;
      inString = code === quote;
      escaped = false;
      depth = code === openBrace || code === openBracket ? 1 : 0;
      scalar = !inString && depth === 0;
      return !scalar || /[-0-9tfn]/.test(text[at]!);
    },
    /** Reads on from `at`: the index just past the value's end, or -1 when the piece ends first. */
    readOn(text: string, at: number): number {
      for (let index = at; index < text.length; index++) {
        // Most of a file is the text inside strings: go straight to the next quote or backslash.
        if (inString && !escaped) index = nextStringStop(text, index);
        if (index >= text.length) break;
        const code = text.charCodeAt(index);
        if (inString) {
          if (escaped) escaped = false;
          else if (code === backslash) escaped = true;
          else if (code === quote) {
            inString = false;
            if (depth === 0) return index + 1;
          }
        } else if (scalar) {
          if (isSpace(code) || code === comma || code === closeBrace || code === closeBracket) return index;
        } else if (code === quote) inString = true;
        else if (code === openBrace || code === openBracket) depth += 1;
        else if (code === closeBrace || code === closeBracket) {
          depth -= 1;
          if (depth === 0) return index + 1;
        }
      }
      return -1;
    },
    /** Keeps the value's text in this piece, which ends inside it (a value begun earlier has some already). */
    stash(text: string) {
      parts.push(parts.length === 0 ? text.slice(start) : text);
      start = 0;
    },
    /** The whole value's text, which ends at `end` in this piece. */
    take(text: string, end: number): string {
      scanner.open = false;
      const taken = parts.length === 0 ? text.slice(start, end) : parts.join('') + text.slice(0, end);
      parts = [];
      return taken;
    },
  };
  return scanner;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
