import { createAsciiJsonDecoder } from './ascii-json-decoder';

const encode = (text: string) => new TextEncoder().encode(text);

/** What the decoder must give: TextDecoder's text, each character outside ASCII escaped (see the module). */
function expected(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  let result = '';
  let backslashes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) {
      result += text[index];
      backslashes = unit === 0x5c ? backslashes + 1 : 0;
      continue;
    }
    const escapedByBackslash = backslashes % 2 === 1 && (index === 0 || text.charCodeAt(index - 1) < 0x80);
    result += escapedByBackslash ? '\x01' : `\\u${unit.toString(16).padStart(4, '0')}`;
    backslashes = 0;
  }
  return result;
}

function decodeInPieces(bytes: Uint8Array, cuts: number[]): string {
  const decoder = createAsciiJsonDecoder();
  let text = '';
  let from = 0;
  for (const cut of cuts) {
    text += decoder.decode(bytes.subarray(from, cut), { stream: true });
    from = cut;
  }
  return text + decoder.decode(bytes.subarray(from));
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

// ASCII, JSON's own characters, 2-, 3- and 4-byte characters, a byte-order mark, and bytes that are not UTF-8.
const fragments: Uint8Array[] = [
  ...['a', ' ', '"', '\\', '\\\\', ',', '\n', '{}'].map(encode),
  ...['é', 'Мінск', '€', '😀', '\u2028', '\ufeff'].map(encode),
  new Uint8Array([0xff]),
  new Uint8Array([0x80]),
  new Uint8Array([0xc3]),
  new Uint8Array([0xe2, 0x82]),
  new Uint8Array([0xf0, 0x9f, 0x98]),
  // Overlong forms, a surrogate and a code point past U+10FFFF: well-shaped, and still not UTF-8.
  new Uint8Array([0xc0, 0xaf]),
  new Uint8Array([0xe0, 0x80, 0xaf]),
  new Uint8Array([0xed, 0xa0, 0x80]),
  new Uint8Array([0xf4, 0x90, 0x80, 0x80]),
];

describe('the ASCII JSON decoder', () => {
  it('gives TextDecoder’s text with every other character escaped, however the bytes are cut', () => {
    const next = random(2020);
    for (let run = 0; run < 500; run += 1) {
      // After a first ASCII byte: a byte-order mark at the very start has a test of its own.
      const parts = [encode('{'), ...Array.from({ length: next(12) }, () => fragments[next(fragments.length)]!)];
      const bytes = new Uint8Array(parts.flatMap((part) => [...part]));
      const cuts = [...new Set(Array.from({ length: next(5) }, () => next(bytes.length + 1)))].sort((a, b) => a - b);
      expect(decodeInPieces(bytes, cuts), `bytes ${[...bytes].join(' ')} cut at ${cuts.join(' ')}`).toBe(
        expected(bytes),
      );
    }
  });

  it('writes only ASCII, which JSON.parse reads back as the same values', () => {
    const record = {
      title: 'Пратэст у Мінску — “Stop!” 😀',
      exact: 'zero\ufeffwidth, line\u2028separator, back\\slash é',
      count: 1,
    };
    const text = createAsciiJsonDecoder().decode(encode(JSON.stringify(record)));
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(text)).toEqual(record);
  });

  it('keeps a character escaped by a backslash, not valid JSON, from becoming valid', () => {
    const bytes = encode('{"a":"\\é"}');
    expect(() => JSON.parse(new TextDecoder().decode(bytes)) as unknown).toThrow(SyntaxError);
    expect(() => JSON.parse(createAsciiJsonDecoder().decode(bytes)) as unknown).toThrow(SyntaxError);
    // Two backslashes are one escaped backslash: the character after them is text.
    expect(JSON.parse(createAsciiJsonDecoder().decode(encode('{"a":"\\\\é"}')))).toEqual({ a: '\\é' });
  });

  it('drops a leading byte-order mark as TextDecoder does, and keeps one cut apart, for JSON.parse to refuse', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{"a":"\ufeffé"}')]);
    expect(decodeInPieces(bytes, [5])).toBe('{"a":"\\ufeff\\u00e9"}');
    expect(() => JSON.parse(decodeInPieces(bytes, [1])) as unknown).toThrow(SyntaxError);
  });

  it('hands back ASCII text as it is', () => {
    const text = '{"schemaVersion":3,\n"sources":[\n]}';
    expect(decodeInPieces(encode(text), [5, 20])).toBe(text);
  });
});
