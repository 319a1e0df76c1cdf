import 'leaflet/dist/leaflet.css';
import './places-map.css';
import { useQuery } from '@tanstack/react-query';
import { latLngBounds, Map as LeafletMap, type LatLngBoundsExpression, type LatLngTuple } from 'leaflet';
import { useCallback, useEffect, useLayoutEffect, useId, useMemo, useRef, useState } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import type { DatasetEvent, Evidence, Figure, Place, Quote } from '../../data/schema';
import type { DatasetNames } from '../../domain/dataset-names';
import type { VoiceOf } from '../../domain/item-voice';
import {
  activityIncludesPlace,
  countItemsByPlace,
  getPlaceActivityFromCounts,
  withPlaceNames,
  getPlaceItems,
  isInRegion,
  type PlaceActivity,
  type Region,
} from '../../domain/place-activity';
import { useI18n, type I18n } from '../../ui/i18n/i18n';
import { BasemapCredit, BasemapLayer } from './basemap-layer';
import { basemapQueryOptions, type Basemap } from './basemap-query';
import { MapImageControl } from './map-image';
import { PlaceDetails } from './place-details';
import { PlaceDots } from './place-dots';
import { PlaceList } from './place-list';
import { PlaceMarkers, SITE_ZOOM, type PopupRequest } from './place-markers';
import { getTileConfig } from './tile-config';

export interface PlacesMapProps {
  /** All places in the dataset (each with parentId: Independence Square → Minsk → Belarus). */
  places: Place[];
  /** Filtered. */
  events: readonly DatasetEvent[];
  /** Filtered. */
  quotes: readonly Quote[];
  /** Filtered. */
  figures: readonly Figure[];
  /** Who said it and which article reports it, for the items a place's popup lists. */
  names: DatasetNames;
  /** Each item's marks: its date or when it was reported, who says so, inferences and disagreements. */
  voiceOf: VoiceOf;
  selectedPlaceId: string | null;
  onSelectPlace: (placeId: string | null) => void;
  onOpenEvidence: (evidence: Evidence) => void;
}

/** The region the bundled outlines cover (scripts/build/basemap.ts); used until the basemap has loaded. */
const REGION: Region = [10, 45, 45, 62];
/** Belarus, the view before there is anything to fit. */
const BELARUS: LatLngBoundsExpression = [
  [51.2, 23.2],
  [56.2, 32.8],
];
/**
 * How close the first view may zoom, by the kind of place it shows: a country stays in its region's
 * context, a city close enough that its sites (from SITE_ZOOM on) get markers of their own.
 */
const FIT_MAX_ZOOM: Record<Place['kind'], number> = { country: 6, region: 6, city: SITE_ZOOM, site: SITE_ZOOM + 1 };
/**
 * Above this many places in the dataset, places are circles on one canvas rather than a DOM marker with a name
 * each: markers and their names read better, but Leaflet's DOM markers stall near a thousand. Decided per
 * dataset, so a filter change never swaps one drawing for the other.
 */
export const DOT_THRESHOLD = 300;
const tileConfig = getTileConfig();
const reduceMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
// With reduced motion the map jumps where Leaflet would glide. Its zoom and fade animations are options below, but a
// popup brings itself into view, and the arrow keys move the map, with an animated pan that no option turns off.
if (reduceMotion)
  LeafletMap.addInitHook(function (this: LeafletMap) {
    const panBy = this.panBy.bind(this);
    this.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
  });

/**
 * Where things happened, as sized markers on bundled outlines of Belarus and its neighbours. Places far
 * outside the region are listed under the map instead of zooming out to the world.
 */
