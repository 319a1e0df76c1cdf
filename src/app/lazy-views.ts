import { lazy } from 'react';

// Leaflet and Recharts are the heaviest code on the page: each loads only when its view renders,
// so an embed of the chart never downloads the map, and the first paint waits for neither.
export const LazyPlacesMap = lazy(() =>
  import('../features/map/places-map').then((module) => ({ default: module.PlacesMap })),
);

export const LazyDetentionsChart = lazy(() =>
  import('../features/chart/detentions-chart').then((module) => ({ default: module.DetentionsChart })),
);
