/**
 * A quote as a picture for social media: the words large, who said them and when, the articles that report them,
 * and the credit, laid out on a card of fixed width that grows as tall as the quote needs.
 */
import { fontFamily, type TextItem } from './caption-frame';
import { wrapText, type MeasureText } from './text-layout';

export interface QuoteImageContent {
  /** The quote's words, without quotation marks. */
  text: string;
  /** "Alexander Lukashenko" */
  speaker: string;
  /** "16 Aug 2020 · Minsk · in a speech" */
  details: string | null;
  /** "Reported by Reuters, 16 Aug 2020; BBC, 17 Aug 2020" */
  sources: string | null;
  credit: string;
}

export interface QuoteImageLayout {
  width: number;
  height: number;
  texts: TextItem[];
  /** The accent bar left of the quote: its top and bottom. */
  rule: { x: number; top: number; bottom: number };
}

export const quoteImageWidth = 1200;
const padding = 72;
const quoteIndent = 32;
export const quoteFonts = {
  quote: `36px Georgia, "Times New Roman", serif`,
  speaker: `bold 26px ${fontFamily}`,
  details: `22px ${fontFamily}`,
  sources: `20px ${fontFamily}`,
  credit: `18px ${fontFamily}`,
} as const;
const lineHeights = { quote: 50, speaker: 36, details: 30, sources: 28, credit: 26 } as const;
/** No card is shorter than a 1200 × 630 share image, the size social networks show whole. */
const minHeight = 630;

/** Lays out the card; `measure` is the canvas's, so lines break where they will be drawn. */
export function layoutQuoteImage(content: QuoteImageContent, measure: MeasureText): QuoteImageLayout {
  const texts: TextItem[] = [];
  let y = padding;
  const add = (text: string, role: keyof typeof lineHeights, x: number, muted: boolean) => {
    for (const line of wrapText(text, quoteImageWidth - padding - x, quoteFonts[role], measure)) {
      y += lineHeights[role];
      texts.push({ text: line, x, y: y - lineHeights[role] * 0.28, font: quoteFonts[role], muted });
    }
  };
  const quoteTop = y;
  add(`“${content.text}”`, 'quote', padding + quoteIndent, false);
  const rule = { x: padding, top: quoteTop + 8, bottom: y };
  y += 28;
  add(content.speaker, 'speaker', padding, false);
  if (content.details !== null) add(content.details, 'details', padding, true);
  y += 20;
  if (content.sources !== null) add(content.sources, 'sources', padding, true);
  // The credit sits at the bottom of the card, however short the quote.
  const creditLines = wrapText(content.credit, quoteImageWidth - 2 * padding, quoteFonts.credit, measure).length;
  const height = Math.max(minHeight, y + 24 + creditLines * lineHeights.credit + padding / 2);
  y = height - padding / 2 - creditLines * lineHeights.credit;
  add(content.credit, 'credit', padding, true);
  return { width: quoteImageWidth, height, texts, rule };
}
