import { divIcon, type PathOptions } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, Marker } from 'react-leaflet';
import type { Basemap } from './basemap-query';
import { escapeHtml } from './map-layout';

interface BasemapLayerProps {
  basemap: Basemap;
  /** Countries that already have a marker: the marker names them, so the outline's label is left out. */
  namedByMarkers: ReadonlySet<string>;
  /** With a tile layer underneath, countries are outlined rather than filled. */
  overTiles: boolean;
}

const EMPHASISED = 'Belarus';
const ATTRIBUTION = 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/** The bundled country outlines: Belarus emphasised, its neighbours named. Nothing here is interactive. */
export function BasemapLayer({ basemap, namedByMarkers, overTiles }: BasemapLayerProps) {
  const labels = useMemo(
    () =>
      basemap.countries.features
        .filter((country) => country.properties.label !== null && !namedByMarkers.has(country.properties.name))
        .map((country) => ({ country, icon: labelIcon(country.properties.name) })),
    [basemap, namedByMarkers],
  );
  return (
    <>
      <GeoJSON
        data={basemap.countries}
        interactive={false}
        attribution={ATTRIBUTION}
        style={(feature) =>
          countryStyle((feature?.properties as { name?: string } | undefined)?.name === EMPHASISED, overTiles)
        }
      />
      <GeoJSON
        data={basemap.borders}
        interactive={false}
        style={{ className: 'basemap-border', fill: false, weight: 1 }}
      />
      {labels.map(({ country, icon }) => {
        const [lon, lat] = country.properties.label!;
        return (
          <Marker
            key={country.properties.name}
            position={[lat, lon]}
            icon={icon}
            interactive={false}
            keyboard={false}
            zIndexOffset={-1000}
          />
        );
      })}
    </>
  );
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
