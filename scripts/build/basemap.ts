/**
 * Builds public/data/basemap.json: the country outlines around Belarus, from Natural Earth 1:50m (via
 * world-atlas), clipped to the region the map shows and simplified, so the map draws without any tile
 * server. Run with `npm run basemap`; `--check` compares the committed file with a fresh build instead.
 *
 * Output (GeoJSON FeatureCollection, sorted, no timestamps, so the same input always gives the same bytes):
 * - one feature per country with any land in the region, `properties: { kind: 'country', name, label }`,
 *   where `label` is a point well inside the country's largest piece (or null when too little is visible
 *   to name it); countries are filled, never stroked, so the clip edges never show;
 * - one `kind: 'borders'` MultiLineString: the land borders between countries, which the map strokes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type {
  GeometryCollection,
  GeometryObject,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type {
  BasemapFile as Basemap,
  BordersFeature,
  CountryFeature,
  CountryProperties,
  Point,
} from '../../src/features/map/basemap-shape.ts';

/** [west, south, east, north] in degrees: Belarus and its neighbours, Poland to western Russia. */
export type BBox = [number, number, number, number];
export const REGION: BBox = [10, 45, 45, 62];

/** Douglas–Peucker tolerance in degrees (about 1 km): invisible at the zooms the map allows. */
const TOLERANCE = 0.01;
/** Coordinates are rounded to 0.01° (about 1 km). */
const PRECISION = 100;
/** A country is named only when its visible land reaches this far (degrees of latitude) from every edge. */
const MIN_LABEL_DEPTH = 0.3;

export type { BasemapFile as Basemap, CountryProperties } from '../../src/features/map/basemap-shape.ts';

const round = (value: number) => Math.round(value * PRECISION) / PRECISION;

/** Squared distance from p to the segment a–b, with longitude shrunk by the cosine of the latitude. */
function segmentDistanceSquared(p: Point, a: Point, b: Point, kx: number): number {
  const ax = a[0] * kx;
  const bx = b[0] * kx;
  const px = p[0] * kx;
  const dx = bx - ax;
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  const x = ax + t * dx - px;
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker simplification of a polyline; keeps both ends so shared borders still meet. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length < 3) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const toleranceSquared = tolerance * tolerance;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const a = points[first]!;
    const b = points[last]!;
    const kx = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
    let farthest = -1;
    let farthestDistance = toleranceSquared;
    for (let index = first + 1; index < last; index++) {
      const distance = segmentDistanceSquared(points[index]!, a, b, kx);
      if (distance > farthestDistance) {
        farthest = index;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, index) => keep[index] === 1);
}

type Edge = { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point };

function edgesOf([west, south, east, north]: BBox): Edge[] {
  const atX =
    (x: number) =>
    (a: Point, b: Point): Point => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: Point, b: Point): Point => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= west, cross: atX(west) },
    { inside: (p) => p[0] <= east, cross: atX(east) },
    { inside: (p) => p[1] >= south, cross: atY(south) },
    { inside: (p) => p[1] <= north, cross: atY(north) },
  ];
}

/** Sutherland–Hodgman: the part of a closed ring inside the box (open ring in, open ring out). */
export function clipRing(ring: Point[], bbox: BBox): Point[] {
  let output = ring;
  for (const edge of edgesOf(bbox)) {
    const input = output;
    output = [];
    for (let index = 0; index < input.length; index++) {
      const current = input[index]!;
      const previous = input[(index + input.length - 1) % input.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) {
        output.push(edge.cross(previous, current));
      }
    }
    if (output.length === 0) break;
  }
  return output;
}

