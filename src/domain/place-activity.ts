import type { DatasetEvent, Evidence, Figure, Metric, Place, Quote } from '../data/schema';
import { figureDay, itemDay } from './item-day';
import { describeItemDate } from './item-voice';
import type { MessageKey, Translate, Wording } from './translate';

/** One thing that happened at a place, in the shape a popup or list shows it. */
export interface ActivityItem {
  kind: 'event' | 'quote' | 'figure';
  id: string;
  /** ISO date; null where the articles give none. */
  date: string | null;
  /** The day it is listed at: its date, or when it was first reported. */
  day: string;
  /** Its date as a reader sees it: "16 Aug 2020", or "reported 27 Oct 2020; the article gives no date". */
  dateText: string;
  /**
   * The event's title, the quote's words, or the figure as reported ("more than 6,700 detentions": the article's
   * words, with what they count in the reader's language).
   */
  text: string;
  /** The actor who said it, for quotes. */
  actorId: string | null;
  /** Where it was recorded, which may be a site inside the marker's place. */
  placeId: string;
  evidence: Evidence[];
}

export interface PlaceActivity {
  /** The place the marker stands for: the item's own place, or the city a site was rolled up into. */
  place: Place;
  /** The place's name, or "Independence Square, Minsk" when everything counted here happened at one of its sites. */
  label: string;
  events: number;
  quotes: number;
  figures: number;
  total: number;
  /** The places whose items were counted here, the marker's own place first when it has any. */
  placeIds: string[];
}

export interface PlaceActivityOptions {
  /** Count the items of sites (Independence Square, a factory) in the city that contains them. */
  rollUpSites: boolean;
}

/** How many of each kind of item were recorded at one place. */
interface PlaceCounts {
  events: number;
  quotes: number;
  figures: number;
}

/** A figure's label ("more than 6,700", the article's words) with what it counts. */
const figureTexts: Record<Metric, MessageKey> = {
  detentions: 'places.figure.detentions',
  crowd: 'places.figure.crowd',
  deaths: 'places.figure.deaths',
};

/** Where an item is counted: the place itself, or with roll-up its nearest ancestor that is not a site. */
function markerPlaceOf(placeId: string, byId: Map<string, Place>, options: PlaceActivityOptions): Place | undefined {
  let place = byId.get(placeId);
  const seen = new Set<string>();
  while (options.rollUpSites && place?.kind === 'site' && place.parentId !== null && !seen.has(place.id)) {
    seen.add(place.id);
    const parent = byId.get(place.parentId);
    if (!parent) break;
    place = parent;
  }
  return place;
}

/** What a dataset's places give every count: each place by id, and where its name sorts among theirs. */
interface PlaceLookup {
  byId: Map<string, Place>;
  /** Places whose names the collator finds equal share a rank. */
  nameRank: Map<string, number>;
  /** Where each place's items are counted with sites rolled up, found on first use. */
  rolledUp: Map<string, Place | undefined>;
}

// Built once per list of places: at 10,000 places, sorting by name with the collator on every filter change
// was most of redrawing the map.
const lookups = new WeakMap<readonly Place[], PlaceLookup>();

function lookupOf(places: readonly Place[]): PlaceLookup {
  let lookup = lookups.get(places);
  if (lookup === undefined) {
    const byName = [...places].sort((a, b) => compareNames(a.name, b.name));
    const nameRank = new Map<string, number>();
    let rank = 0;
    byName.forEach((place, index) => {
      const previous = byName[index - 1];
      if (previous !== undefined && compareNames(previous.name, place.name) !== 0) rank += 1;
      nameRank.set(place.id, rank);
    });
    lookup = { byId: new Map(places.map((place) => [place.id, place])), nameRank, rolledUp: new Map() };
    lookups.set(places, lookup);
  }
  return lookup;
}

// One collator for every comparison: `localeCompare(…, 'en')` sets one up per call.
const compareNames = new Intl.Collator('en').compare;

const kindOrder: Record<ActivityItem['kind'], number> = { event: 0, figure: 1, quote: 2 };

