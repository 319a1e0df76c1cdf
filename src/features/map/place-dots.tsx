import {
  circleMarker,
  layerGroup,
  tooltip,
  type CircleMarker,
  type LatLngTuple,
  type Popup as LeafletPopup,
} from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Popup, useMap, useMapEvents } from 'react-leaflet';
import type { Place } from '../../data/schema';
import { activityIncludesPlace, describePlaceActivity, type PlaceActivity } from '../../domain/place-activity';
import { useI18n } from '../../ui/i18n/i18n';
import { dotCanvas } from './dot-renderer';
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

interface Dot {
  marker: CircleMarker;
  activity: PlaceActivity;
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
  };
}

/**
 * Every place with activity as a circle on one canvas, for datasets with too many places for a DOM marker
 * each (Leaflet's DOM markers stall near a thousand): a filter change resizes circles and redraws one layer.
 * A click opens the same details a DOM marker's popup shows; the place list under the map is the keyboard's
 * and screen reader's way to the same places.
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
  useMapEvents({ zoomend: () => setView(getView(map)), resize: () => setView(getView(map)) });
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

  useDotLayer({ activities, level, positionOf, selectedPlaceId, onOpen: setOpenPlaceId, select });

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

interface DotLayerOptions {
  activities: readonly PlaceActivity[];
  level: 'detailed' | 'rolled-up';
  positionOf: (place: Place) => LatLngTuple | null;
  selectedPlaceId: string | null;
  onOpen: (placeId: string) => void;
  /** The latest selection and its setter, read when a circle is clicked. */
  select: RefObject<{ onSelectPlace: (placeId: string | null) => void; selectedPlaceId: string | null }>;
}

/** Keeps one canvas of circles in step with the activity: circles are kept, resized and restyled in place. */
function useDotLayer({ activities, level, positionOf, selectedPlaceId, onOpen, select }: DotLayerOptions) {
  const map = useMap();
  const { t } = useI18n();
  // One canvas and one group for every circle, made once; the circles themselves are kept between changes.
  const layer = useMemo(() => {
    // A pane of their own above the outlines: in the overlay pane, Leaflet stacks its SVG (the basemap's filled
    // countries) over any canvas, which hid every circle while they still took clicks.
    if (!map.getPane(DOT_PANE)) map.createPane(DOT_PANE).style.zIndex = DOT_PANE_Z_INDEX;
    const renderer = dotCanvas({ padding: 0.3, pane: DOT_PANE });
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
    const maxTotal = activities.reduce((max, activity) => Math.max(max, activity.total), 0);
    const seen = new Set<string>();
    for (const activity of activities) {
      const position = positionOf(activity.place);
      if (position === null) continue;
      const id = activity.place.id;
      seen.add(id);
      const radius = getMarkerDiameter(activity.total, maxTotal) / 2;
      const selected = activityIncludesPlace(activity, selectedPlaceId);
      const dot = dots.get(id);
      if (dot === undefined) {
        const style = selected ? colours.selected : colours.plain;
        const marker = circleMarker(position, { ...style, className: 'place-dot', radius, renderer, pane: DOT_PANE });
        const entry: Dot = { marker, activity, radius, selected };
        marker.on('click', () => {
          const { onSelectPlace: choose, selectedPlaceId: current } = select.current;
          if (!activityIncludesPlace(entry.activity, current)) choose(entry.activity.place.id);
          onOpen(entry.activity.place.id);
        });
        marker.on('mouseover', () => {
          hover.setLatLng(marker.getLatLng()).setContent(describePlaceActivity(entry.activity, t));
          map.openTooltip(hover);
        });
        marker.on('mouseout', () => map.closeTooltip(hover));
        dots.set(id, entry);
        group.addLayer(marker);
        continue;
      }
      dot.activity = activity;
      if (!group.hasLayer(dot.marker)) group.addLayer(dot.marker);
      if (dot.radius !== radius) {
        dot.radius = radius;
        dot.marker.setRadius(radius);
      }
      if (dot.selected !== selected) {
        dot.selected = selected;
        dot.marker.setStyle(selected ? colours.selected : colours.plain);
        if (selected) dot.marker.bringToFront();
      }
    }
    // Places the filters leave nothing leave the canvas; their circles are kept for when they come back.
    for (const [id, dot] of dots) if (!seen.has(id) && group.hasLayer(dot.marker)) group.removeLayer(dot.marker);
  }, [layer, activities, positionOf, selectedPlaceId, map, onOpen, select, t]);

  // Another zoom level or dataset starts afresh: a kept circle would stand for a place counted another way.
  useEffect(() => {
    const { dots, group } = layer;
    return () => {
      dots.clear();
      group.clearLayers();
    };
  }, [layer, level, positionOf]);
}
