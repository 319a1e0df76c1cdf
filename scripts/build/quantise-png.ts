/**
 * Makes a screenshot small enough to commit and to ship: its colours reduced to a palette (screenshots of flat
 * charts, maps and text use few), written as an indexed PNG. No dithering: it would add noise that compresses badly.
 */
import { decode, encode } from 'fast-png';
import { applyPaletteSync, buildPaletteSync, utils } from 'image-q';

/** The palette's size: enough for anti-aliased text and the palettes' tints, a quarter of a byte's range. */
const colours = 64;

/** `png` (RGB or RGBA, 8 bits a channel) as an indexed PNG of at most `colours` opaque colours. */
export function quantisePng(png: Uint8Array): Buffer {
  const decoded = decode(png);
  if (decoded.depth !== 8 || (decoded.channels !== 3 && decoded.channels !== 4)) {
    throw new Error(`expected an 8-bit RGB or RGBA PNG, got ${decoded.channels} channels of ${decoded.depth} bits`);
  }
  const { width, height } = decoded;
  const rgba = new Uint8Array(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    for (let channel = 0; channel < 3; channel += 1) {
      rgba[pixel * 4 + channel] = decoded.data[pixel * decoded.channels + channel]!;
    }
    rgba[pixel * 4 + 3] = 255;
  }
  const image = utils.PointContainer.fromUint8Array(rgba, width, height);
  const palette = buildPaletteSync([image], { colors: colours, paletteQuantization: 'wuquant' });
  const reduced = applyPaletteSync(image, palette, { imageQuantization: 'nearest' });
  const paletteColours = palette.getPointContainer().getPointArray();
  const indexOf = new Map(paletteColours.map((point, index) => [point.uint32, index]));
  const indices = Uint8Array.from(reduced.getPointArray(), (point) => indexOf.get(point.uint32) ?? 0);
  return Buffer.from(
    encode({
      width,
      height,
      data: indices,
      channels: 1,
      depth: 8,
      palette: paletteColours.map((point) => [point.r, point.g, point.b]),
    }),
  );
}
