import { lazy } from 'react';
import type { EmbedView } from '../domain/url-state';

const loadPlacesMap = () => import('../features/map/places-map');
const loadDetentionsChart = () => import('../features/chart/detentions-chart');

// The map (Leaflet) and the chart are the heaviest views on the page: each loads only when it renders,
// so an embed of the chart never downloads the map, and the first paint waits for neither.
export const LazyPlacesMap = lazy(() => loadPlacesMap().then((module) => ({ default: module.PlacesMap })));

export const LazyDetentionsChart = lazy(() =>
  loadDetentionsChart().then((module) => ({ default: module.DetentionsChart })),
);

/**
 * An embed knows its view from its address: its code downloads alongside the data and the catalogue instead of
 * after them, when the view first renders. The browser keeps the module, so the lazy view above finds it loaded.
 */
export function preloadEmbedViewCode(view: EmbedView | null): void {
  const shown = view ?? 'all';
  // A failure here is reported where the view renders and imports it again.
  const ignore = () => undefined;
  if (shown === 'map' || shown === 'all') loadPlacesMap().catch(ignore);
  if (shown === 'chart' || shown === 'all') loadDetentionsChart().catch(ignore);
}