function compareItems(a: ActivityItem, b: ActivityItem): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  return kindOrder[a.kind] - kindOrder[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

type Located = readonly Pick<DatasetEvent, 'placeId'>[];

// The last counts per events list: the unfiltered view hands out the same lists each time "Clear filters"
// brings it back, and counting 100,000 events is the dearest part of redrawing the map.
const countsCache = new WeakMap<Located, { quotes: Located; figures: Located; counts: PlaceCountsMap }>();

/** Counts per place id; shared between calls with the same lists, so read-only. */
export type PlaceCountsMap = ReadonlyMap<string, Readonly<PlaceCounts>>;

/**
 * How many events, quotes and figures were recorded at each place (its own place, sites not rolled up):
 * one pass that keeps only numbers, so a filter change costs no lists of items. The same lists give back
 * the same counts without counting again.
 */
export function countItemsByPlace(
  events: readonly Pick<DatasetEvent, 'placeId'>[],
  quotes: readonly Pick<Quote, 'placeId'>[],
  figures: readonly Pick<Figure, 'placeId'>[],
): PlaceCountsMap {
  const cached = countsCache.get(events);
  if (cached && cached.quotes === quotes && cached.figures === figures) return cached.counts;
  const counts = countAll(events, quotes, figures);
  countsCache.set(events, { quotes, figures, counts });
  return counts;
}

function countAll(events: Located, quotes: Located, figures: Located): Map<string, PlaceCounts> {
  const counts = new Map<string, PlaceCounts>();
  const add = (items: readonly { placeId: string | null }[], kind: keyof PlaceCounts) => {
    for (const { placeId } of items) {
      if (placeId === null) continue;
      let entry = counts.get(placeId);
      if (entry === undefined) {
        entry = { events: 0, quotes: 0, figures: 0 };
        counts.set(placeId, entry);
      }
      entry[kind] += 1;
    }
  };
  add(events, 'events');
  add(quotes, 'quotes');
  add(figures, 'figures');
  return counts;
}

// Per counts and way of counting: the same counts (the unfiltered view's, see countItemsByPlace) give
// back the same activity, so "Clear filters" does not rebuild and re-sort every place.
const activityCache = new WeakMap<
  PlaceCountsMap,
  Map<boolean, { places: readonly Place[]; result: readonly PlaceActivity[] }>
>();

/**
 * What happened where, from per-place counts: sites optionally rolled up into their city, most active
 * place first. Counts at an unknown place are left out. The same places and counts give back the same
 * list, so it is shared: read it, do not change it.
 */
export function getPlaceActivityFromCounts(
  places: readonly Place[],
  counts: PlaceCountsMap,
  options: PlaceActivityOptions,
): readonly PlaceActivity[] {
  let byOption = activityCache.get(counts);
  const cached = byOption?.get(options.rollUpSites);
  if (cached && cached.places === places) return cached.result;
  const result = buildPlaceActivity(places, counts, options);
  if (!byOption) {
    byOption = new Map();
    activityCache.set(counts, byOption);
  }
  byOption.set(options.rollUpSites, { places, result });
  return result;
}

function buildPlaceActivity(
  places: readonly Place[],
  counts: PlaceCountsMap,
  options: PlaceActivityOptions,
): PlaceActivity[] {
  const { byId, nameRank, rolledUp } = lookupOf(places);
  const markerOf = (placeId: string) => {
    if (!options.rollUpSites) return byId.get(placeId);
    if (!rolledUp.has(placeId)) rolledUp.set(placeId, markerPlaceOf(placeId, byId, options));
    return rolledUp.get(placeId);
  };
  const activity = new Map<string, PlaceActivity>();
  for (const [placeId, count] of counts) {
    const place = markerOf(placeId);
    const total = count.events + count.quotes + count.figures;
    if (!place || total === 0) continue;
    let entry = activity.get(place.id);
    if (!entry) {
      entry = { place, label: place.name, events: 0, quotes: 0, figures: 0, total: 0, placeIds: [] };
      activity.set(place.id, entry);
    }
    entry.events += count.events;
    entry.quotes += count.quotes;
    entry.figures += count.figures;
    entry.total += total;
    entry.placeIds.push(placeId);
  }

  const result = [...activity.values()];
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  // Every id here is a known place's (counts elsewhere were left out above).
  const rankOf = (id: string) => nameRank.get(id) ?? 0;
  for (const entry of result) {
    // The marker's own place first, then its sites by name, so "Minsk, Independence Square" reads naturally.
    if (entry.placeIds.length > 1)
      entry.placeIds.sort((a, b) =>
        a === entry.place.id ? -1 : b === entry.place.id ? 1 : rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0),
      );
    entry.label = labelActivity(entry, nameOf);
  }
  // Each entry's rank looked up once, not at every comparison: 2,000 places take some 20,000 of them.
  const ranked = result.map((entry) => ({ entry, rank: rankOf(entry.place.id) }));
  ranked.sort((a, b) => b.entry.total - a.entry.total || a.rank - b.rank);
  return ranked.map(({ entry }) => entry);
}

