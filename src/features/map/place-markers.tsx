import {
  type LatLngTuple,
  type LeafletKeyboardEvent,
  type Map as LeafletMap,
  type Marker as LeafletMarker,
} from 'leaflet';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CircleMarker, Marker, Polyline, Popup, useMap, useMapEvents } from 'react-leaflet';
import type { Evidence, Place } from '../../data/schema';
import type { DatasetNames } from '../../domain/dataset-names';
import type { VoiceOf } from '../../domain/item-voice';
import {
  activityIncludesPlace,
  describePlaceActivity,
  type ActivityItem,
  type PlaceActivity,
} from '../../domain/place-activity';
import { chooseLabelSides, declutter, getMarkerDiameter, type LabelSide, type PixelBounds } from './map-layout';
import { PlaceDetails } from './place-details';
import { createPlaceIcon, updatePlaceIcon, type PlaceIconState } from './place-icon';
import { useI18n } from '../../ui/i18n/i18n';

/** From this zoom on, sites (Independence Square, the factories) get markers of their own instead of their city's. */
export const SITE_ZOOM = 11;
/** Average width of a character of a marker's name (13px, semibold), for placing names without measuring. */
const LABEL_CHAR_WIDTH = 7.8;

type View = { zoom: number; bounds: PixelBounds };

// Constant, so react-leaflet does not restyle every leader line (seven attributes each) on each filter change.
const leaderLineOptions = { className: 'place-leader', weight: 1 };
const leaderDotOptions = { className: 'place-leader-dot', weight: 0 };

/**
 * The same array while the coordinates stay the same: react-leaflet moves a layer whenever it is handed a
 * new array, which rewrites its element even when nothing moved.
 */
function useLatLng([lat, lng]: LatLngTuple): LatLngTuple {
  return useMemo(() => [lat, lng], [lat, lng]);
}

/** The previous view when nothing changed, so React skips the re-render. */
function sameView(previous: View, next: View): View {
  const a = previous.bounds;
  const b = next.bounds;
  const same =
    previous.zoom === next.zoom && a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;
  return same ? previous : next;
}

/** The zoom and the visible area in the map's pixel space, where markers are laid out. */
export function getView(map: LeafletMap): View {
  const pixels = map.getPixelBounds();
  return {
    zoom: map.getZoom(),
    bounds: {
      left: pixels.min?.x ?? 0,
      top: pixels.min?.y ?? 0,
      right: pixels.max?.x ?? 0,
      bottom: pixels.max?.y ?? 0,
    },
  };
}

export interface PopupRequest {
  placeId: string;
  /** Changes on every request, so asking twice for the same place opens it twice. */
  nonce: number;
}

export interface PlaceMarkersProps {
  /** Every place in the dataset: a new list is a new dataset, whose markers start afresh. */
  places: readonly Place[];
  /** Activity with sites counted in their city, for low zooms. */
  rolledUp: readonly PlaceActivity[];
  /** Activity with every site on its own, for close zooms. */
  detailed: readonly PlaceActivity[];
  positionOf: (place: Place) => LatLngTuple | null;
  selectedPlaceId: string | null;
  names: DatasetNames;
  voiceOf: VoiceOf;
  getItems: (activity: PlaceActivity) => ActivityItem[];
  onSelectPlace: (placeId: string | null) => void;
  onOpenEvidence: (evidence: Evidence) => void;
  popupRequest: PopupRequest | null;
}

interface PlacedMarker {
  activity: PlaceActivity;
  position: LatLngTuple;
  /** Where the marker is drawn: its position, nudged when it would cover another marker. */
  shown: LatLngTuple;
  /** `shown` in the map's pixel space at the current zoom. */
  pixel: { x: number; y: number };
  displaced: boolean;
  diameter: number;
}

/** A mounted marker: laid out now, or hidden where it last was while the filters leave its place nothing. */
interface MarkerSlot {
  marker: PlacedMarker;
  labelSide: LabelSide;
  hidden: boolean;
}

type Level = 'rolled-up' | 'detailed';

interface KeptMarkers {
  level: Level;
  places: readonly Place[];
  placed: readonly PlacedMarker[];
  labelSides: readonly LabelSide[];
  slots: readonly MarkerSlot[];
}

/**
 * The markers to mount: every place laid out now, plus those that had a marker earlier at this level and are
 * now hidden. Places keep their order (new ones at the end), so React never moves a marker around.
 */
