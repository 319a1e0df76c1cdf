import Supercluster, { type PointFeature } from 'supercluster';
import { activityIncludesPlace, type PlaceActivity, type Region } from '../../domain/place-activity';
import type { Place } from '../../data/schema';

/** A circle on the map: one place, or the places close together at this zoom. */
export type MapDot =
  | { kind: 'place'; key: string; lat: number; lon: number; total: number; activity: PlaceActivity }
  | {
      kind: 'cluster';
      key: string;
      lat: number;
      lon: number;
      total: number;
      /** Supercluster's id, valid for the index that returned it. */
      clusterId: number;
      places: number;
      events: number;
      quotes: number;
      figures: number;
    };

export interface DotIndex {
  /** The circles within `bounds` ([west, south, east, north]) at `zoom`. */
  dotsIn: (bounds: Region, zoom: number) => MapDot[];
  /** The most any circle at `zoom` counts, anywhere: circles are sized against it, so panning keeps their sizes. */
  maxTotal: (zoom: number) => number;
  /** The zoom at which a cluster's places stop being one circle. */
  expansionZoom: (clusterId: number) => number;
}

export interface DotIndexOptions {
  /** The map's zooms: below `minZoom` nothing is asked; above `maxZoom` every place is a circle of its own. */
  minZoom: number;
  maxZoom: number;
  /** How close, in screen pixels, places become one circle: about a small circle's diameter. */
  radius: number;
}

interface Counts {
  places: number;
  events: number;
  quotes: number;
  figures: number;
}

const WORLD: Region = [-180, -85, 180, 85];

/** Places closer than this on screen, in pixels, share a circle: about a large circle's diameter, so few overlap. */
const CLUSTER_RADIUS = 44;

/**
 * The map's grouping, one for its circles and for its image: grouped up to the zoom before the map's closest, where
 * every place is a circle of its own, and the selected place never grouped.
 */
export function indexMapDots(
  activities: readonly PlaceActivity[],
  positionOf: (place: Place) => readonly [number, number, number?] | null,
  selectedPlaceId: string | null,
  zooms: { minZoom: number; maxZoom: number },
): DotIndex {
  return indexDots(
    activities,
    (activity) => positionOf(activity.place),
    (activity) => activityIncludesPlace(activity, selectedPlaceId),
    { minZoom: zooms.minZoom, maxZoom: zooms.maxZoom - 1, radius: CLUSTER_RADIUS },
  );
}

/**
 * Groups the places whose circles would overlap into one circle that counts them, so a view draws about as many
 * circles as its screen has room for, whatever the dataset holds. `standsApart` places (the selected one) are
 * never grouped: the reader sees where the place they chose is.
 */
export function indexDots(
  activities: readonly PlaceActivity[],
  positionOf: (activity: PlaceActivity) => readonly [number, number, number?] | null,
  standsApart: (activity: PlaceActivity) => boolean,
  { minZoom, maxZoom, radius }: DotIndexOptions,
): DotIndex {
  const apart: MapDot[] = [];
  const points: PointFeature<{ index: number }>[] = [];
  activities.forEach((activity, index) => {
    const position = positionOf(activity);
    if (position === null) return;
    if (standsApart(activity)) apart.push(placeDot(activity, position[0], position[1]));
    else
      points.push({
        type: 'Feature',
        properties: { index },
        geometry: { type: 'Point', coordinates: [position[1], position[0]] },
      });
  });
  // Radius in the map's own pixels: Leaflet's tiles are 256 wide.
  const index = new Supercluster<{ index: number }, Counts>({
    minZoom,
    maxZoom,
    radius,
    extent: 256,
    map: ({ index: at }) => {
      const { events, quotes, figures } = activities[at]!;
      return { places: 1, events, quotes, figures };
    },
    reduce: (sum, counts) => {
      sum.places += counts.places;
      sum.events += counts.events;
      sum.quotes += counts.quotes;
      sum.figures += counts.figures;
    },
  }).load(points);

  const dotsIn = ([west, south, east, north]: Region, zoom: number): MapDot[] => {
    const dots = index.getClusters([west, south, east, north], zoom).map((feature): MapDot => {
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      if (!('cluster' in feature.properties)) return placeDot(activities[feature.properties.index]!, lat, lon);
      const { cluster_id: clusterId, places, events, quotes, figures } = feature.properties;
      const total = events + quotes + figures;
      return {
        kind: 'cluster',
        key: `cluster:${clusterId}`,
        lat,
        lon,
        total,
        clusterId,
        places,
        events,
        quotes,
        figures,
      };
    });
    const inView = apart.filter((dot) => dot.lon >= west && dot.lon <= east && dot.lat >= south && dot.lat <= north);
    return [...dots, ...inView];
  };
  const maxTotals = new Map<number, number>();
  return {
    dotsIn,
    maxTotal: (zoom) => {
      let max = maxTotals.get(zoom);
      if (max === undefined) {
        max = dotsIn(WORLD, zoom).reduce((most, dot) => Math.max(most, dot.total), 0);
        maxTotals.set(zoom, max);
      }
      return max;
    },
    expansionZoom: (clusterId) => index.getClusterExpansionZoom(clusterId),
  };
}

function placeDot(activity: PlaceActivity, lat: number, lon: number): MapDot {
  return { kind: 'place', key: activity.place.id, lat, lon, total: activity.total, activity };
}
