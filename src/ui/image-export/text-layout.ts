/** How wide a text is in a font, in CSS pixels: the canvas's `measureText`, or an estimate in tests and SVG. */
export type MeasureText = (text: string, font: string) => number;

/**
 * Breaks a text into lines no wider than `maxWidth`, at spaces; a word wider than the line on its own is cut
 * where it overflows, so nothing is ever drawn past the edge.
 */
export function wrapText(text: string, maxWidth: number, font: string, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (measure(line, font) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut), font) > maxWidth) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A rough width for text drawn where nothing can measure it (an SVG file read elsewhere): wide enough to be safe. */
export function estimateTextWidth(text: string, font: string): number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
  const bold = /\b(bold|[6-9]00)\b/.test(font);
  return text.length * size * (bold ? 0.62 : 0.56);
}
