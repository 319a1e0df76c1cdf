import { divIcon, type LatLngTuple, type PathOptions, type StyleFunction } from 'leaflet';
import { memo, useLayoutEffect, useMemo } from 'react';
import { GeoJSON, Marker, useMap } from 'react-leaflet';
import type { Basemap } from './basemap-query';
import { useI18n } from '../../ui/i18n/i18n';
import { escapeHtml } from './map-layout';

interface BasemapLayerProps {
  basemap: Basemap;
  /** Countries that already have a marker: the marker names them, so the outline's label is left out. */
  namedByMarkers: ReadonlySet<string>;
  /** With a tile layer underneath, countries are outlined rather than filled. */
  overTiles: boolean;
}

const EMPHASISED = 'Belarus';
const BORDERS_SOURCE = '<a href="https://www.naturalearthdata.com/">Natural Earth</a>';

const BORDER_STYLE: PathOptions = { className: 'basemap-border', fill: false, weight: 1 };

/**
 * The bundled country outlines: Belarus emphasised, its neighbours named. Nothing here is interactive.
 * Memoised, with styles and label icons that keep their identity: react-leaflet restyles every outline
 * when it gets a new style and rebuilds a label when it gets a new icon, which a filter change must not cause.
 */
export const BasemapLayer = memo(function BasemapLayer({ basemap, namedByMarkers, overTiles }: BasemapLayerProps) {
  const allLabels = useMemo(
    () =>
      basemap.countries.features.flatMap((country) => {
        const { name, label } = country.properties;
        return label ? [{ name, position: [label[1], label[0]] as LatLngTuple, icon: labelIcon(name) }] : [];
      }),
    [basemap],
  );
  const labels = useMemo(() => allLabels.filter(({ name }) => !namedByMarkers.has(name)), [allLabels, namedByMarkers]);
  const style = useMemo<StyleFunction>(
    () => (feature) =>
      countryStyle((feature?.properties as { name?: string } | undefined)?.name === EMPHASISED, overTiles),
    [overTiles],
  );
  return (
    <>
      <GeoJSON data={basemap.countries} interactive={false} style={style} />
      <GeoJSON data={basemap.borders} interactive={false} style={BORDER_STYLE} />
      {labels.map(({ name, position, icon }) => (
        <Marker key={name} position={position} icon={icon} interactive={false} keyboard={false} zIndexOffset={-1000} />
      ))}
    </>
  );
});

/**
 * Credits the borders from the map's first paint rather than when the basemap arrives, which would widen the
 * attribution box under the reader's eyes (a layout shift).
 */
export function BasemapCredit() {
  const map = useMap();
  const { t } = useI18n();
  const attribution = t('map.bordersCredit', { source: BORDERS_SOURCE });
  useLayoutEffect(() => {
    map.attributionControl?.addAttribution(attribution);
    return () => void map.attributionControl?.removeAttribution(attribution);
  }, [map, attribution]);
  return null;
}

function countryStyle(emphasised: boolean, overTiles: boolean): PathOptions {
  // Colours live in places-map.css (class names) so the dark theme can change them.
  const className = [
    'basemap-country',
    emphasised ? 'basemap-country--emphasised' : '',
    overTiles ? 'basemap-country--over-tiles' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { className, stroke: false, fillOpacity: 1 };
}

function labelIcon(name: string) {
  const emphasised = name === EMPHASISED;
  return divIcon({
    className: `basemap-label${emphasised ? ' basemap-label--emphasised' : ''}`,
    html: `<span aria-hidden="true">${escapeHtml(name)}</span>`,
    iconSize: [0, 0],
    iconAnchor: [0, 0],
  });
}
