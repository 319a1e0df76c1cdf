import { wrapText } from './text-layout';

/** Every character 10 px wide: line widths are easy to count. */
const measure = (text: string) => text.length * 10;

describe('wrapText', () => {
  it('keeps a text that fits on one line', () => {
    expect(wrapText('We will not cave in', 200, '', measure)).toEqual(['We will not cave in']);
  });

  it('breaks at spaces, each line within the width', () => {
    const lines = wrapText('the people of Belarus will never cave in to pressure', 120, '', measure);
    expect(lines).toEqual(['the people', 'of Belarus', 'will never', 'cave in to', 'pressure']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
  });

  it('cuts a word longer than the line rather than drawing past the edge', () => {
    expect(wrapText('a https://example.org/very/long', 80, '', measure)).toEqual([
      'a',
      'https://',
      'example.',
      'org/very',
      '/long',
    ]);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('   ', 100, '', measure)).toEqual([]);
  });
});
