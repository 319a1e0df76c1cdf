import { readFileSync } from 'node:fs';
import { basemapQueryOptions } from './basemap-query';
import { isBasemapFile } from './basemap-shape';

const bundled = () => JSON.parse(readFileSync('public/data/basemap.json', 'utf8')) as Record<string, unknown>;
/** The file as a test may damage it: any field may be set to anything. */
interface LooseFile {
  bbox: unknown[];
  features: {
    properties: { kind: unknown; name?: unknown; label?: unknown };
    geometry: { type: unknown; coordinates: unknown[][][][] };
  }[];
}
type Damage = (file: LooseFile) => void;

const firstPoint = (file: LooseFile) => file.features[0]!.geometry.coordinates[0]![0]![0]!;

describe('isBasemapFile', () => {
  it('accepts the bundled basemap', () => {
    expect(isBasemapFile(bundled())).toBe(true);
  });

  const damages: [string, Damage][] = [
    ['a bounding box of three numbers', (file) => file.bbox.pop()],
    ['a coordinate written as text', (file) => (firstPoint(file)[1] = '47.49')],
    ['a point with a third number', (file) => firstPoint(file).push(0)],
    ['a country drawn as lines', (file) => (file.features[0]!.geometry.type = 'MultiLineString')],
    ['a country without a name', (file) => delete file.features[0]!.properties.name],
    ['a label that is not a point', (file) => (file.features[0]!.properties.label = [14.55])],
    ['a feature of an unknown kind', (file) => (file.features[0]!.properties.kind = 'river')],
    [
      'borders drawn as polygons',
      (file) => (file.features.find((f) => f.properties.kind === 'borders')!.geometry.type = 'MultiPolygon'),
    ],
  ];
  it.each(damages)('refuses %s', (_, damage) => {
    const file = bundled() as unknown as LooseFile;
    damage(file);
    expect(isBasemapFile(file)).toBe(false);
  });
});

describe('the basemap query', () => {
  afterEach(() => vi.unstubAllGlobals());

  const load = (body: unknown) => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(body))));
    const { queryFn } = basemapQueryOptions('https://example.org/data/basemap.json');
    return (queryFn as (context: { signal: AbortSignal }) => Promise<unknown>)({
      signal: new AbortController().signal,
    });
  };

  it('splits the bundled file into the filled countries and the stroked borders', async () => {
    const basemap = (await load(bundled())) as { countries: { features: unknown[] }; borders: { features: unknown[] } };
    const features = bundled().features as unknown[];
    expect(basemap.countries.features.length).toBeGreaterThan(0);
    expect(basemap.borders.features.length).toBeGreaterThan(0);
    expect(basemap.countries.features.length + basemap.borders.features.length).toBe(features.length);
  });

  it('fails with a plain message on a file of another shape', async () => {
    await expect(load({ type: 'FeatureCollection', features: [] })).rejects.toThrow(
      'The basemap file does not have the expected shape.',
    );
  });
});
