import { ImageExportError } from './image-export-error';

/** Hands a file to the browser's downloads, as the CSV download does: a blob: link clicked once. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started by the next task; the object URL is no longer needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The canvas as a PNG file; rejects, rather than saving nothing, when the browser cannot encode it. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ImageExportError('image.error.encode'))), 'image/png'),
  );
}

/** A canvas `scale` times the CSS size, for sharp text on print and high-density screens. */
export function createCanvas(width: number, height: number, scale: number) {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new ImageExportError('image.error.draw');
  context.scale(scale, scale);
  return { canvas, context };
}

/** The page's colours where `element` sits: the picture keeps the reader's theme. */
export function readColours(element: Element) {
  const style = getComputedStyle(element);
  let background = 'rgb(255, 255, 255)';
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && colour !== 'rgba(0, 0, 0, 0)') {
      background = colour;
      break;
    }
  }
  const muted = style.getPropertyValue('--color-muted').trim();
  return { background, text: style.color || '#1b1b1a', muted: muted || style.color || '#57534e' };
}
