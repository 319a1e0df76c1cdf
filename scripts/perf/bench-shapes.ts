/**
 * The datasets the bench measures: the real one, or synthetic ones of a size, a shape (how many places, actors
 * and sources the events spread over) and a file layout (one record per line, as `npm run data` writes, or
 * plain `JSON.stringify`, as another tool would).
 */

/** Counts given to the synthesiser; what a shape leaves out scales with the events (`synth-dataset.ts`). */
export interface ShapeCounts {
  places?: number;
  /** How many of the places are towns with no parent, spread over the country, rather than sites in a city. */
  towns?: number;
  actors?: number;
  sources?: number;
  quotes?: number;
}

export const benchShapes = {
  /** The synthesiser's defaults: at 100,000 events, 400 places, 400 actors, 2,500 sources. */
  today: {},
  /**
   * A year of a newsroom's coverage as another tool writes it: 2,000 towns with no parent, each its own marker,
   * many voices, many articles, a quote for every five events.
   */
  diverse: { places: 2000, towns: 2000, actors: 500, sources: 1000, quotes: 20_000 },
  /** 10,000 places, nearly all sites within 30 cities: the map rolls them up into their cities at first. */
  'many-places': { places: 10_000 },
  /** 10,000 towns with no parent: every one a circle on the map at every zoom. */
  'many-towns': { places: 10_000, towns: 10_000 },
} satisfies Record<string, ShapeCounts>;

export type BenchShape = keyof typeof benchShapes;
export const datasetLayouts = ['lines', 'json'] as const;
export type DatasetLayout = (typeof datasetLayouts)[number];

/** One dataset to measure. */
export type BenchDataset =
  { kind: 'real' } | { kind: 'synthetic'; events: number; shape: BenchShape; layout: DatasetLayout };

/** Every combination of the sizes, shapes and layouts asked for; "real" once, whatever the shapes. */
export function planDatasets(sizes: string[], shapes: string[], layouts: string[]): BenchDataset[] {
  for (const shape of shapes)
    if (!Object.hasOwn(benchShapes, shape))
      throw new Error(`bench: --shapes takes ${Object.keys(benchShapes).join(', ')}; got "${shape}"`);
  for (const layout of layouts)
    if (!datasetLayouts.includes(layout as DatasetLayout))
      throw new Error(`bench: --layouts takes ${datasetLayouts.join(', ')}; got "${layout}"`);
  return sizes.flatMap((size): BenchDataset[] => {
    if (size === 'real') return [{ kind: 'real' }];
    if (!/^\d+$/.test(size)) throw new Error(`bench: --sizes takes "real" or event counts, got "${size}"`);
    return shapes.flatMap((shape) =>
      layouts.map((layout) => ({
        kind: 'synthetic' as const,
        events: Number(size),
        shape: shape as BenchShape,
        layout: layout as DatasetLayout,
      })),
    );
  });
}

/** A short name for files and profiles: `100000-diverse-json`. */
export function datasetSlug(dataset: BenchDataset): string {
  return dataset.kind === 'real' ? 'real' : `${dataset.events}-${dataset.shape}-${dataset.layout}`;
}

/** The synthesiser's options for a dataset's shape and layout. */
export function synthArgs(dataset: Extract<BenchDataset, { kind: 'synthetic' }>): string[] {
  const counts: ShapeCounts = benchShapes[dataset.shape];
  return [
    '--events',
    String(dataset.events),
    '--layout',
    dataset.layout,
    ...Object.entries(counts).flatMap(([name, count]) => [`--${name}`, String(count)]),
  ];
}
