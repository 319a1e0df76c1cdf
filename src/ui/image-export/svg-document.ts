/**
 * A standalone SVG file of a chart: the chart's own SVG (with its styles written onto its elements) inside a frame
 * with the title, the filters and the credit line as real text, so the file reads anywhere and can be edited.
 */
import { layoutCaptionFrame } from './caption-frame';
import type { ImageCaption } from './image-caption';
import { estimateTextWidth } from './text-layout';

export interface ImageColours {
  background: string;
  text: string;
  muted: string;
}

export interface SvgDocumentInput {
  /** The chart's `<svg>` element, serialised, its styles inlined. */
  picture: string;
  width: number;
  height: number;
  caption: ImageCaption;
  colours: ImageColours;
}

/** Escapes text for an XML text node or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!,
  );
}

/** The SVG document, as the text of a `.svg` file, and its size in CSS pixels. */
export function buildSvgDocument({ picture, width, height, caption, colours }: SvgDocumentInput): {
  text: string;
  width: number;
  height: number;
} {
  const frame = layoutCaptionFrame(caption, width, height, estimateTextWidth);
  const texts = frame.texts
    .map(
      (item) =>
        `<text x="${item.x}" y="${item.y}" fill="${escapeXml(item.muted ? colours.muted : colours.text)}" ` +
        `style="font: ${escapeXml(item.font)}">${escapeXml(item.text)}</text>`,
    )
    .join('\n    ');
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${frame.height}" ` +
      `viewBox="0 0 ${width} ${frame.height}" role="img">`,
    `  <title>${escapeXml(caption.title)}</title>`,
    `  <rect width="100%" height="100%" fill="${escapeXml(colours.background)}"/>`,
    '  <g class="image-caption">',
    `    ${texts}`,
    '  </g>',
    `  <g transform="translate(0 ${frame.pictureTop})">${picture}</g>`,
    '</svg>',
    '',
  ].join('\n');
  return { text, width, height: frame.height };
}
