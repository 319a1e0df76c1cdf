import {
  circleMarker,
  layerGroup,
  tooltip,
  type CircleMarker,
  type LatLngTuple,
  type Map as LeafletMap,
  type Popup as LeafletPopup,
} from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Popup, useMap, useMapEvents } from 'react-leaflet';
import type { Place } from '../../data/schema';
import {
  activityIncludesPlace,
  describeActivityCounts,
  describePlaceActivity,
  type Region,
} from '../../domain/place-activity';
import type { Translate } from '../../domain/translate';
import { useI18n } from '../../ui/i18n/i18n';
import { indexMapDots, type MapDot } from './dot-clusters';
import { dotCanvas, type DotOptions } from './dot-renderer';
import { getMarkerDiameter } from './map-layout';
import { PlaceDetails } from './place-details';
import {
  focusPopupHeading,
  getView,
  POPUP_PADDING,
  PopupBody,
  SITE_ZOOM,
  usePopupSize,
  type PlaceMarkersProps,
  type PopupRequest,
} from './place-markers';

/**
 * The circles' pane: above the overlay pane (400) that holds the basemap's outlines, below the country names
 * (the marker pane, 600), which stay readable over a crowd of circles, and below tooltips and popups.
 */
const DOT_PANE = 'placeDots';
const DOT_PANE_Z_INDEX = '450';

/** The markers' props: the dots need all of them but the list of every place. */
type PlaceDotsProps = Omit<PlaceMarkersProps, 'places'>;

/**
 * How far past the view's edges circles are drawn, as a share of the view: Leaflet's canvas covers as much, so a
 * short pan shows circles already drawn until the next `moveend` brings the ones beyond.
 */
const VIEW_PADDING = 0.3;

interface Dot {
  marker: CircleMarker;
  dot: MapDot;
  radius: number;
  selected: boolean;
}

/** The markers' colours from the page's tokens (places-map.css): a canvas cannot read CSS variables itself. */
function dotColours(element: HTMLElement) {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const marker = read('--map-marker', '#0b57a4');
  const halo = read('--map-halo', '#fff');
  const text = read('--map-text', '#1b1b1a');
  return {
    plain: { color: halo, fillColor: marker, weight: 1, fillOpacity: 0.6 },
    selected: { color: text, fillColor: marker, weight: 3, fillOpacity: 0.9 },
    // Opaque, so its number has the contrast the DOM markers' numbers have (the same two tokens).
    cluster: { color: halo, fillColor: marker, weight: 2, fillOpacity: 1 },
    label: { color: read('--map-marker-text', '#fff'), fontFamily: style.fontFamily || 'sans-serif' },
  };
}

/**
 * Every place with activity as a circle on one canvas, for datasets with too many places for a DOM marker
 * each (Leaflet's DOM markers stall near a thousand): a filter change resizes circles and redraws one layer.
 * Places whose circles would overlap share one that shows how many they are, and only the circles in view are
 * drawn, so a view costs what its screen can show, not what the dataset holds. A click on a place opens the
 * same details a DOM marker's popup shows; a click on a shared circle zooms in until its places come apart. The
 * place list under the map is the keyboard's and screen reader's way to the same places.
 */
