/**
 * The bundled basemap (public/data/basemap.json, built by scripts/build/basemap.ts): country outlines
 * around Belarus, fetched from the app's folder like the dataset, so the map needs no tile server.
 */
import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection, MultiLineString, MultiPolygon } from 'geojson';
import * as z from 'zod/mini';
import { getAppRootUrl } from '../../data/app-root';

const point = z.tuple([z.number(), z.number()]);

const countrySchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ kind: z.literal('country'), name: z.string(), label: z.nullable(point) }),
  geometry: z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(point))) }),
});

const bordersSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ kind: z.literal('borders') }),
  geometry: z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(point)) }),
});

const basemapSchema = z.object({
  type: z.literal('FeatureCollection'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  features: z.array(z.union([countrySchema, bordersSchema])),
});

type CountryFeature = z.infer<typeof countrySchema>;

export interface Basemap {
  /** [west, south, east, north]: the region the outlines were clipped to. */
  bbox: [number, number, number, number];
  countries: FeatureCollection<MultiPolygon, CountryFeature['properties']>;
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
  const parsed = basemapSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error('The basemap file does not have the expected shape.');
  const countries = parsed.data.features.filter((f): f is CountryFeature => f.properties.kind === 'country');
  const borders = parsed.data.features.filter(
    (f): f is z.infer<typeof bordersSchema> => f.properties.kind === 'borders',
  );
  return {
    bbox: parsed.data.bbox,
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