/** The marker's name, or its one site's with it ("Independence Square, Minsk"). */
function labelActivity(entry: Pick<PlaceActivity, 'place' | 'placeIds'>, nameOf: (placeId: string) => string): string {
  const [only] = entry.placeIds;
  return entry.placeIds.length === 1 && only !== undefined && only !== entry.place.id
    ? `${nameOf(only)}, ${nameOf(entry.place.id)}`
    : nameOf(entry.place.id);
}

/**
 * The activity labelled with the reader's names for its places ("Мінск (Minsk)"). Entries whose label stays the
 * same are handed back as they are, and the list itself when none changes, so English costs nothing.
 */
export function withPlaceNames(
  activity: readonly PlaceActivity[],
  placeName: (placeId: string) => string,
): readonly PlaceActivity[] {
  let changed = false;
  const named = activity.map((entry) => {
    const label = labelActivity(entry, placeName);
    if (label === entry.label) return entry;
    changed = true;
    return { ...entry, label };
  });
  return changed ? named : activity;
}

/**
 * The items recorded at any of the given places (a marker's `placeIds`), oldest first (undated ones at the
 * day they were reported), in the shape a popup lists them. Built when a place is opened, not on every filter change.
 */
export function getPlaceItems(
  placeIds: readonly string[],
  events: readonly DatasetEvent[],
  quotes: readonly Quote[],
  figures: readonly Figure[],
  wording: Wording,
): ActivityItem[] {
  const at = new Set(placeIds);
  const items: ActivityItem[] = [];
  for (const event of events) {
    if (event.placeId === null || !at.has(event.placeId)) continue;
    items.push({
      kind: 'event',
      id: event.id,
      date: event.date,
      day: itemDay(event),
      dateText: describeItemDate(event, 'short', wording),
      text: event.title,
      actorId: null,
      placeId: event.placeId,
      evidence: event.evidence,
    });
  }
  for (const quote of quotes) {
    if (quote.placeId === null || !at.has(quote.placeId)) continue;
    items.push({
      kind: 'quote',
      id: quote.id,
      date: quote.date,
      day: itemDay(quote),
      dateText: describeItemDate(quote, 'short', wording),
      text: quote.text,
      actorId: quote.actorId,
      placeId: quote.placeId,
      evidence: quote.evidence,
    });
  }
  for (const figure of figures) {
    if (figure.placeId === null || !at.has(figure.placeId)) continue;
    items.push({
      kind: 'figure',
      id: figure.id,
      date: figure.asOf,
      day: figureDay(figure),
      dateText: describeItemDate(figure, 'short', wording),
      text: wording.t(figureTexts[figure.metric], { figure: figure.label }),
      actorId: null,
      placeId: figure.placeId,
      evidence: figure.evidence,
    });
  }
  return items.sort(compareItems);
}

/** Whether a marker stands for a place: its own, or one whose items were counted in it (a site in its city). */
export function activityIncludesPlace(
  activity: Pick<PlaceActivity, 'place' | 'placeIds'>,
  placeId: string | null,
): boolean {
  return placeId !== null && (activity.place.id === placeId || activity.placeIds.includes(placeId));
}

/** "12 events, 20 quotes, 5 figures": what a place has in the current selection, zero counts left out. */
export function describeActivityCounts(
  activity: Pick<PlaceActivity, 'events' | 'quotes' | 'figures'>,
  t: Translate,
): string {
  const parts = [
    activity.events > 0 ? t('places.count.events', { count: activity.events }) : null,
    activity.quotes > 0 ? t('places.count.quotes', { count: activity.quotes }) : null,
    activity.figures > 0 ? t('places.count.figures', { count: activity.figures }) : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(', ') : t('places.count.none');
}

/** "Minsk: 12 events, 20 quotes, 5 figures": how a marker is named for screen readers. */
export function describePlaceActivity(
  activity: Pick<PlaceActivity, 'label' | 'events' | 'quotes' | 'figures'>,
  t: Translate,
): string {
  return t('places.activity', { place: activity.label, counts: describeActivityCounts(activity, t) });
}

/** [west, south, east, north] in degrees. */
export type Region = readonly [number, number, number, number];

/** Whether a point lies inside a region: places far outside it are listed beside the map, not drawn. */
export function isInRegion(lat: number, lon: number, [west, south, east, north]: Region): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