export function PlaceDots({
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
}: PlaceDotsProps) {
  const map = useMap();
  const [view, setView] = useState(() => getView(map));
  const [area, setArea] = useState(() => paddedArea(map));
  useMapEvents({
    zoomend: () => setView(getView(map)),
    resize: () => setView(getView(map)),
    moveend: () => setArea(paddedArea(map)),
  });
  const level = view.zoom >= SITE_ZOOM ? 'detailed' : 'rolled-up';
  const activities = level === 'detailed' ? detailed : rolledUp;
  // A request from the place list opens its place's popup; a new request (nonce) opens it again.
  const [opened, setOpened] = useState<{ request: PopupRequest | null; placeId: string | null }>({
    request: null,
    placeId: null,
  });
  let openPlaceId = opened.placeId;
  if (opened.request !== popupRequest) {
    openPlaceId = popupRequest?.placeId ?? openPlaceId;
    setOpened({ request: popupRequest, placeId: openPlaceId });
  }
  const setOpenPlaceId = useCallback(
    (placeId: string | null) => setOpened((previous) => ({ ...previous, placeId })),
    [],
  );
  const select = useRef({ onSelectPlace, selectedPlaceId });
  useEffect(() => {
    select.current = { onSelectPlace, selectedPlaceId };
  });

  // Rebuilt when the filters or the selection change; asked again for each view.
  const index = useMemo(
    () =>
      indexMapDots(activities, positionOf, selectedPlaceId, { minZoom: map.getMinZoom(), maxZoom: map.getMaxZoom() }),
    [activities, positionOf, selectedPlaceId, map],
  );
  const dots = useMemo(() => index.dotsIn(area, view.zoom), [index, area, view.zoom]);
  const expansionZoom = useRef(index.expansionZoom);
  useEffect(() => {
    expansionZoom.current = index.expansionZoom;
  });

  useDotLayer({
    dots,
    maxTotal: index.maxTotal(view.zoom),
    level,
    positionOf,
    selectedPlaceId,
    onOpen: setOpenPlaceId,
    select,
    expansionZoom,
  });

  const open = openPlaceId === null ? undefined : activities.find((a) => activityIncludesPlace(a, openPlaceId));
  const position = open ? positionOf(open.place) : null;
  const popupSize = usePopupSize(view.bounds);
  const popup = useRef<LeafletPopup>(null);
  useMapEvents({
    popupclose: (event) => {
      if (event.popup === popup.current) setOpenPlaceId(null);
    },
  });
  // Focus moves into a popup when it opens, not again when a filter change updates its place.
  const openId = open?.place.id;
  useEffect(() => {
    if (openId !== undefined) focusPopupHeading({ getPopup: () => popup.current ?? undefined });
  }, [openId]);

  if (!open || position === null) return null;
  return (
    <Popup
      key={open.place.id}
      ref={popup}
      position={position}
      maxWidth={popupSize.maxWidth}
      minWidth={popupSize.minWidth}
      maxHeight={popupSize.maxHeight}
      autoPanPaddingTopLeft={popupSize.paddingTopLeft}
      autoPanPaddingBottomRight={POPUP_PADDING}
    >
      <PopupBody
        onEscape={() => {
          map.closePopup();
          map.getContainer().focus({ preventScroll: true });
        }}
      >
        <PlaceDetails
          activity={open}
          getItems={getItems}
          names={names}
          voiceOf={voiceOf}
          onOpenEvidence={onOpenEvidence}
          onShowAllPlaces={activityIncludesPlace(open, selectedPlaceId) ? () => onSelectPlace(null) : null}
        />
      </PopupBody>
    </Popup>
  );
}

/** The view and the margin around it that Leaflet's canvas covers, as [west, south, east, north]. */
function paddedArea(map: LeafletMap): Region {
  const bounds = map.getBounds().pad(VIEW_PADDING);
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}

interface DotLayerOptions {
  dots: readonly MapDot[];
  maxTotal: number;
  level: 'detailed' | 'rolled-up';
  positionOf: (place: Place) => LatLngTuple | null;
  selectedPlaceId: string | null;
  onOpen: (placeId: string) => void;
  /** The latest selection and its setter, read when a circle is clicked. */
  select: RefObject<{ onSelectPlace: (placeId: string | null) => void; selectedPlaceId: string | null }>;
  /** The zoom at which a cluster comes apart, from the latest index. */
  expansionZoom: RefObject<(clusterId: number) => number>;
}

