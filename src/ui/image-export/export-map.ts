/**
 * The map as a PNG: the basemap's outlines and the place markers drawn onto a canvas at the reader's current view,
 * framed with the title, the filters and the credit. It reads what the map shows through `MapImageSource`, not the
 * map's DOM, so the markers can be drawn however the map likes. Loaded only when the reader asks for an image.
 */
import type { FeatureCollection, MultiLineString, MultiPolygon, Position } from 'geojson';
import type { Map as LeafletMap } from 'leaflet';
import { layoutCaptionFrame } from './caption-frame';
import { canvasMeasure, drawTexts } from './draw-text';
import { chooseMapLabels, labelBox } from './map-labels';
import { getImageFileName, type ImageCaption } from './image-caption';
import { canvasToPng, createCanvas, readColours, saveBlob } from './save-file';

const LABEL_FONT_SIZE = 13;

export interface MapImageMarker {
  lat: number;
  lon: number;
  label: string;
  /** The count drawn in the marker. */
  total: number;
  /** In CSS pixels, as on screen. */
  diameter: number;
}

/** What the map has drawn: its Leaflet instance (for the view and the projection), its outlines and its markers. */
export interface MapImageSource {
  map: LeafletMap;
  countries: FeatureCollection<MultiPolygon, { name: string; label: [number, number] | null }> | null;
  borders: FeatureCollection<MultiLineString> | null;
  /** The country drawn emphasised. */
  emphasised: string;
  markers: readonly MapImageMarker[];
  /** The map's crowded circles (above 300 places): a name that would cover a marker or a name is left out. */
  crowded: boolean;
}

/**
 * The map's colours, from its stylesheet's tokens resolved by a probe element (the tokens mix colours, which only
 * the style engine resolves), so both themes come out as on screen.
 */
function readMapColours(container: HTMLElement) {
  const probe = document.createElement('span');
  probe.hidden = true;
  container.append(probe);
  const token = (name: string, fallback: string) => {
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const colours = {
    sea: token('--map-sea', '#dfe9f0'),
    land: token('--map-land', '#ffffff'),
    emphasised: token('--map-land-emphasised', '#fff0b8'),
    border: token('--map-border', '#76716a'),
    marker: token('--map-marker', '#0b57a4'),
    markerText: token('--map-marker-text', '#ffffff'),
    halo: token('--map-halo', '#ffffff'),
    text: token('--map-text', '#1b1b1a'),
  };
  probe.remove();
  return colours;
}

type MapColours = ReturnType<typeof readMapColours>;

function tracePolygons(context: CanvasRenderingContext2D, rings: readonly Position[][], project: Project) {
  for (const ring of rings) {
    ring.forEach(([lon, lat], index) => {
      const { x, y } = project(lat!, lon!);
      if (index === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    });
    context.closePath();
  }
}

type Project = (lat: number, lon: number) => { x: number; y: number };

function drawBasemap(context: CanvasRenderingContext2D, source: MapImageSource, project: Project, colours: MapColours) {
  for (const country of source.countries?.features ?? []) {
    context.beginPath();
    for (const polygon of country.geometry.coordinates) tracePolygons(context, polygon, project);
    context.fillStyle = country.properties.name === source.emphasised ? colours.emphasised : colours.land;
    context.fill('evenodd');
  }
  context.strokeStyle = colours.border;
  context.lineWidth = 1;
  for (const border of source.borders?.features ?? []) {
    context.beginPath();
    for (const line of border.geometry.coordinates) {
      line.forEach(([lon, lat], index) => {
        const { x, y } = project(lat!, lon!);
        if (index === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      });
    }
    context.stroke();
  }
}

function drawMarkers(context: CanvasRenderingContext2D, source: MapImageSource, project: Project, colours: MapColours) {
  // Largest first, so small markers stay visible on top of large ones, as on screen.
  const markers = [...source.markers]
    .sort((a, b) => b.diameter - a.diameter)
    .map((marker) => ({ ...marker, ...project(marker.lat, marker.lon), r: marker.diameter / 2 }));
  for (const { x, y, r, total } of markers) {
    context.beginPath();
    context.arc(x, y, r, 0, Math.PI * 2);
    context.fillStyle = colours.marker;
    context.globalAlpha = 0.85;
    context.fill();
    context.globalAlpha = 1;
    context.strokeStyle = colours.halo;
    context.lineWidth = 2;
    context.stroke();
    context.fillStyle = colours.markerText;
    // As large as the marker allows, and smaller when the count is wider than the marker.
    const size = Math.max(10, Math.min(14, r));
    context.font = `bold ${size}px system-ui, sans-serif`;
    const text = String(total);
    const width = context.measureText(text).width;
    if (width > r * 2 - 4)
      context.font = `bold ${Math.max(7, Math.floor((size * (r * 2 - 4)) / width))}px system-ui, sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(text, x, y);
  }
  context.textAlign = 'left';
  context.font = `600 ${LABEL_FONT_SIZE}px system-ui, sans-serif`;
  context.lineWidth = 3;
  context.strokeStyle = colours.halo;
  context.fillStyle = colours.text;
  const labelled = markers.map((marker) => ({ ...marker, labelWidth: context.measureText(marker.label).width }));
  const sides = chooseMapLabels(labelled, LABEL_FONT_SIZE + 4, source.crowded);
  labelled.forEach((marker, index) => {
    const side = sides[index];
    if (!side) return;
    const { left } = labelBox(marker, side, LABEL_FONT_SIZE + 4);
    context.strokeText(marker.label, left, marker.y);
    context.fillText(marker.label, left, marker.y);
  });
}

/** Saves the map's current view as a PNG with `caption` around it; resolves with the file's name. */
export async function exportMapImage(source: MapImageSource, caption: ImageCaption, subject: string): Promise<string> {
  const container = source.map.getContainer();
  const size = source.map.getSize();
  const context2d = createCanvas(1, 1, 1).context;
  const frame = layoutCaptionFrame(caption, size.x, size.y, canvasMeasure(context2d));
  const { canvas, context } = createCanvas(frame.width, frame.height, 2);
  const pageColours = readColours(container.parentElement ?? container);
  const colours = readMapColours(container);
  context.fillStyle = pageColours.background;
  context.fillRect(0, 0, frame.width, frame.height);
  drawTexts(context, frame.texts, pageColours);

  context.save();
  context.translate(0, frame.pictureTop);
  context.beginPath();
  context.rect(0, 0, size.x, size.y);
  context.clip();
  context.fillStyle = colours.sea;
  context.fillRect(0, 0, size.x, size.y);
  const project: Project = (lat, lon) => source.map.latLngToContainerPoint([lat, lon]);
  drawBasemap(context, source, project, colours);
  drawMarkers(context, source, project, colours);
  context.restore();

  const fileName = getImageFileName(subject, caption.filters, 'png');
  saveBlob(await canvasToPng(canvas), fileName);
  return fileName;
}