/** The pieces of a polyline inside the box: each segment is clipped (Liang–Barsky) and runs are joined. */
export function clipLine(line: Point[], [west, south, east, north]: BBox): Point[][] {
  const pieces: Point[][] = [];
  let current: Point[] = [];
  for (let index = 1; index < line.length; index++) {
    const a = line[index - 1]!;
    const b = line[index]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    let t0 = 0;
    let t1 = 1;
    const checks: [number, number][] = [
      [-dx, a[0] - west],
      [dx, east - a[0]],
      [-dy, a[1] - south],
      [dy, north - a[1]],
    ];
    let visible = true;
    for (const [p, q] of checks) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!visible || t0 > t1) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const start: Point = [a[0] + t0 * dx, a[1] + t0 * dy];
    const end: Point = [a[0] + t1 * dx, a[1] + t1 * dy];
    if (current.length === 0) current.push(start);
    current.push(end);
    if (t1 < 1) {
      pieces.push(current);
      current = [];
    }
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

/** Rounds, drops repeated points, and returns null when nothing with an area is left. */
function tidyRing(ring: Point[]): Point[] | null {
  const rounded: Point[] = [];
  for (const [x, y] of ring) {
    const point: Point = [round(x), round(y)];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
  }
  const first = rounded[0];
  const last = rounded[rounded.length - 1];
  if (first && last && rounded.length > 1 && first[0] === last[0] && first[1] === last[1]) rounded.pop();
  if (rounded.length < 3 || Math.abs(ringArea(rounded)) < 1e-4) return null;
  return [...rounded, rounded[0]!];
}

function tidyLine(line: Point[]): Point[] | null {
  const rounded: Point[] = [];
  for (const [x, y] of line) {
    const point: Point = [round(x), round(y)];
    const last = rounded[rounded.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) rounded.push(point);
  }
  return rounded.length > 1 ? rounded : null;
}

/** Signed area (shoelace), in square degrees. */
export function ringArea(ring: Point[]): number {
  let area = 0;
  for (let index = 0; index < ring.length; index++) {
    const [x1, y1] = ring[index]!;
    const [x2, y2] = ring[(index + 1) % ring.length]!;
    area += x1 * y2 - x2 * y1;
  }
  return area / 2;
}

/** Even–odd point-in-ring test. */
export function ringContains(ring: Point[], [x, y]: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * A point deep inside a polygon (the "pole of inaccessibility", by grid search refined three times),
 * with its depth: the distance to the nearest edge, in degrees of latitude.
 */
export function findLabelPoint(polygon: Point[][]): { point: Point; depth: number } {
  const outer = polygon[0]!;
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  let west = Math.min(...xs);
  let east = Math.max(...xs);
  let south = Math.min(...ys);
  let north = Math.max(...ys);
  const kx = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const depthAt = (p: Point) => {
    if (!ringContains(outer, p) || polygon.slice(1).some((hole) => ringContains(hole, p))) return -1;
    let nearest = Infinity;
    for (const ring of polygon) {
      for (let index = 1; index < ring.length; index++) {
        nearest = Math.min(nearest, segmentDistanceSquared(p, ring[index - 1]!, ring[index]!, kx));
      }
    }
    return Math.sqrt(nearest);
  };
  let best: { point: Point; depth: number } = { point: outer[0]!, depth: 0 };
  const steps = 24;
  for (let round = 0; round < 4; round++) {
    const dx = (east - west) / steps;
    const dy = (north - south) / steps;
    for (let i = 0; i <= steps; i++) {
      for (let j = 0; j <= steps; j++) {
        const point: Point = [west + i * dx, south + j * dy];
        const depth = depthAt(point);
        if (depth > best.depth) best = { point, depth };
      }
    }
    [west, east, south, north] = [
      best.point[0] - 2 * dx,
      best.point[0] + 2 * dx,
      best.point[1] - 2 * dy,
      best.point[1] + 2 * dy,
    ];
  }
  return { point: [round(best.point[0]), round(best.point[1])], depth: best.depth };
}

/** Absolute, simplified arcs: delta-decoded through the topology's transform, then Douglas–Peucker. */
function simplifiedArcs(topology: Topology): Point[][] {
  const scale = topology.transform?.scale ?? [1, 1];
  const translate = topology.transform?.translate ?? [0, 0];
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]): Point => {
      if (topology.transform) {
        x += dx!;
        y += dy!;
        return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
      }
      return [dx!, dy!];
    });
    return simplifyLine(points, TOLERANCE);
  });
}

type CountryGeometry = (TopoPolygon | TopoMultiPolygon) & { properties?: { name?: string } };

