/**
 * The shape of the bundled basemap file: the types scripts/build/basemap.ts writes it by, and the check the map makes
 * when it reads it. A plain guard, not a zod schema: nothing else on the page uses zod (the dataset is checked in its
 * worker), and for this one file it cost 8.5 kB gzip on every page with a map.
 */
import type { Feature, MultiLineString, MultiPolygon } from 'geojson';

export type Point = [number, number];

export interface CountryProperties {
  kind: 'country';
  name: string;
  /** [lon, lat] where the country's name is drawn, or null when too little of it is on the map. */
  label: Point | null;
}

export type CountryFeature = Feature<MultiPolygon, CountryProperties>;
export type BordersFeature = Feature<MultiLineString, { kind: 'borders' }>;

export interface BasemapFile {
  type: 'FeatureCollection';
  /** [west, south, east, north]: the region the outlines were clipped to. */
  bbox: [number, number, number, number];
  features: (CountryFeature | BordersFeature)[];
}

type Fields = { [key: string]: unknown };

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const isPoint = (value: unknown): value is Point =>
  Array.isArray(value) && value.length === 2 && isNumber(value[0]) && isNumber(value[1]);

const listOf =
  <T>(isItem: (value: unknown) => value is T) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(isItem);

const isLine = listOf(isPoint);
const isLines = listOf(isLine);
const isPolygons = listOf(isLines);

/** A feature of the given kind and geometry, its coordinates checked by `hasCoordinates`. */
function isFeature(value: unknown, kind: string, geometry: string, hasCoordinates: (value: unknown) => boolean) {
  return (
    isFields(value) &&
    value.type === 'Feature' &&
    isFields(value.properties) &&
    value.properties.kind === kind &&
    isFields(value.geometry) &&
    value.geometry.type === geometry &&
    hasCoordinates(value.geometry.coordinates)
  );
}

function isCountry(value: unknown): value is CountryFeature {
  if (!isFeature(value, 'country', 'MultiPolygon', isPolygons)) return false;
  const { name, label } = (value as { properties: Fields }).properties;
  return typeof name === 'string' && (label === null || isPoint(label));
}

const isBorders = (value: unknown): value is BordersFeature => isFeature(value, 'borders', 'MultiLineString', isLines);

/** Whether a parsed file is a basemap the map can draw: every coordinate a pair of numbers. */
export function isBasemapFile(value: unknown): value is BasemapFile {
  return (
    isFields(value) &&
    value.type === 'FeatureCollection' &&
    Array.isArray(value.bbox) &&
    value.bbox.length === 4 &&
    value.bbox.every(isNumber) &&
    Array.isArray(value.features) &&
    value.features.every((feature) => isCountry(feature) || isBorders(feature))
  );
}
