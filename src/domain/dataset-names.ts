import type { Dataset } from '../data/schema';
import { formatDisplayName, getDisplayName, type DisplayName, type Named } from './display-name';
import { englishFallback } from './english-fallback';
import { formatSourceName, formatUnnamedArticle } from './format';
import type { Locale } from './locale';
import type { Translate, Wording } from './translate';

/** The names a reader sees for the ids that quotes, events, figures and evidence carry. */
export interface DatasetNames {
  /** "Alexander Lukashenko" for `lukashenko`; in Belarusian "Аляксандр Лукашэнка (Alexander Lukashenko)". */
  actorName: (actorId: string) => string;
  /** The actor's name in the reader's language and the article's spelling, for views that set them apart. */
  actorDisplayName: (actorId: string) => DisplayName;
  /** "Reuters, 16 Aug 2020" for `reuters-2020-08-16`. */
  sourceName: (sourceId: string) => string;
  /** "Minsk" for `minsk`; in Belarusian "Мінск (Minsk)". */
  placeName: (placeId: string) => string;
  placeDisplayName: (placeId: string) => DisplayName;
  /** "CNN" for `cnn-2020-08-17`: who speaks where an article reports in its own voice ("Article of 27 Oct 2020" if it names none). */
  outletName: (sourceId: string) => string;
}

/** What names come from: the dataset, or the empty lists of a page still loading it. */
type NamedCollections = Pick<Dataset, 'actors' | 'sources' | 'places'>;

/** The reader's language and words: names editors supply per language, and how articles are named. */
export type Naming = Wording;

/** The articles' own names, and articles named in English: for data downloads and callers with no reader. */
const articleNaming: Naming = englishFallback;

function buildDatasetNames(dataset: NamedCollections, naming: Naming): DatasetNames {
  const displayNames = (collection: readonly (Named & { id: string })[]) =>
    new Map(collection.map((item): [string, DisplayName] => [item.id, getDisplayName(item, naming.locale)]));
  const oneLine = (display: DisplayName) => formatDisplayName(display, naming.t);
  const actorDisplays = displayNames(dataset.actors);
  const placeDisplays = displayNames(dataset.places);
  const actors = new Map([...actorDisplays].map(([id, display]) => [id, oneLine(display)]));
  const sources = new Map(dataset.sources.map((source) => [source.id, formatSourceName(source, naming)]));
  const outlets = new Map(
    dataset.sources.map((source) => [source.id, source.outlet ?? formatUnnamedArticle(source.published, naming)]),
  );
  const places = new Map([...placeDisplays].map(([id, display]) => [id, oneLine(display)]));
  // The schema refuses references to nothing; should one slip through, the id stands in rather than a blank.
  return {
    actorName: (actorId) => actors.get(actorId) ?? actorId,
    actorDisplayName: (actorId) => actorDisplays.get(actorId) ?? { name: actorId, articleName: null },
    placeDisplayName: (placeId) => placeDisplays.get(placeId) ?? { name: placeId, articleName: null },
    sourceName: (sourceId) => sources.get(sourceId) ?? sourceId,
    placeName: (placeId) => places.get(placeId) ?? placeId,
    outletName: (sourceId) => outlets.get(sourceId) ?? sourceId,
  };
}

// Keyed by the dataset object, like its index (dataset-index.ts), then by the reader's messages (one function per
// language): built once, the same functions on every render.
const names = new WeakMap<NamedCollections, WeakMap<Translate, Map<Locale, DatasetNames>>>();

/**
 * The dataset's names for a reader: actors and places in the reader's language where editors supplied one, articles
 * named in it; without a reader, the articles' names. Built on first use and kept for as long as the dataset is.
 */
export function getDatasetNames(dataset: NamedCollections, naming: Naming = articleNaming): DatasetNames {
  let byLanguage = names.get(dataset);
  if (byLanguage === undefined) {
    byLanguage = new WeakMap();
    names.set(dataset, byLanguage);
  }
  let byLocale = byLanguage.get(naming.t);
  if (byLocale === undefined) {
    byLocale = new Map();
    byLanguage.set(naming.t, byLocale);
  }
  let found = byLocale.get(naming.locale);
  if (found === undefined) {
    found = buildDatasetNames(dataset, naming);
    byLocale.set(naming.locale, found);
  }
  return found;
}
