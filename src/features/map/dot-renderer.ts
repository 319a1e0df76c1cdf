import { Browser, Canvas, type CircleMarker, type PathOptions, type Point, type RendererOptions } from 'leaflet';

/**
 * Leaflet's canvas renderer, drawing each circle as a copy of a prepared picture of it instead of filling and
 * stroking a path. Without a GPU, the browser rasterises every path of a redraw on the page's thread: at 10,000
 * circles that was about 50 ms of each filter change, where copying a small picture is a blit. Hit testing,
 * panning and zooming stay Leaflet's own; only how one circle is painted changes, and a circle with a `label`
 * (a cluster's count of places) has it written on it.
 */
export function dotCanvas(options: RendererOptions): Canvas {
  DotCanvas ??= Canvas.extend({ _updateCircle: drawCircle }) as new (options: RendererOptions) => Canvas;
  return new DotCanvas(options);
}

let DotCanvas: (new (options: RendererOptions) => Canvas) | undefined;

/** What `_updateCircle` reads of Leaflet's renderer and circle (private, fixed by the pinned Leaflet version). */
interface RendererState {
  _drawing: boolean;
  _ctx: CanvasRenderingContext2D;
}
interface CircleState extends CircleMarker {
  _point: Point;
  _radius: number;
  _empty: () => boolean;
  options: DotOptions;
}

/** A circle's options, with the number a cluster's circle shows on it. */
export interface DotOptions extends PathOptions {
  label?: { text: string; fontFamily: string; color: string };
}

const leafletDrawCircle = (Canvas.prototype as unknown as { _updateCircle: typeof drawCircle })._updateCircle;

function drawCircle(this: RendererState, layer: CircleState): void {
  if (!this._drawing || layer._empty()) return;
  const ctx = this._ctx;
  // As Leaflet draws it: a whole number of pixels, at least one.
  const radius = Math.max(Math.round(layer._radius), 1);
  // The pixel ratio Leaflet scales its canvas by.
  const sprite = circleSprite(radius, layer.options, Browser.retina ? 2 : 1);
  // No picture could be made (no OffscreenCanvas, or no 2D context for it): Leaflet paints the circle itself.
  if (sprite === null) leafletDrawCircle.call(this, layer);
  // Whole pixels, so the copy is not resampled: the circle moves by at most half a pixel.
  else
    ctx.drawImage(
      sprite.image,
      Math.round(layer._point.x) - sprite.half,
      Math.round(layer._point.y) - sprite.half,
      sprite.half * 2,
      sprite.half * 2,
    );
  const { label } = layer.options;
  if (label === undefined) return;
  // Bold 12 px, smaller when the number is wider than the circle, but no smaller than 9 px.
  ctx.font = `bold 12px ${label.fontFamily}`;
  const room = radius * 2 - 6;
  const width = ctx.measureText(label.text).width;
  if (width > room) ctx.font = `bold ${Math.max(9, Math.floor((12 * room) / width))}px ${label.fontFamily}`;
  ctx.fillStyle = label.color;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label.text, layer._point.x, layer._point.y);
}

interface Sprite {
  image: ImageBitmap;
  /** Half the picture's side, in the map's pixels. */
  half: number;
}

// A handful of radii times two styles (plain, selected) per theme: small, and kept for the page's life.
const sprites = new Map<string, Sprite | null>();

/** The picture of one circle, painted as Leaflet's `_fillStroke` paints a path, at the canvas's pixel ratio. */
function circleSprite(radius: number, options: PathOptions, scale: number): Sprite | null {
  const { fill, fillColor, fillOpacity, stroke, color, opacity, weight = 0 } = options;
  const key = [radius, scale, fill, fillColor, fillOpacity, stroke, color, opacity, weight].join('|');
  const known = sprites.get(key);
  if (known !== undefined) return known;
  if (typeof OffscreenCanvas === 'undefined') return null;
  const half = radius + Math.ceil(weight / 2) + 1;
  const side = Math.ceil(half * 2 * scale);
  const canvas = new OffscreenCanvas(side, side);
  const ctx = canvas.getContext('2d');
  if (ctx === null) {
    sprites.set(key, null);
    return null;
  }
  ctx.scale(scale, scale);
  ctx.beginPath();
  ctx.arc(half, half, radius, 0, Math.PI * 2);
  if (fill) {
    ctx.globalAlpha = fillOpacity ?? 0.2;
    ctx.fillStyle = fillColor ?? color ?? '#3388ff';
    ctx.fill('evenodd');
  }
  if (stroke && weight !== 0) {
    ctx.globalAlpha = opacity ?? 1;
    ctx.lineWidth = weight;
    ctx.strokeStyle = color ?? '#3388ff';
    ctx.stroke();
  }
  const sprite = { image: canvas.transferToImageBitmap(), half };
  sprites.set(key, sprite);
  return sprite;
}
