/**
 * The frame around an exported picture: the title and the filters above it, the credit line below, laid out for
 * the picture's width. Used for the SVG document and for the canvases alike, so every image reads the same.
 */
import type { ImageCaption } from './image-caption';
import { wrapText, type MeasureText } from './text-layout';

export const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const captionFonts = {
  title: `bold 20px ${fontFamily}`,
  filters: `15px ${fontFamily}`,
  credit: `12px ${fontFamily}`,
} as const;
const lineHeights = { title: 26, filters: 20, credit: 16 } as const;
const padding = 16;

export interface TextItem {
  text: string;
  /** Left edge and baseline, in CSS pixels from the image's top left corner. */
  x: number;
  y: number;
  font: string;
  /** Muted text (the filters and the credit) is drawn in the secondary colour. */
  muted: boolean;
}

export interface CaptionFrame {
  width: number;
  height: number;
  /** Where the picture goes, below the header. */
  pictureTop: number;
  texts: TextItem[];
}

/** Lays out the caption around a picture of `width` × `pictureHeight` CSS pixels. */
export function layoutCaptionFrame(
  caption: ImageCaption,
  width: number,
  pictureHeight: number,
  measure: MeasureText,
): CaptionFrame {
  const maxWidth = Math.max(width - 2 * padding, 40);
  const texts: TextItem[] = [];
  let y = padding;
  const addLines = (text: string, role: keyof typeof lineHeights, muted: boolean) => {
    for (const line of wrapText(text, maxWidth, captionFonts[role], measure)) {
      y += lineHeights[role];
      texts.push({ text: line, x: padding, y: y - lineHeights[role] * 0.25, font: captionFonts[role], muted });
    }
  };
  addLines(caption.title, 'title', false);
  if (caption.filters !== null) addLines(caption.filters, 'filters', true);
  const pictureTop = y + padding / 2;
  y = pictureTop + pictureHeight + padding / 2;
  addLines(caption.credit, 'credit', true);
  return { width, height: y + padding, pictureTop, texts };
}
