import type { EmbedView } from '../domain/url-state';
import { lazyPreloadable } from '../ui/lazy-preloadable';

// The map (Leaflet) and the chart are the heaviest views on the page: each loads only when it is needed, so an
// embed of the chart never downloads the map, and the first paint waits for neither.
const placesMap = lazyPreloadable(() => import('../features/map/places-map').then((module) => module.PlacesMap));
const detentionsChart = lazyPreloadable(() =>
  import('../features/chart/detentions-chart').then((module) => module.DetentionsChart),
);

export const LazyPlacesMap = placesMap.Component;
export const preloadPlacesMap = placesMap.preload;
export const LazyDetentionsChart = detentionsChart.Component;
export const preloadDetentionsChart = detentionsChart.preload;

/**
 * An embed knows its view from its address: its code downloads alongside the data and the catalogue instead of
 * after them, when the view first renders, and the view then renders without suspending.
 */
export function preloadEmbedViewCode(view: EmbedView | null): void {
  const shown = view ?? 'all';
  // A failure here is reported where the view renders and imports it again.
  const ignore = () => undefined;
  if (shown === 'map' || shown === 'all') preloadPlacesMap().catch(ignore);
  if (shown === 'chart' || shown === 'all') preloadDetentionsChart().catch(ignore);
}
