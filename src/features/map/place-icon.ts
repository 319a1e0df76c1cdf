/**
 * A marker's icon, made once per marker and then updated in place: Leaflet's `setIcon` throws the
 * marker's element away and builds a new one, which on every filter change cost a DOM rebuild per
 * marker (and the keyboard focus of the one the reader was on).
 */
import { divIcon, type DivIcon, type Marker } from 'leaflet';
import type { Place } from '../../data/schema';
import { escapeHtml, type LabelSide } from './map-layout';

export interface PlaceIconState {
  kind: Place['kind'];
  label: string;
  total: number;
  labelSide: LabelSide;
  selected: boolean;
  /** Kept on the map for when its place has activity again, but drawn nowhere and out of the tab order. */
  hidden: boolean;
  diameter: number;
  /** The marker's accessible name: "Minsk: 3 events, 2 quotes". */
  title: string;
}

const modifierPrefix = 'place-marker--';

function classNames(state: PlaceIconState): string[] {
  return [
    'place-marker',
    `${modifierPrefix}${state.kind}`,
    `${modifierPrefix}label-${state.labelSide}`,
    ...(state.selected ? [`${modifierPrefix}selected`] : []),
    ...(state.hidden ? [`${modifierPrefix}hidden`] : []),
  ];
}

function iconOptions(state: PlaceIconState) {
  const { diameter } = state;
  return {
    className: classNames(state).join(' '),
    // Both spans are hidden from screen readers: the marker's title names it ("Minsk: 3 events, 2 quotes").
    html:
      `<span class="place-marker__dot" aria-hidden="true">${state.total}</span>` +
      `<span class="place-marker__name" aria-hidden="true">${escapeHtml(state.label)}</span>`,
    iconSize: [diameter, diameter] as [number, number],
    iconAnchor: [diameter / 2, diameter / 2] as [number, number],
    popupAnchor: [0, -diameter / 2] as [number, number],
  };
}

/** The icon for a marker's first state. */
export function createPlaceIcon(state: PlaceIconState): DivIcon {
  return divIcon(iconOptions(state));
}

/**
 * Brings a marker's icon and its element up to date without rebuilding it: classes, count, name, size
 * and title. The icon's options change too, so an element Leaflet builds later (re-adding the marker)
 * and the popup's anchor agree with what is shown.
 */
export function updatePlaceIcon(marker: Marker, icon: DivIcon, state: PlaceIconState): void {
  Object.assign(icon.options, iconOptions(state));
  // react-leaflet sets a marker's title once, when it is created.
  marker.options.title = state.title;
  const element = marker.getElement();
  if (!element) return;
  // Only what changed is written: a write of the same value still invalidates the marker's style, and a filter
  // change leaves most of the hundreds of markers as they were. Leaflet's own classes (leaflet-marker-icon,
  // leaflet-interactive…) stay; ours are replaced.
  const ours = [...element.classList].filter((name) => name === 'place-marker' || name.startsWith(modifierPrefix));
  const wanted = classNames(state);
  if (ours.join(' ') !== wanted.join(' ')) {
    element.classList.remove(...ours);
    element.classList.add(...wanted);
  }
  const dot = element.querySelector('.place-marker__dot');
  if (dot && dot.textContent !== String(state.total)) dot.textContent = String(state.total);
  const name = element.querySelector('.place-marker__name');
  if (name && name.textContent !== state.label) name.textContent = state.label;
  const size = `${state.diameter}px`;
  const offset = `${-state.diameter / 2}px`;
  const style = { width: size, height: size, marginLeft: offset, marginTop: offset };
  for (const [property, value] of Object.entries(style) as [keyof typeof style, string][]) {
    if (element.style[property] !== value) element.style[property] = value;
  }
  if (element.title !== state.title) element.title = state.title;
}
