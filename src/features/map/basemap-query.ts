/**
 * The bundled basemap (public/data/basemap.json, built by scripts/build/basemap.ts): country outlines
 * around Belarus, fetched from the app's folder like the dataset, so the map needs no tile server.
 */
import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import { getAppRootUrl } from '../../data/app-root';
import { isBasemapFile, type BordersFeature, type CountryFeature, type CountryProperties } from './basemap-shape';

export interface Basemap {
  /** [west, south, east, north]: the region the outlines were clipped to. */
  bbox: [number, number, number, number];
  countries: FeatureCollection<MultiPolygon, CountryProperties>;
  borders: FeatureCollection<MultiLineString, { kind: 'borders' }>;
}

/** The basemap's address in the app's folder, beside the dataset. */
function getBasemapUrl(appRoot: string = getAppRootUrl()): string {
  return new URL('data/basemap.json', appRoot).href;
}

/** Fetches and checks the basemap, split into the filled countries and the stroked borders. */
async function loadBasemap(url: string, fetchBasemap: typeof fetch = fetch, signal?: AbortSignal): Promise<Basemap> {
  const response = await fetchBasemap(url, { signal });
  if (!response.ok) throw new Error(`The basemap could not be downloaded (HTTP ${response.status}).`);
  const file: unknown = await response.json();
  if (!isBasemapFile(file)) throw new Error('The basemap file does not have the expected shape.');
  const countries = file.features.filter((f): f is CountryFeature => f.properties.kind === 'country');
  const borders = file.features.filter((f): f is BordersFeature => f.properties.kind === 'borders');
  return {
    bbox: file.bbox,
    countries: { type: 'FeatureCollection', features: countries },
    borders: { type: 'FeatureCollection', features: borders },
  };
}

/** The basemap query: fetched once per visit; a missing basemap leaves the markers usable. */
export function basemapQueryOptions(url: string = getBasemapUrl()) {
  return queryOptions({
    queryKey: ['basemap', url],
    queryFn: ({ signal }) => loadBasemap(url, fetch, signal),
    staleTime: Infinity,
    retry: 1,
  });
}
