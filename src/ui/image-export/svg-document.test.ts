// @vitest-environment jsdom
import { buildSvgDocument, escapeXml } from './svg-document';

const colours = { background: '#ffffff', text: '#1b1b1a', muted: '#57534e' };
const picture = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><circle r="4"/></svg>';

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('buildSvgDocument', () => {
  it('is well-formed SVG with the title, the filters and the credit as text', () => {
    const { text } = buildSvgDocument({
      picture,
      width: 600,
      height: 300,
      caption: { title: 'Detentions by date', filters: 'Filters: Minsk', credit: 'Data: 5 news articles' },
      colours,
    });
    const document = parse(text);
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.querySelector('svg > title')?.textContent).toBe('Detentions by date');
    const texts = [...document.querySelectorAll('.image-caption text')].map((node) => node.textContent);
    expect(texts).toEqual(['Detentions by date', 'Filters: Minsk', 'Data: 5 news articles']);
    expect(document.querySelector('circle')).not.toBeNull();
  });

  it('places the chart between the header and the credit, and is tall enough for all three', () => {
    const { text, height } = buildSvgDocument({
      picture,
      width: 600,
      height: 300,
      caption: { title: 'Detentions by date', filters: 'Filters: Minsk', credit: 'Data: 5 news articles' },
      colours,
    });
    const document = parse(text);
    const offset = Number(/translate\(0 ([\d.]+)\)/.exec(text)![1]);
    const [title, filters, credit] = [...document.querySelectorAll('.image-caption text')].map((node) =>
      Number(node.getAttribute('y')),
    );
    expect(filters!).toBeGreaterThan(title!);
    expect(offset).toBeGreaterThan(filters!);
    expect(credit!).toBeGreaterThan(offset + 300);
    expect(height).toBeGreaterThan(credit!);
    expect(document.documentElement.getAttribute('height')).toBe(String(height));
  });

  it('wraps a long filter line at a narrow width instead of running off the picture', () => {
    const filters = `Filters: ${'Sviatlana Tsikhanouskaya, '.repeat(4)}Minsk · 9–20 Aug 2020`;
    const { text } = buildSvgDocument({
      picture,
      width: 320,
      height: 200,
      caption: { title: 'Detentions', filters, credit: 'Data' },
      colours,
    });
    expect(parse(text).querySelectorAll('.image-caption text').length).toBeGreaterThan(3);
  });

  it('escapes the caption, so an actor’s name cannot break the file', () => {
    const { text } = buildSvgDocument({
      picture,
      width: 600,
      height: 300,
      caption: { title: 'A <b> & "C"', filters: null, credit: 'Data' },
      colours,
    });
    const document = parse(text);
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.querySelector('title')?.textContent).toBe('A <b> & "C"');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href='x'>&"`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&quot;');
  });
});
