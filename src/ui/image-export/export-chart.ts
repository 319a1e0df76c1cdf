/**
 * The chart as a file: its SVG with every style it gets from the page's stylesheets written onto its elements,
 * framed with the title, the filters and the credit; as that SVG, or drawn from it onto a PNG. Loaded only when
 * the reader asks for an image.
 */
import { getImageFileName, type ImageCaption, type ImageFormat } from './image-caption';
import { buildSvgDocument } from './svg-document';
import { canvasToPng, createCanvas, readColours, saveBlob } from './save-file';

/** The computed styles an SVG needs to look the same without the page's stylesheet; each is also an attribute. */
const inlinedProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

/** Parts of the live chart that mean nothing in a picture: the brush that sets dates, focus rings, HTML inside. */
const interactiveParts = '.date-brush, foreignObject, [data-image-export="omit"]';

/**
 * A copy of the chart's SVG that carries its own styles, as presentation attributes: a style attribute set from
 * script is inline style, which the page's CSP (style-src 'self') refuses.
 */
function cloneWithStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  // Found while the classes that name them are still there; removed once the styles are copied index by index.
  const omitted = [...clone.querySelectorAll(interactiveParts)];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!(copy instanceof SVGElement)) return;
    const computed = getComputedStyle(original);
    if (computed.display === 'none') {
      copy.setAttribute('display', 'none');
      return;
    }
    for (const name of inlinedProperties) copy.setAttribute(name, computed.getPropertyValue(name));
    copy.removeAttribute('class');
  });
  for (const part of omitted) part.remove();
  return clone;
}

/** Draws an SVG document onto a canvas through an image; a data: URL, which the page's CSP already admits. */
async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const { canvas, context } = createCanvas(width, height, 2);
  context.drawImage(image, 0, 0, width, height);
  return canvasToPng(canvas);
}

/** Saves the chart drawn in `svg` as `format`, with `caption` around it; resolves with the file's name. */
export async function exportChartImage(
  svg: SVGSVGElement,
  caption: ImageCaption,
  subject: string,
  format: ImageFormat,
): Promise<string> {
  const { width, height } = svg.getBoundingClientRect();
  const picture = cloneWithStyles(svg);
  picture.setAttribute('width', String(width));
  picture.setAttribute('height', String(height));
  const file = buildSvgDocument({
    picture: new XMLSerializer().serializeToString(picture),
    width,
    height,
    caption,
    colours: readColours(svg),
  });
  const fileName = getImageFileName(subject, caption.filters, format);
  if (format === 'svg') {
    saveBlob(new Blob([file.text], { type: 'image/svg+xml;charset=utf-8' }), fileName);
    return fileName;
  }
  saveBlob(await svgToPng(file.text, file.width, file.height), fileName);
  return fileName;
}