/** Keeps one canvas of circles in step with the dots: places' circles are kept, resized and restyled in place. */
function useDotLayer({
  dots: shown,
  maxTotal,
  level,
  positionOf,
  selectedPlaceId,
  onOpen,
  select,
  expansionZoom,
}: DotLayerOptions) {
  const map = useMap();
  const { t, intl } = useI18n();
  // One canvas and one group for every circle, made once; the circles themselves are kept between changes.
  const layer = useMemo(() => {
    // A pane of their own above the outlines: in the overlay pane, Leaflet stacks its SVG (the basemap's filled
    // countries) over any canvas, which hid every circle while they still took clicks.
    if (!map.getPane(DOT_PANE)) map.createPane(DOT_PANE).style.zIndex = DOT_PANE_Z_INDEX;
    const renderer = dotCanvas({ padding: VIEW_PADDING, pane: DOT_PANE });
    const group = layerGroup();
    const hover = tooltip({ direction: 'top', offset: [0, -6] });
    return { renderer, group, hover, colours: dotColours(map.getContainer()), dots: new Map<string, Dot>() };
  }, [map]);
  useEffect(() => {
    layer.group.addTo(map);
    return () => {
      layer.group.remove();
    };
  }, [map, layer]);

  useEffect(() => {
    const { dots, group, renderer, hover, colours } = layer;
    const count = new Intl.NumberFormat(intl);
    const seen = new Set<string>();
    for (const dot of shown) {
      seen.add(dot.key);
      const radius = getMarkerDiameter(dot.total, maxTotal) / 2;
      const selected = dot.kind === 'place' && activityIncludesPlace(dot.activity, selectedPlaceId);
      const style = dot.kind === 'cluster' ? colours.cluster : selected ? colours.selected : colours.plain;
      const label = dot.kind === 'cluster' ? { ...colours.label, text: count.format(dot.places) } : undefined;
      const kept = dots.get(dot.key);
      if (kept === undefined) {
        const marker = circleMarker([dot.lat, dot.lon], {
          ...style,
          label,
          className: 'place-dot',
          radius,
          renderer,
          pane: DOT_PANE,
        } as DotOptions);
        const entry: Dot = { marker, dot, radius, selected };
        marker.on('click', () => {
          const clicked = entry.dot;
          if (clicked.kind === 'cluster') {
            // A cluster opens by zooming in until its places come apart.
            map.setView(
              [clicked.lat, clicked.lon],
              Math.min(expansionZoom.current(clicked.clusterId), map.getMaxZoom()),
            );
            return;
          }
          const { onSelectPlace: choose, selectedPlaceId: current } = select.current;
          if (!activityIncludesPlace(clicked.activity, current)) choose(clicked.activity.place.id);
          onOpen(clicked.activity.place.id);
        });
        marker.on('mouseover', () => {
          hover.setLatLng(marker.getLatLng()).setContent(describeDot(entry.dot, t));
          map.openTooltip(hover);
        });
        marker.on('mouseout', () => map.closeTooltip(hover));
        dots.set(dot.key, entry);
        group.addLayer(marker);
        continue;
      }
      const moved = kept.dot.lat !== dot.lat || kept.dot.lon !== dot.lon;
      kept.dot = dot;
      if (!group.hasLayer(kept.marker)) group.addLayer(kept.marker);
      if (moved) kept.marker.setLatLng([dot.lat, dot.lon]);
      const options = kept.marker.options as DotOptions;
      const relabelled = label !== undefined && label.text !== options.label?.text;
      if (relabelled) options.label = label;
      if (kept.radius !== radius) {
        kept.radius = radius;
        kept.marker.setRadius(radius);
      } else if (relabelled) kept.marker.redraw();
      if (kept.selected !== selected) {
        kept.selected = selected;
        kept.marker.setStyle(style);
        if (selected) kept.marker.bringToFront();
      }
    }
    for (const [key, kept] of dots) {
      if (seen.has(key)) continue;
      // A cluster's id means nothing to the next index: its circle goes. A place's circle is kept for when it
      // comes back into view or the filters give it something again.
      if (kept.dot.kind === 'cluster') dots.delete(key);
      if (group.hasLayer(kept.marker)) group.removeLayer(kept.marker);
    }
  }, [layer, shown, maxTotal, selectedPlaceId, map, onOpen, select, expansionZoom, t, intl]);

  // Another zoom level or dataset starts afresh: a kept circle would stand for a place counted another way.
  useEffect(() => {
    const { dots, group } = layer;
    return () => {
      dots.clear();
      group.clearLayers();
    };
  }, [layer, level, positionOf]);
}

/** What a circle's tooltip says: the place and its counts, or how many places a cluster holds and theirs. */
function describeDot(dot: MapDot, t: Translate): string {
  if (dot.kind === 'place') return describePlaceActivity(dot.activity, t);
  return t('map.cluster', { places: dot.places, counts: describeActivityCounts(dot, t) });
}
