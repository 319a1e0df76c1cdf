/**
 * Decodes a JSON file's UTF-8 bytes to text that is all ASCII: each character outside ASCII comes out as its JSON
 * escape (`é` → `\u00e9`), which `JSON.parse` reads back as the same character. In a file with a few accented
 * names, TextDecoder hands back text of two bytes a character, which Chromium decodes several times slower than
 * ASCII, and which costs twice the copying each time a run of records crosses from the worker to the page.
 *
 * `JSON.parse` succeeds on the text exactly when it succeeds on TextDecoder's, with the same values:
 * - JSON allows characters outside ASCII only inside strings, where the escape means the same character; outside
 *   a string, the escape is as much an error as the character was;
 * - a character after a backslash that escapes it (`\é`, an error) becomes a control character, still an error.
 *
 * Where a parse fails, the caller reads the file with TextDecoder, for the error's own words and position.
 */

/**
 * Decodes like `TextDecoder.decode` (bad bytes as U+FFFD), escaped. A byte-order mark is dropped where the first piece
 * starts with it whole; one cut across the first pieces is kept, escaped, and the parse then fails (see above).
 */
export interface AsciiJsonDecoder {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

const backslash = 0x5c;
/** Stands in for a character escaped by a backslash: `\` followed by a control character is never JSON. */
const notJson = 0x01;
const hexDigits = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
/** The longest escape a character outside ASCII becomes: `\uXXXX`, one per UTF-16 code unit. */
const escapeLength = 6;
const asciiDecoder = new TextDecoder();

export function createAsciiJsonDecoder(): AsciiJsonDecoder {
  // Decodes what the loop below leaves: bytes that are not UTF-8, characters of four bytes, and a character cut at
  // the end of a piece, which waits here for the bytes that end it. A byte-order mark inside the file is a
  // character like any other.
  const runDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let runOpen = false;
  let atStart = true;
  // Backslashes just before the next character: an odd count escapes it.
  let backslashes = 0;

  let out = new Uint8Array(0);
  let length = 0;
  const reserve = (extra: number) => {
    if (length + extra <= out.length) return;
    const grown = new Uint8Array(Math.max(out.length * 2, length + extra));
    grown.set(out.subarray(0, length));
    out = grown;
  };
  const writeUnit = (unit: number) => {
    reserve(escapeLength);
    if (backslashes % 2 === 1) out[length++] = notJson;
    else {
      out[length++] = backslash;
      out[length++] = 0x75; // u
      out[length++] = hexDigits[unit >> 12]!;
      out[length++] = hexDigits[(unit >> 8) & 15]!;
      out[length++] = hexDigits[(unit >> 4) & 15]!;
      out[length++] = hexDigits[unit & 15]!;
    }
    backslashes = 0;
  };
  // The bytes from `from` to the next ASCII byte, through TextDecoder; returns where they end.
  const decodeRun = (bytes: Uint8Array, from: number, stream: boolean): number => {
    let end = from;
    while (end < bytes.length && bytes[end]! >= 0x80) end += 1;
    runOpen = stream && end === bytes.length;
    const text = runDecoder.decode(bytes.subarray(from, end), { stream: runOpen });
    for (let index = 0; index < text.length; index += 1) writeUnit(text.charCodeAt(index));
    return end;
  };
  // ASCII from `from` to `to` has been written: the backslashes it ends with, added to any before it if it is all
  // backslashes, escape what comes next.
  const countBackslashes = (bytes: Uint8Array, from: number, to: number) => {
    let last = to - 1;
    while (last >= from && bytes[last] === backslash) last -= 1;
    backslashes = last < from ? backslashes + (to - from) : to - 1 - last;
  };
  const writeAscii = (bytes: Uint8Array, from: number, to: number) => {
    reserve(to - from);
    out.set(bytes.subarray(from, to), length);
    length += to - from;
    countBackslashes(bytes, from, to);
  };
  // `firstOther`: the first byte outside ASCII, all before it ASCII.
  const writeEscaped = (bytes: Uint8Array, firstOther: number, stream: boolean): string => {
    length = 0;
    // Room for the escapes up front: growing a buffer of megabytes as it fills costs more than the headroom.
    reserve(Math.ceil(bytes.length * 1.25) + escapeLength);
    let index = 0;
    if (runOpen) index = decodeRun(bytes, 0, stream);
    else if (firstOther > 0) {
      writeAscii(bytes, 0, firstOther);
      index = firstOther;
    }
    while (index < bytes.length) {
      let end = index;
      while (end < bytes.length && bytes[end]! < 0x80) end += 1;
      if (end > index) writeAscii(bytes, index, end);
      for (index = end; index < bytes.length && bytes[index]! >= 0x80;) {
        // The common characters of two and three bytes are read here (continuation bytes become 0-63); the
        // rest, with the Encoding Standard's exceptions (E0 and ED), go to TextDecoder.
        const lead = bytes[index]!;
        const second = bytes[index + 1]! ^ 0x80;
        const third = bytes[index + 2]! ^ 0x80;
        if (lead >= 0xc2 && lead <= 0xdf && second < 0x40) {
          writeUnit(((lead & 0x1f) << 6) | second);
          index += 2;
        } else if (lead >= 0xe1 && lead <= 0xef && lead !== 0xed && second < 0x40 && third < 0x40) {
          writeUnit(((lead & 0x0f) << 12) | (second << 6) | third);
          index += 3;
        } else index = decodeRun(bytes, index, stream);
      }
    }
    if (!stream && runOpen) decodeRun(bytes, bytes.length, false);
    return asciiDecoder.decode(out.subarray(0, length));
  };

  return {
    decode(input = new Uint8Array(0), { stream = false } = {}) {
      let bytes = input;
      if (atStart && bytes.length > 0) {
        atStart = false;
        if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      }
      let firstOther = 0;
      while (firstOther < bytes.length && bytes[firstOther]! < 0x80) firstOther += 1;
      let text: string;
      if (firstOther === bytes.length && !runOpen) {
        // A piece that is ASCII throughout, the common case, is decoded as it is.
        countBackslashes(bytes, 0, bytes.length);
        text = asciiDecoder.decode(bytes);
      } else text = writeEscaped(bytes, firstOther, stream);
      if (!stream) {
        atStart = true;
        backslashes = 0;
      }
      return text;
    },
  };
}
