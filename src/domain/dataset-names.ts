import type { Dataset } from '../data/schema';
import { englishFallback } from './english-fallback';
import { formatSourceName, formatUnnamedArticle } from './format';
import type { Translate, Wording } from './translate';

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

function buildDatasetNames(dataset: NamedCollections, wording: Wording): DatasetNames {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  const sources = new Map(dataset.sources.map((source) => [source.id, formatSourceName(source, wording)]));
  const outlets = new Map(
    dataset.sources.map((source) => [source.id, source.outlet ?? formatUnnamedArticle(source.published, wording)]),
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

// Keyed by the dataset object, like its index (dataset-index.ts), and by the reader's messages (articles are named
// in their language): built once, the same functions on every render.
const names = new WeakMap<NamedCollections, WeakMap<Translate, DatasetNames>>();

/** The dataset's names for a reader, built on first use and kept for as long as the dataset is. */
export function getDatasetNames(dataset: NamedCollections, wording: Wording = englishFallback): DatasetNames {
  let byLanguage = names.get(dataset);
  if (byLanguage === undefined) {
    byLanguage = new WeakMap();
    names.set(dataset, byLanguage);
  }
  let found = byLanguage.get(wording.t);
  if (found === undefined) {
    found = buildDatasetNames(dataset, wording);
    byLanguage.set(wording.t, found);
  }
  return found;
}