export function PlacesMap({
  places,
  events,
  quotes,
  figures,
  names,
  voiceOf,
  selectedPlaceId,
  onSelectPlace,
  onOpenEvidence,
}: PlacesMapProps) {
  const i18n = useI18n();
  const basemap = useQuery(basemapQueryOptions());
  const descriptionId = useId();
  const [popupRequest, setPopupRequest] = useState<PopupRequest | null>(null);

  // Numbers only on a filter change; a place's list of items is built when its popup or panel opens.
  const counts = useMemo(() => countItemsByPlace(events, quotes, figures), [events, quotes, figures]);
  const rolledUp = useNamedPlaceActivity(places, counts, names.placeName, true);
  const detailed = useNamedPlaceActivity(places, counts, names.placeName, false);
  const getItems = useCallback(
    (activity: PlaceActivity) => getPlaceItems(activity.placeIds, events, quotes, figures, i18n),
    [events, quotes, figures, i18n],
  );
  const positionOf = useMemo(() => getPositioner(basemap.data), [basemap.data]);
  const [onMap, offMap] = useMemo(
    () => [
      rolledUp.filter((activity) => positionOf(activity.place) !== null),
      rolledUp.filter((activity) => positionOf(activity.place) === null),
    ],
    [rolledUp, positionOf],
  );
  const asDots = places.length > DOT_THRESHOLD;
  // Compared by content: the same names after a filter change leave the basemap's labels as they are.
  // Circles carry no names, so the basemap names every country then.
  const markerNames = asDots
    ? ''
    : onMap
        .map((activity) => activity.place.name)
        .sort()
        .join('\n');
  const namedByMarkers = useMemo(() => new Set(markerNames.split('\n')), [markerNames]);

  const selectedOffMap = offMap.find((activity) => activityIncludesPlace(activity, selectedPlaceId));

  const toggle = useCallback(
    (activity: PlaceActivity, shownOnMap: boolean) => {
      if (activityIncludesPlace(activity, selectedPlaceId)) {
        onSelectPlace(null);
        return;
      }
      onSelectPlace(activity.place.id);
      if (shownOnMap)
        setPopupRequest((previous) => ({ placeId: activity.place.id, nonce: (previous?.nonce ?? 0) + 1 }));
    },
    [selectedPlaceId, onSelectPlace],
  );

  const basemapSettled = !basemap.isPending;
  const description = describeMap(i18n.t, onMap.length, offMap.length, asDots);
  const layerProps = {
    rolledUp,
    detailed,
    positionOf,
    selectedPlaceId,
    names,
    voiceOf,
    getItems,
    onSelectPlace,
    onOpenEvidence,
    popupRequest,
  };

  return (
    <div className="places-map">
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      <MapContainer
        className="places-map__map"
        bounds={BELARUS}
        minZoom={4}
        maxZoom={13}
        maxBounds={[
          [REGION[1] - 2, REGION[0] - 4],
          [REGION[3] + 2, REGION[2] + 4],
        ]}
        scrollWheelZoom={false}
        zoomAnimation={!reduceMotion}
        fadeAnimation={!reduceMotion}
        markerZoomAnimation={!reduceMotion}
      >
        <MapAccessibility descriptionId={descriptionId} />
        <BasemapCredit />
        <MapImageControl basemap={basemap.data} asDots={asDots} {...layerProps} />
        {tileConfig ? <TileLayer url={tileConfig.url} attribution={tileConfig.attribution} /> : null}
        {basemap.data ? (
          <BasemapLayer basemap={basemap.data} namedByMarkers={namedByMarkers} overTiles={tileConfig !== null} />
        ) : null}
        {/* Fitted before the markers lay out their names (effects run in this order): a fit the markers missed
            left names laid out for the unfitted view, cut by the map's edge on a phone. */}
        {basemapSettled ? <FitToMarkers activities={detailed} positionOf={positionOf} /> : null}
        {/* Markers wait for the outlines, which say where countries are named and where the view settles:
            drawn earlier, their names would jump when the view is fitted. */}
        {basemapSettled && asDots ? <PlaceDots {...layerProps} /> : null}
        {basemapSettled && !asDots ? <PlaceMarkers places={places} {...layerProps} /> : null}
      </MapContainer>
      {basemap.isError ? (
        <p className="places-map__notice" role="status">
          {i18n.t('map.outlinesError')}
        </p>
      ) : null}
      <PlaceList onMap={onMap} offMap={offMap} selectedPlaceId={selectedPlaceId} onToggle={toggle} />
      {selectedOffMap ? (
        <div className="places-map__off-map-details">
          <PlaceDetails
            activity={selectedOffMap}
            getItems={getItems}
            names={names}
            voiceOf={voiceOf}
            onOpenEvidence={onOpenEvidence}
            onShowAllPlaces={() => onSelectPlace(null)}
          />
        </div>
      ) : null}
    </div>
  );
}

