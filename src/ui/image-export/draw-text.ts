import type { TextItem } from './caption-frame';

/** Draws laid-out text onto a canvas in the picture's colours. */
export function drawTexts(
  context: CanvasRenderingContext2D,
  texts: readonly TextItem[],
  colours: { text: string; muted: string },
): void {
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  for (const item of texts) {
    context.font = item.font;
    context.fillStyle = item.muted ? colours.muted : colours.text;
    context.fillText(item.text, item.x, item.y);
  }
}

/** The canvas's own measure, for layouts that break lines where they will be drawn. */
export function canvasMeasure(context: CanvasRenderingContext2D) {
  return (text: string, font: string) => {
    context.font = font;
    return context.measureText(text).width;
  };
}
