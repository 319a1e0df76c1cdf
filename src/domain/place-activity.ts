import type { DatasetEvent, Evidence, Figure, Metric, Place, Quote } from '../data/schema';
import { formatCount } from './format';

/** One thing that happened at a place, in the shape a popup or list shows it. */
export interface ActivityItem {
  kind: 'event' | 'quote' | 'figure';
  id: string;
  /** ISO date; null for a quote the articles do not date. */
  date: string | null;
  /** The event's title, the quote's words, or the figure as reported ("more than 6,700 detentions"). */
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
  /** Oldest first; undated quotes last. */
  items: ActivityItem[];
  /** The places whose items were counted here, the marker's own place first when it has any. */
  placeIds: string[];
}

export interface PlaceActivityOptions {
  /** Count the items of sites (Independence Square, a factory) in the city that contains them. */
  rollUpSites: boolean;
}

const metricNouns: Record<Metric, string> = { detentions: 'detentions', crowd: 'people', deaths: 'deaths' };

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

const kindOrder: Record<ActivityItem['kind'], number> = { event: 0, figure: 1, quote: 2 };

function compareItems(a: ActivityItem, b: ActivityItem): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return kindOrder[a.kind] - kindOrder[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * What happened where: events, quotes and figures counted per place (sites optionally rolled up into
 * their city), most active place first. Items without a place, or with an unknown one, are left out.
 */
export function getPlaceActivity(
  places: readonly Place[],
  events: readonly DatasetEvent[],
  quotes: readonly Quote[],
  figures: readonly Figure[],
  options: PlaceActivityOptions,
): PlaceActivity[] {
  const byId = new Map(places.map((place) => [place.id, place]));
  const activity = new Map<string, PlaceActivity>();

  const add = (item: ActivityItem, count: 'events' | 'quotes' | 'figures') => {
    const place = markerPlaceOf(item.placeId, byId, options);
    if (!place) return;
    let entry = activity.get(place.id);
    if (!entry) {
      entry = { place, label: place.name, events: 0, quotes: 0, figures: 0, total: 0, items: [], placeIds: [] };
      activity.set(place.id, entry);
    }
    entry[count] += 1;
    entry.total += 1;
    entry.items.push(item);
    if (!entry.placeIds.includes(item.placeId)) entry.placeIds.push(item.placeId);
  };

  for (const event of events) {
    if (event.placeId === null) continue;
    add(
      {
        kind: 'event',
        id: event.id,
        date: event.date,
        text: event.title,
        actorId: null,
        placeId: event.placeId,
        evidence: event.evidence,
      },
      'events',
    );
  }
  for (const quote of quotes) {
    if (quote.placeId === null) continue;
    add(
      {
        kind: 'quote',
        id: quote.id,
        date: quote.date,
        text: quote.text,
        actorId: quote.actorId,
        placeId: quote.placeId,
        evidence: quote.evidence,
      },
      'quotes',
    );
  }
  for (const figure of figures) {
    if (figure.placeId === null) continue;
    add(
      {
        kind: 'figure',
        id: figure.id,
        date: figure.asOf,
        text: `${figure.label} ${metricNouns[figure.metric]}`,
        actorId: null,
        placeId: figure.placeId,
        evidence: figure.evidence,
      },
      'figures',
    );
  }

  const result = [...activity.values()];
  for (const entry of result) {
    entry.items.sort(compareItems);
    // The marker's own place first, then its sites by name, so "Minsk, Independence Square" reads naturally.
    entry.placeIds.sort((a, b) =>
      a === entry.place.id
        ? -1
        : b === entry.place.id
          ? 1
          : (byId.get(a)?.name ?? a).localeCompare(byId.get(b)?.name ?? b, 'en'),
    );
    const [only] = entry.placeIds;
    if (entry.placeIds.length === 1 && only !== entry.place.id)
      entry.label = `${byId.get(only!)?.name ?? only}, ${entry.place.name}`;
  }
  return result.sort((a, b) => b.total - a.total || a.place.name.localeCompare(b.place.name, 'en'));
}

/** Whether a marker stands for a place: its own, or one whose items were counted in it (a site in its city). */
export function activityIncludesPlace(
  activity: Pick<PlaceActivity, 'place' | 'placeIds'>,
  placeId: string | null,
): boolean {
  return placeId !== null && (activity.place.id === placeId || activity.placeIds.includes(placeId));
}

/** "12 events, 20 quotes, 5 figures": what a place has in the current selection, zero counts left out. */
export function describeActivityCounts(activity: Pick<PlaceActivity, 'events' | 'quotes' | 'figures'>): string {
  const parts = [
    activity.events > 0 ? formatCount(activity.events, 'event') : null,
    activity.quotes > 0 ? formatCount(activity.quotes, 'quote') : null,
    activity.figures > 0 ? formatCount(activity.figures, 'figure') : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(', ') : 'nothing in the current selection';
}

/** "Minsk: 12 events, 20 quotes, 5 figures": how a marker is named for screen readers. */
export function describePlaceActivity(
  activity: Pick<PlaceActivity, 'label' | 'events' | 'quotes' | 'figures'>,
): string {
  return `${activity.label}: ${describeActivityCounts(activity)}`;
}

/** [west, south, east, north] in degrees. */
export type Region = readonly [number, number, number, number];

/** Whether a point lies inside a region: places far outside it are listed beside the map, not drawn. */
export function isInRegion(lat: number, lon: number, [west, south, east, north]: Region): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
