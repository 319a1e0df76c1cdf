/**
 * A quote as a PNG card, drawn as text onto a canvas: the words, who said them and when, the articles reporting
 * them and the credit. Loaded only when the reader asks for an image.
 */
import { canvasMeasure, drawTexts } from './draw-text';
import { getImageFileName } from './image-caption';
import { layoutQuoteImage, type QuoteImageContent } from './quote-layout';
import { canvasToPng, createCanvas, readColours, saveBlob } from './save-file';

/** Saves the quote as a PNG card in the colours of `themeFrom`; resolves with the file's name. */
export async function exportQuoteImage(
  content: QuoteImageContent,
  subject: string,
  themeFrom: Element,
): Promise<string> {
  const layout = layoutQuoteImage(content, canvasMeasure(createCanvas(1, 1, 1).context));
  const { canvas, context } = createCanvas(layout.width, layout.height, 1);
  const colours = readColours(themeFrom);
  context.fillStyle = colours.background;
  context.fillRect(0, 0, layout.width, layout.height);
  const accent = getComputedStyle(themeFrom).getPropertyValue('--color-accent').trim();
  context.fillStyle = accent || colours.text;
  context.fillRect(layout.rule.x, layout.rule.top, 6, layout.rule.bottom - layout.rule.top);
  drawTexts(context, layout.texts, colours);
  const fileName = getImageFileName(subject, null, 'png');
  saveBlob(await canvasToPng(canvas), fileName);
  return fileName;
}
