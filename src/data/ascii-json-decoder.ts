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

/** Decodes like `TextDecoder.decode` (a leading byte-order mark dropped, bad bytes as U+FFFD), escaped. */
export interface AsciiJsonDecoder {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

const backslash = 0x5c;
/** Stands in for a character escaped by a backslash: `\` followed by a control character is never JSON. */
const notJson = 0x01;
const hexDigits = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
/** The longest escape a character outside ASCII becomes: `\uXXXX`, one per UTF-16 code unit. */
const escapeLength = 6;

export function createAsciiJsonDecoder(): AsciiJsonDecoder {
  // Decodes what the loop below leaves: bytes that are not UTF-8, and a character cut at the end of a piece,
  // which waits here for the bytes that end it. A byte-order mark inside the file is a character like any other.
  const runDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let runOpen = false;
  let atStart = true;
  let heldBom: Uint8Array | null = null;
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
  const writeCodePoint = (codePoint: number) => {
    if (codePoint < 0x10000) return writeUnit(codePoint);
    writeUnit(0xd800 + ((codePoint - 0x10000) >> 10));
    writeUnit(0xdc00 + ((codePoint - 0x10000) & 0x3ff));
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
  const writeAscii = (bytes: Uint8Array, from: number, to: number) => {
    reserve(to - from);
    out.set(bytes.subarray(from, to), length);
    length += to - from;
    let last = to - 1;
    while (last >= from && bytes[last] === backslash) last -= 1;
    backslashes = last < from ? backslashes + (to - from) : to - 1 - last;
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
      index = end;
      while (index < bytes.length && bytes[index]! >= 0x80) {
        const sequence = readUtf8(bytes, index);
        if (sequence === null) {
          index = decodeRun(bytes, index, stream);
          break;
        }
        writeCodePoint(sequence.codePoint);
        index += sequence.length;
      }
    }
    if (!stream && runOpen) decodeRun(bytes, bytes.length, false);
    return asciiText(out.subarray(0, length));
  };
  // Holds back the first bytes while they may still be a byte-order mark, and drops one.
  const skipBom = (input: Uint8Array, stream: boolean): Uint8Array | null => {
    if (!atStart) return input;
    const bytes = heldBom ? joined(heldBom, input) : input;
    heldBom = null;
    if (stream && bytes.length < bom.length && isBomPrefix(bytes)) {
      heldBom = bytes;
      return null;
    }
    atStart = false;
    return bytes.length >= bom.length && isBomPrefix(bytes.subarray(0, bom.length))
      ? bytes.subarray(bom.length)
      : bytes;
  };

  return {
    decode(input = new Uint8Array(0), { stream = false } = {}) {
      const bytes = skipBom(input, stream) ?? new Uint8Array(0);
      let firstOther = 0;
      while (firstOther < bytes.length && bytes[firstOther]! < 0x80) firstOther += 1;
      let text: string;
      if (firstOther === bytes.length && !runOpen) {
        // A piece that is ASCII throughout, the common case, is decoded as it is.
        let last = bytes.length - 1;
        while (last >= 0 && bytes[last] === backslash) last -= 1;
        backslashes = last < 0 ? backslashes + bytes.length : bytes.length - 1 - last;
        text = asciiText(bytes);
      } else text = writeEscaped(bytes, firstOther, stream);
      if (!stream) {
        atStart = true;
        backslashes = 0;
      }
      return text;
    },
  };
}

/**
 * The well-formed UTF-8 character at `index` (the ranges of the Encoding Standard's decoder), or null where the
 * bytes are not one or are cut short: TextDecoder then decides what they mean.
 */
function readUtf8(bytes: Uint8Array, index: number): { codePoint: number; length: number } | null {
  const lead = bytes[index]!;
  const next = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[index + offset];
    return byte !== undefined && byte >= low && byte <= high ? byte & 0x3f : -1;
  };
  if (lead >= 0xc2 && lead <= 0xdf) {
    const second = next(1);
    return second < 0 ? null : { codePoint: ((lead & 0x1f) << 6) | second, length: 2 };
  }
  if (lead >= 0xe0 && lead <= 0xef) {
    const second = next(1, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf);
    const third = next(2);
    if (second < 0 || third < 0) return null;
    return { codePoint: ((lead & 0x0f) << 12) | (second << 6) | third, length: 3 };
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const second = next(1, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf);
    const third = next(2);
    const fourth = next(3);
    if (second < 0 || third < 0 || fourth < 0) return null;
    return { codePoint: ((lead & 0x07) << 18) | (second << 12) | (third << 6) | fourth, length: 4 };
  }
  return null;
}

const asciiDecoder = new TextDecoder();
const asciiText = (bytes: Uint8Array) => asciiDecoder.decode(bytes);

const bom = [0xef, 0xbb, 0xbf];
const isBomPrefix = (bytes: Uint8Array) => bytes.every((byte, index) => byte === bom[index]);

function joined(first: Uint8Array, second: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(first.length + second.length);
  bytes.set(first);
  bytes.set(second, first.length);
  return bytes;
}
