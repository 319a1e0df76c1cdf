import { layoutQuoteImage, quoteImageWidth, type QuoteImageContent } from './quote-layout';

/** Each character as wide as half its font size: a stand-in for the canvas. */
const measure = (text: string, font: string) => text.length * Number(/(\d+)px/.exec(font)![1]) * 0.5;

const content: QuoteImageContent = {
  text: 'We will not give the country away.',
  speaker: 'Alexander Lukashenko',
  details: '16 Aug 2020 · Minsk · in a speech',
  sources: 'Reported by Reuters, 16 Aug 2020',
  credit: 'Data: 5 news articles · Belarus 2020 dashboard',
};

describe('layoutQuoteImage', () => {
  it('is a 1200 × 630 share card for a short quote, with the quote first and the credit last', () => {
    const layout = layoutQuoteImage(content, measure);
    expect(layout).toMatchObject({ width: quoteImageWidth, height: 630 });
    expect(layout.texts.map((item) => item.text)).toEqual([
      '“We will not give the country away.”',
      'Alexander Lukashenko',
      '16 Aug 2020 · Minsk · in a speech',
      'Reported by Reuters, 16 Aug 2020',
      'Data: 5 news articles · Belarus 2020 dashboard',
    ]);
    const credit = layout.texts.at(-1)!;
    expect(credit.y).toBeLessThan(630);
    expect(credit.y).toBeGreaterThan(550);
  });

  it('grows taller for a long quote, every line inside the card and none overlapping the next', () => {
    const long = { ...content, text: 'Protests will continue until the demands are met. '.repeat(12) };
    const layout = layoutQuoteImage(long, measure);
    expect(layout.height).toBeGreaterThan(630);
    for (const item of layout.texts) {
      expect(item.x + measure(item.text, item.font)).toBeLessThanOrEqual(quoteImageWidth);
      expect(item.y).toBeLessThan(layout.height);
    }
    const ys = layout.texts.map((item) => item.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('leaves out the details line when there are none', () => {
    const layout = layoutQuoteImage({ ...content, details: null }, measure);
    expect(layout.texts.map((item) => item.text)).not.toContain('16 Aug 2020 · Minsk · in a speech');
    expect(layout.texts).toHaveLength(4);
  });

  it('draws the accent rule beside the quote’s lines only', () => {
    const layout = layoutQuoteImage(content, measure);
    const quoteLine = layout.texts[0]!;
    const speaker = layout.texts[1]!;
    expect(layout.rule.top).toBeLessThan(quoteLine.y);
    expect(layout.rule.bottom).toBeGreaterThanOrEqual(quoteLine.y);
    expect(layout.rule.bottom).toBeLessThan(speaker.y);
  });
});