function keepMarkers(
  previous: readonly MarkerSlot[],
  placed: readonly PlacedMarker[],
  labelSides: readonly LabelSide[],
): MarkerSlot[] {
  const visible = new Map(
    placed.map((marker, index): [string, MarkerSlot] => [
      marker.activity.place.id,
      { marker, labelSide: labelSides[index] ?? 'right', hidden: false },
    ]),
  );
  const slots = previous.map((slot) => {
    const id = slot.marker.activity.place.id;
    const shown = visible.get(id);
    visible.delete(id);
    return shown ?? (slot.hidden ? slot : { ...slot, hidden: true });
  });
  return [...slots, ...visible.values()];
}

/** One focusable marker per place with activity, sized by count, each opening a popup of what happened there. */
export function PlaceMarkers({
  places,
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
}: PlaceMarkersProps) {
  const map = useMap();
  const [view, setView] = useState(() => getView(map));
  // Leaflet fires moveend even for a pan of zero pixels (a popup's auto-pan does that); only a real change re-lays out.
  const updateView = () => setView((previous) => sameView(previous, getView(map)));
  useMapEvents({ moveend: updateView, resize: updateView });
  // Its listeners are attached after the first paint: a view fitted before then (FitToMarkers) is read here,
  // before the paint, so no name is first laid out for a view the reader never sees.
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reads Leaflet's view, an outside system, once
    updateView();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const { zoom } = view;
  const markers = useRef(new Map<string, LeafletMarker>());

  const level: Level = zoom >= SITE_ZOOM ? 'detailed' : 'rolled-up';
  const activities = level === 'detailed' ? detailed : rolledUp;
  const placed = useMemo((): PlacedMarker[] => {
    const onMap = activities.flatMap((activity) => {
      const position = positionOf(activity.place);
      return position ? [{ activity, position }] : [];
    });
    const maxTotal = onMap.reduce((max, { activity }) => Math.max(max, activity.total), 0);
    const diameters = onMap.map(({ activity }) => getMarkerDiameter(activity.total, maxTotal));
    const points = onMap.map(({ position }) => map.project(position, zoom));
    const moved = declutter(
      points.map((point, index) => ({ x: point.x, y: point.y, r: diameters[index]! / 2 })),
      6,
    );
    return onMap.map(({ activity, position }, index) => {
      const to = moved[index]!;
      const from = points[index]!;
      const latLng = map.unproject([to.x, to.y], zoom);
      return {
        activity,
        position,
        shown: [latLng.lat, latLng.lng],
        pixel: to,
        displaced: Math.hypot(to.x - from.x, to.y - from.y) > 3,
        diameter: diameters[index]!,
      };
    });
  }, [activities, positionOf, map, zoom]);

  // Names go where they cover no other marker and stay in view; recomputed as the reader pans.
  const labelSides = useMemo(
    () =>
      chooseLabelSides(
        placed.map(({ pixel, diameter, activity }) => ({
          x: pixel.x,
          y: pixel.y,
          r: diameter / 2,
          labelWidth: Math.ceil(activity.label.length * LABEL_CHAR_WIDTH),
        })),
        view.bounds,
      ),
    [placed, view.bounds],
  );

  // A place the filters leave nothing keeps its marker, hidden: bringing it back (clearing a narrow filter)
  // then updates an element instead of building one. Another zoom level or dataset starts afresh.
  const [kept, setKept] = useState<KeptMarkers>(() => ({
    level,
    places,
    placed,
    labelSides,
    slots: keepMarkers([], placed, labelSides),
  }));
  let { slots } = kept;
  if (kept.placed !== placed || kept.labelSides !== labelSides || kept.level !== level || kept.places !== places) {
    const fresh = kept.level !== level || kept.places !== places;
    slots = keepMarkers(fresh ? [] : kept.slots, placed, labelSides);
    setKept({ level, places, placed, labelSides, slots });
  }

  useEffect(() => {
    if (popupRequest === null) return;
    const target = placed.find(({ activity }) => activityIncludesPlace(activity, popupRequest.placeId));
    const marker = target ? markers.current.get(target.activity.place.id) : undefined;
    if (marker && !marker.isPopupOpen()) marker.openPopup();
    // Only a new request opens a popup; markers moving around must not reopen one the reader closed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [popupRequest]);

  const popupSize = usePopupSize(view.bounds);

  return (
    <>
      {slots.map(({ marker, labelSide, hidden }) => (
        <PlaceMarker
          key={marker.activity.place.id}
          marker={marker}
          labelSide={labelSide}
          hidden={hidden}
          selected={activityIncludesPlace(marker.activity, selectedPlaceId)}
          selectedPlaceId={selectedPlaceId}
          popupSize={popupSize}
          names={names}
          voiceOf={voiceOf}
          getItems={getItems}
          onSelectPlace={onSelectPlace}
          onOpenEvidence={onOpenEvidence}
          register={(instance) => {
            if (instance) markers.current.set(marker.activity.place.id, instance);
            else markers.current.delete(marker.activity.place.id);
          }}
        />
      ))}
    </>
  );
}

interface PlaceMarkerProps {
  marker: PlacedMarker;
  labelSide: LabelSide;
  /** Not drawn, focusable or announced; kept mounted for when its place has activity again. */
  hidden: boolean;
  selected: boolean;
  selectedPlaceId: string | null;
  popupSize: PopupSize;
  names: DatasetNames;
  voiceOf: VoiceOf;
  getItems: (activity: PlaceActivity) => ActivityItem[];
  onSelectPlace: (placeId: string | null) => void;
  onOpenEvidence: (evidence: Evidence) => void;
  register: (marker: LeafletMarker | null) => void;
}

/**
 * A marker that stays hidden is not rendered again: nothing of it can be seen or reached, and re-rendering the
 * few dozen a narrow filter hides (handlers, popup, ref) cost about 10 ms of script a change at 100,000 events.
 * It is brought up to date when it is shown again.
 */
const PlaceMarker = memo(
  PlaceMarkerView,
  (previous, next) =>
    previous.hidden && next.hidden && previous.marker === next.marker && previous.labelSide === next.labelSide,
);

function PlaceMarkerView({
  marker,
  labelSide,
  hidden,
  selected,
  selectedPlaceId,
  popupSize,
  names,
  voiceOf,
  getItems,
  onSelectPlace,
  onOpenEvidence,
  register,
}: PlaceMarkerProps) {
  const { t } = useI18n();
  const { activity, displaced, diameter } = marker;
  const position = useLatLng(marker.position);
  const shown = useLatLng(marker.shown);
  const leader = useMemo((): LatLngTuple[] => [position, shown], [position, shown]);
  const instance = useRef<LeafletMarker | null>(null);
  const iconState: PlaceIconState = {
    kind: activity.place.kind,
    label: activity.label,
    total: activity.total,
    labelSide,
    selected,
    hidden,
    diameter,
    title: describePlaceActivity(activity, t),
  };
  // Made once; a filter change updates its element in place (see place-icon.ts).
  const [icon] = useState(() => createPlaceIcon(iconState));
  const { kind, label, total, title } = iconState;
  // Before the paint: a name moved to another side after it would be a layout shift.
  useLayoutEffect(() => {
    if (instance.current)
      updatePlaceIcon(instance.current, icon, { kind, label, total, labelSide, selected, hidden, diameter, title });
    // A popup stays open only on a marker the reader can see.
    if (hidden) instance.current?.closePopup();
  }, [icon, kind, label, total, labelSide, selected, hidden, diameter, title]);
  // The popup's content exists only while it is open: a closed popup costs nothing on a filter change.
  const [open, setOpen] = useState(false);

  const focusMarker = () => instance.current?.getElement()?.focus({ preventScroll: true });

  const eventHandlers = useMemo(
    () => ({
      popupopen: () => {
        setOpen(true);
        // Opening a place's popup selects it, unless the selection is already this place or a site in it.
        if (!activityIncludesPlace(activity, selectedPlaceId)) onSelectPlace(activity.place.id);
        focusPopupHeading(instance.current);
      },
      popupclose: () => {
        setOpen(false);
        // The close button disappears with the popup; give focus back to the marker rather than to the page.
        requestAnimationFrame(() => {
          if (document.activeElement === document.body || document.activeElement === null) focusMarker();
        });
      },
      keydown: (event: LeafletKeyboardEvent) => {
        // Leaflet opens a popup on Enter; Space is what a button also answers to.
        if (event.originalEvent.key === ' ') {
          event.originalEvent.preventDefault();
          instance.current?.togglePopup();
        }
      },
    }),
    [activity, selectedPlaceId, onSelectPlace],
  );

  return (
    <>
      {displaced && !hidden ? (
        <>
          <Polyline positions={leader} interactive={false} pathOptions={leaderLineOptions} />
          <CircleMarker center={position} radius={2} interactive={false} pathOptions={leaderDotOptions} />
        </>
      ) : null}
      <Marker
        position={shown}
        icon={icon}
        title={title}
        keyboard
        riseOnHover
        zIndexOffset={selected ? 1000 : 0}
        eventHandlers={eventHandlers}
        ref={(leaflet) => {
          instance.current = leaflet;
          register(leaflet);
        }}
      >
        <Popup
          maxWidth={popupSize.maxWidth}
          minWidth={popupSize.minWidth}
          maxHeight={popupSize.maxHeight}
          autoPanPaddingTopLeft={popupSize.paddingTopLeft}
          autoPanPaddingBottomRight={POPUP_PADDING}
        >
          <PopupBody
            onEscape={() => {
              instance.current?.closePopup();
              focusMarker();
            }}
          >
            {open ? (
              <PlaceDetails
                activity={activity}
                getItems={getItems}
                names={names}
                voiceOf={voiceOf}
                onOpenEvidence={onOpenEvidence}
                onShowAllPlaces={selected ? () => onSelectPlace(null) : null}
              />
            ) : null}
          </PopupBody>
        </Popup>
      </Marker>
    </>
  );
}

interface PopupSize {
  maxWidth: number;
  minWidth: number;
  /** The popup scrolls as a whole beyond this, rather than its list in a box of its own. */
  maxHeight: number;
  paddingTopLeft: [number, number];
}

export const POPUP_PADDING: [number, number] = [12, 12];
/** Leaflet's popup around its content: the content's margins (0.75rem each side) and the wrapper's. */
const POPUP_CHROME_WIDTH = 26;
/** Around the content: its margins, the tip, the largest marker the popup points at and the pan padding. */
const POPUP_CHROME_HEIGHT = 110;
/** Narrower maps than this let the popup cover the zoom buttons (hidden meanwhile, places-map.css). */
const ZOOM_CONTROL_ROOM = 400;

/**
 * A popup that fits the map, however narrow (a 320 px phone leaves a map about 260 px wide): Leaflet's
 * fixed 280 px cut it at the right edge. Same object while the map's size is the same, so the popups
 * are not updated as the reader pans.
 */
export function usePopupSize(bounds: PixelBounds): PopupSize {
  const width = Math.round(bounds.right - bounds.left);
  const height = Math.round(bounds.bottom - bounds.top);
  return useMemo(() => {
    const roomy = width >= ZOOM_CONTROL_ROOM;
    const left = roomy ? 56 : POPUP_PADDING[0];
    const maxWidth = Math.max(160, Math.min(280, width - left - POPUP_PADDING[0] - POPUP_CHROME_WIDTH));
    return {
      maxWidth,
      minWidth: Math.min(220, maxWidth),
      maxHeight: Math.max(160, height - POPUP_CHROME_HEIGHT),
      paddingTopLeft: [left, POPUP_PADDING[1]],
    };
  }, [width, height]);
}

/** Escape closes the popup from anywhere inside it (Leaflet only listens while the map itself has focus). */
export function PopupBody({ onEscape, children }: { onEscape: () => void; children: ReactNode }) {
  const body = useRef<HTMLDivElement>(null);
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  });
  useEffect(() => {
    const element = body.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        escape.current();
      }
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, []);
  return <div ref={body}>{children}</div>;
}

/**
 * Moves focus into a just-opened popup, once React has drawn its content there, and brings the map on screen:
 * on a phone the place list sits below the map, and the filter change that opening a place makes can shorten
 * the timeline above it, leaving the popup (and focus) far off screen.
 */
export function focusPopupHeading(marker: Pick<LeafletMarker, 'getPopup'> | null, attempts = 5) {
  requestAnimationFrame(() => {
    const heading = marker?.getPopup()?.getElement()?.querySelector<HTMLElement>('.place-details__title');
    if (heading) {
      // Focus alone would scroll the map's own panes out of Leaflet's reckoning; the page scrolls instead, and
      // only when the heading is off screen, so a click on a marker in view (or in an embed) moves nothing.
      heading.focus({ preventScroll: true });
      const box = heading.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight)
        heading.closest('.leaflet-container')?.scrollIntoView({ block: 'nearest' });
    } else if (attempts > 1) focusPopupHeading(marker, attempts - 1);
  });
}