function polygonsOf(geometry: CountryGeometry): number[][][] {
  return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

function ringFromArcs(arcs: Point[][], indexes: number[]): Point[] {
  const ring: Point[] = [];
  for (const index of indexes) {
    const arc = index < 0 ? arcs[~index]!.slice().reverse() : arcs[index]!;
    ring.push(...(ring.length > 0 ? arc.slice(1) : arc));
  }
  return ring;
}

/**
 * Natural Earth's default view draws Crimea inside Russia; this dashboard follows the internationally
 * recognised border (UN General Assembly resolution 68/262) and draws it as part of Ukraine. The peninsula
 * is its own polygon in the topology, so it moves whole, and the border mesh then no longer separates it.
 */
function assignCrimeaToUkraine(geometries: CountryGeometry[], arcs: Point[][]): CountryGeometry[] {
  const simferopol: Point = [34.1, 44.95];
  const russia = geometries.find((g) => g.properties?.name === 'Russia');
  const ukraine = geometries.find((g) => g.properties?.name === 'Ukraine');
  if (!russia || !ukraine) return geometries;
  const russianPolygons = polygonsOf(russia);
  const crimea = russianPolygons.find((polygon) => ringContains(ringFromArcs(arcs, polygon[0]!), simferopol));
  if (!crimea) return geometries;
  return geometries.map((geometry) => {
    if (geometry === russia)
      return { ...russia, type: 'MultiPolygon', arcs: russianPolygons.filter((p) => p !== crimea) };
    if (geometry === ukraine) return { ...ukraine, type: 'MultiPolygon', arcs: [...polygonsOf(ukraine), crimea] };
    return geometry;
  });
}

/** Clips, simplifies and labels the countries of a world-atlas topology for the region. */
export function buildBasemap(source: Topology, bbox: BBox = REGION): Basemap {
  const arcs = simplifiedArcs(source);
  const collection = source.objects.countries as GeometryCollection<{ name?: string }>;
  const countries = assignCrimeaToUkraine(
    collection.geometries.filter((g): g is CountryGeometry => g.type === 'Polygon' || g.type === 'MultiPolygon'),
    arcs,
  );
  const topology: Topology = {
    type: 'Topology',
    arcs: arcs,
    objects: { countries: { type: 'GeometryCollection', geometries: countries } },
  };

  const features: (CountryFeature | BordersFeature)[] = [];
  for (const geometry of countries) {
    const name = geometry.properties?.name;
    if (!name) continue;
    const shape = (feature(topology, geometry as GeometryObject) as Feature).geometry;
    if (shape.type !== 'Polygon' && shape.type !== 'MultiPolygon') continue;
    const polygons = (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates) as Point[][][];
    const clipped: Point[][][] = [];
    for (const polygon of polygons) {
      const [outer, ...holes] = polygon.map((ring) => tidyRing(clipRing(ring.slice(0, -1), bbox)));
      if (!outer) continue;
      clipped.push([outer, ...holes.filter((hole): hole is Point[] => hole !== null)]);
    }
    if (clipped.length === 0) continue;
    clipped.sort((a, b) => Math.abs(ringArea(b[0]!)) - Math.abs(ringArea(a[0]!)));
    const { point, depth } = findLabelPoint(clipped[0]!);
    features.push({
      type: 'Feature',
      properties: { kind: 'country', name, label: depth >= MIN_LABEL_DEPTH ? point : null },
      geometry: { type: 'MultiPolygon', coordinates: clipped },
    });
  }
  features.sort((a, b) =>
    (a.properties as CountryProperties).name < (b.properties as CountryProperties).name ? -1 : 1,
  );

  const borders = mesh(topology, topology.objects.countries as GeometryObject, (a, b) => a !== b);
  const lines = (borders.coordinates as Point[][])
    .flatMap((line) => clipLine(line, bbox))
    .map(tidyLine)
    .filter((line): line is Point[] => line !== null)
    .sort((a, b) => a[0]![0] - b[0]![0] || a[0]![1] - b[0]![1]);
  features.push({
    type: 'Feature',
    properties: { kind: 'borders' },
    geometry: { type: 'MultiLineString', coordinates: lines },
  });

  return { type: 'FeatureCollection', bbox, features };
}

/** The file's bytes: one feature per line keeps diffs of a rebuilt basemap readable. */
export function serialiseBasemap(basemap: Basemap): string {
  const { features, ...rest } = basemap;
  const head = JSON.stringify({ ...rest, features: [] }).slice(0, -3);
  return `${head}[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

function main() {
  const require = createRequire(import.meta.url);
  const source = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  const output = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'public/data/basemap.json');
  const text = serialiseBasemap(buildBasemap(source));
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(output, 'utf8');
    } catch {
      // a missing file is reported below like a stale one
    }
    if (current !== text) {
      console.error(`${output} is missing or out of date: run npm run basemap`);
      process.exit(1);
    }
    console.log(`${output} is up to date`);
    return;
  }
  writeFileSync(output, text);
  console.log(`wrote ${output} (${text.length} bytes)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