/** What the map shows and how to reach its places without a pointer. */
function describeMap(t: I18n['t'], onMap: number, offMap: number, asDots: boolean): string {
  const places =
    offMap > 0 ? t('map.description.placesOffMap', { onMap, offMap }) : t('map.description.places', { onMap });
  return t(asDots ? 'map.description.dots' : 'map.description.markers', { places });
}

/**
 * Where a place's marker goes: its own coordinates inside the region; for a country whose centroid lies
 * outside (Russia's is in Siberia), the point where the basemap names it; otherwise nowhere (listed instead).
 */
function getPositioner(basemap: Basemap | undefined): (place: Place) => LatLngTuple | null {
  const region: Region = basemap?.bbox ?? REGION;
  const labels = new Map(
    basemap?.countries.features.flatMap((country) =>
      country.properties.label ? [[country.properties.name, country.properties.label] as const] : [],
    ),
  );
  // One array per place: react-leaflet closes and reopens a popup given a new position, and the place's popup
  // ends on that close (place-dots.tsx), as when the popup's own pan into view re-rendered it.
  const known = new WeakMap<Place, LatLngTuple | null>();
  return (place) => {
    let position = known.get(place);
    if (position === undefined) {
      const label = place.kind === 'country' ? labels.get(place.name) : undefined;
      position = isInRegion(place.lat, place.lon, region)
        ? [place.lat, place.lon]
        : label
          ? [label[1], label[0]]
          : null;
      known.set(place, position);
    }
    return position;
  };
}

/**
 * What happened where, labelled in the reader's language where editors named a place (the basemap is still
 * matched by the article's name).
 */
function useNamedPlaceActivity(
  places: readonly Place[],
  counts: ReturnType<typeof countItemsByPlace>,
  placeName: (placeId: string) => string,
  rollUpSites: boolean,
) {
  return useMemo(
    () => withPlaceNames(getPlaceActivityFromCounts(places, counts, { rollUpSites }), placeName),
    [places, counts, placeName, rollUpSites],
  );
}

/** Names the map for assistive technology: react-leaflet passes no ARIA attributes to its container. */
function MapAccessibility({ descriptionId }: { descriptionId: string }) {
  const map = useMap();
  const { t } = useI18n();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'group');
    container.setAttribute('aria-roledescription', t('map.roleDescription'));
    container.setAttribute('aria-label', t('map.label'));
    container.setAttribute('aria-describedby', descriptionId);
  }, [map, descriptionId, t]);
  return null;
}

/** Fits the view to the markers once, when they are first known; after that the reader owns the view. */
function FitToMarkers({
  activities,
  positionOf,
}: {
  activities: readonly PlaceActivity[];
  positionOf: (place: Place) => LatLngTuple | null;
}) {
  const map = useMap();
  const fitted = useRef(false);
  // Before paint, so the markers and their names are first drawn where they stay.
  useLayoutEffect(() => {
    // Every filter change hands over new activities; once fitted, 10,000 places need not be looked at again.
    if (fitted.current) return;
    const onMap = activities.filter((activity) => positionOf(activity.place) !== null);
    if (onMap.length === 0) return;
    fitted.current = true;
    const maxZoom = onMap.reduce((zoom, activity) => Math.min(zoom, FIT_MAX_ZOOM[activity.place.kind]), Infinity);
    const bounds = latLngBounds(onMap.map((activity) => positionOf(activity.place)!));
    map.fitBounds(bounds, { padding: [48, 48], maxZoom, animate: false });
  }, [map, activities, positionOf]);
  return null;
}
