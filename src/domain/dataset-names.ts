import type { Dataset } from '../data/schema';
import { formatSourceName, formatUnnamedArticle } from './format';

/** The names a reader sees for the ids that quotes, events, figures and evidence carry. */
export interface DatasetNames {
  /** "Alexander Lukashenko" for `lukashenko`. */
  actorName: (actorId: string) => string;
  /** "Reuters, 16 Aug 2020" for `reuters-2020-08-16`. */
  sourceName: (sourceId: string) => string;
  /** "Minsk" for `minsk`. */
  placeName: (placeId: string) => string;
  /** "CNN" for `cnn-2020-08-17`: who speaks where an article reports in its own voice ("Article of 27 Oct 2020" if it names none). */
  outletName: (sourceId: string) => string;
}

/** What names come from: the dataset, or the empty lists of a page still loading it. */
type NamedCollections = Pick<Dataset, 'actors' | 'sources' | 'places'>;

function buildDatasetNames(dataset: NamedCollections): DatasetNames {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  const sources = new Map(dataset.sources.map((source) => [source.id, formatSourceName(source)]));
  const outlets = new Map(
    dataset.sources.map((source) => [source.id, source.outlet ?? formatUnnamedArticle(source.published)]),
  );
  const places = new Map(dataset.places.map((place) => [place.id, place.name]));
  // The schema refuses references to nothing; should one slip through, the id stands in rather than a blank.
  return {
    actorName: (actorId) => actors.get(actorId) ?? actorId,
    sourceName: (sourceId) => sources.get(sourceId) ?? sourceId,
    placeName: (placeId) => places.get(placeId) ?? placeId,
    outletName: (sourceId) => outlets.get(sourceId) ?? sourceId,
  };
}

// Keyed by the dataset object, like its index (dataset-index.ts): built once, the same functions on every render.
const names = new WeakMap<NamedCollections, DatasetNames>();

/** The dataset's names, built on first use and kept for as long as the dataset is. */
export function getDatasetNames(dataset: NamedCollections): DatasetNames {
  let found = names.get(dataset);
  if (found === undefined) {
    found = buildDatasetNames(dataset);
    names.set(dataset, found);
  }
  return found;
}
