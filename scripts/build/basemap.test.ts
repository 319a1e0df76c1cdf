import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import {
  REGION,
  buildBasemap,
  clipLine,
  clipRing,
  ringContains,
  serialiseBasemap,
  simplifyLine,
  type Basemap,
  type CountryProperties,
} from './basemap';
import { isBasemapFile } from '../../src/features/map/basemap-shape';

const require = createRequire(import.meta.url);
const source = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const basemap = buildBasemap(source);

type Point = [number, number];

function country(map: Basemap, name: string) {
  return map.features.find((f) => f.properties.kind === 'country' && f.properties.name === name);
}

function countryAt(map: Basemap, point: Point): string[] {
  return map.features
    .filter((f) => f.geometry.type === 'MultiPolygon')
    .filter((f) =>
      (f.geometry.coordinates as Point[][][]).some(
        ([outer, ...holes]) => ringContains(outer!, point) && !holes.some((hole) => ringContains(hole, point)),
      ),
    )
    .map((f) => (f.properties as CountryProperties).name);
}

describe('simplifyLine', () => {
  it('drops points that lie on the line between their neighbours and keeps both ends', () => {
    const line: Point[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
    ]);
  });
});

describe('clipRing', () => {
  it('cuts a square straddling the box edge at the edge', () => {
    const square: Point[] = [
      [5, 50],
      [15, 50],
      [15, 55],
      [5, 55],
    ];
    const clipped = clipRing(square, REGION);
    expect(Math.min(...clipped.map((p) => p[0]))).toBe(10);
    expect(Math.max(...clipped.map((p) => p[0]))).toBe(15);
  });

  it('returns nothing for a ring wholly outside the box', () => {
    expect(
      clipRing(
        [
          [-80, 38],
          [-76, 38],
          [-76, 40],
        ],
        REGION,
      ),
    ).toEqual([]);
  });
});

describe('clipLine', () => {
  it('splits a line that leaves and re-enters the box into two pieces', () => {
    const line: Point[] = [
      [20, 50],
      [20, 70],
      [30, 70],
      [30, 50],
    ];
    const pieces = clipLine(line, REGION);
    expect(pieces).toHaveLength(2);
    expect(pieces.flat().every(([, lat]) => lat <= 62)).toBe(true);
  });
});

describe('buildBasemap', () => {
  it('keeps every coordinate inside the region', () => {
    const [west, south, east, north] = REGION;
    const points = basemap.features.flatMap((f) =>
      f.geometry.type === 'MultiPolygon'
        ? (f.geometry.coordinates.flat(2) as Point[])
        : (f.geometry.coordinates.flat() as Point[]),
    );
    expect(points.length).toBeGreaterThan(1000);
    expect(points.every(([lon, lat]) => lon >= west && lon <= east && lat >= south && lat <= north)).toBe(true);
  });

  it('puts the capitals in their countries', () => {
    expect(countryAt(basemap, [27.56, 53.9])).toEqual(['Belarus']); // Minsk
    expect(countryAt(basemap, [28.33, 54.09])).toEqual(['Belarus']); // Zhodino
    expect(countryAt(basemap, [25.28, 54.69])).toEqual(['Lithuania']); // Vilnius
    expect(countryAt(basemap, [21.01, 52.23])).toEqual(['Poland']); // Warsaw
    expect(countryAt(basemap, [30.52, 50.45])).toEqual(['Ukraine']); // Kyiv
  });

  it('draws Crimea as part of Ukraine', () => {
    expect(countryAt(basemap, [34.0, 45.4])).toEqual(['Ukraine']);
  });

  it('names Belarus and its neighbours at a point inside each of them', () => {
    for (const name of ['Belarus', 'Lithuania', 'Latvia', 'Poland', 'Ukraine', 'Russia']) {
      const label = (country(basemap, name)?.properties as CountryProperties | undefined)?.label;
      expect(label, name).not.toBeNull();
      expect(countryAt(basemap, label!)).toEqual([name]);
    }
  });

  it('includes the land borders as lines', () => {
    const borders = basemap.features.find((f) => f.properties.kind === 'borders');
    expect(borders?.geometry.type).toBe('MultiLineString');
    expect(borders?.geometry.coordinates.length).toBeGreaterThan(10);
  });

  it('writes a file the map accepts: its check on load passes what the build writes', () => {
    expect(isBasemapFile(JSON.parse(serialiseBasemap(basemap)))).toBe(true);
  });

  it('is small enough to load before the map is useful (at most 60 KB gzipped)', () => {
    expect(gzipSync(serialiseBasemap(basemap), { level: 9 }).length).toBeLessThanOrEqual(60 * 1024);
  });

  it('matches the committed public/data/basemap.json (run npm run basemap after changing the script)', () => {
    const committed = readFileSync(resolve(process.cwd(), 'public/data/basemap.json'), 'utf8');
    expect(committed).toBe(serialiseBasemap(basemap));
  });
});
