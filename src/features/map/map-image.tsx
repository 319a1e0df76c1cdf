/**
 * What the map has drawn, for its image export (src/ui/image-export/export-map.ts): the view, the outlines and a
 * marker per place, sized as on screen. The export reads only this, whatever draws the markers on the page.
 */
import './map-image.css';
import { Control, DomEvent, DomUtil, type LatLngTuple, type Map as LeafletMap } from 'leaflet';
import type { Place } from '../../data/schema';
import type { PlaceActivity } from '../../domain/place-activity';
import type { Translate } from '../../domain/translate';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { DownloadImageButtons } from '../../ui/image-export/download-image-buttons';
import type { MapImageMarker, MapImageSource } from '../../ui/image-export/export-map';
import { getImageCredit } from '../../ui/image-export/image-caption';
import { useI18n } from '../../ui/i18n/i18n';
import { useImageExport } from '../../ui/image-export/image-export-context';
import type { Basemap } from './basemap-query';
import { indexMapDots } from './dot-clusters';
import { declutter, getMarkerDiameter } from './map-layout';
import { SITE_ZOOM } from './place-markers';

interface MapImageInput {
  map: LeafletMap;
  basemap: Basemap | undefined;
  rolledUp: readonly PlaceActivity[];
  detailed: readonly PlaceActivity[];
  positionOf: (place: Place) => LatLngTuple | null;
  /** The map draws circles, crowded places sharing one (place-dots.tsx), rather than a DOM marker each. */
  asDots: boolean;
  selectedPlaceId: string | null;
}

/**
 * "Download PNG" in the map's top right corner, on pages that offer images (the dashboard): a Leaflet control, so it
 * takes no room of its own in the page. The export code loads on the click.
 */
export function MapImageControl(input: Omit<MapImageInput, 'map'>) {
  const { t } = useI18n();
  const map = useMap();
  const imageExport = useImageExport();
  // The control's element, made once; the buttons render into it whether or not Leaflet has placed it yet.
  const [slot] = useState(() => {
    const element = DomUtil.create('div', 'leaflet-control places-map__image-control');
    // Clicks and scrolls on the buttons stay theirs: the map neither pans nor deselects.
    DomEvent.disableClickPropagation(element);
    DomEvent.disableScrollPropagation(element);
    return element;
  });
  const offered = imageExport !== null;
  useEffect(() => {
    if (!offered) return;
    const control = new Control({ position: 'topright' });
    control.onAdd = () => slot;
    control.addTo(map);
    return () => void control.remove();
  }, [map, slot, offered]);
  if (!imageExport) return null;
  return createPortal(
    <DownloadImageButtons
      subject={t('map.image.subject')}
      formats={['png']}
      onDownload={async () => {
        const source = getMapImageSource({ map, ...input }, t);
        const { exportMapImage } = await import('../../ui/image-export/export-map');
        const caption = {
          title: t('map.image.title'),
          filters: imageExport.filters,
          credit: getImageCredit(imageExport.dataCredit, t('map.image.credit'), t),
        };
        return exportMapImage(source, caption, 'map');
      }}
    />,
    slot,
  );
}

/**
 * The map's current view as `MapImageSource`: the markers of the zoom level shown, sized and moved apart as the map
 * does it (map-layout.ts), so the picture shows no marker hiding another; or, where the map draws circles, the
 * circles in view, crowded places sharing one as on screen (moving 10,000 markers apart pair by pair would take
 * minutes).
 */
function getMapImageSource(input: MapImageInput, t: Translate): MapImageSource {
  const { map, basemap } = input;
  return {
    map,
    countries: basemap?.countries ?? null,
    borders: basemap?.borders ?? null,
    emphasised: 'Belarus',
    markers: input.asDots ? getDotMarkers(input, t) : getPlaceMarkers(input),
    crowded: input.asDots,
  };
}

function getPlaceMarkers({ map, rolledUp, detailed, positionOf }: MapImageInput): MapImageMarker[] {
  const zoom = map.getZoom();
  const activities = zoom >= SITE_ZOOM ? detailed : rolledUp;
  const placed = activities.flatMap((activity) => {
    const position = positionOf(activity.place);
    return position ? [{ activity, position }] : [];
  });
  const maxTotal = placed.reduce((max, { activity }) => Math.max(max, activity.total), 0);
  const diameters = placed.map(({ activity }) => getMarkerDiameter(activity.total, maxTotal));
  const points = placed.map(({ position }) => map.project(position, zoom));
  const moved = declutter(
    points.map((point, index) => ({ x: point.x, y: point.y, r: diameters[index]! / 2 })),
    6,
  );
  return placed.map(({ activity }, index) => {
    const shown = map.unproject([moved[index]!.x, moved[index]!.y], zoom);
    return {
      lat: shown.lat,
      lon: shown.lng,
      label: activity.label,
      total: activity.total,
      diameter: diameters[index]!,
    };
  });
}

function getDotMarkers(
  { map, rolledUp, detailed, positionOf, selectedPlaceId }: MapImageInput,
  t: Translate,
): MapImageMarker[] {
  const zoom = map.getZoom();
  const index = indexMapDots(zoom >= SITE_ZOOM ? detailed : rolledUp, positionOf, selectedPlaceId, {
    minZoom: map.getMinZoom(),
    maxZoom: map.getMaxZoom(),
  });
  const bounds = map.getBounds();
  const maxTotal = index.maxTotal(zoom);
  return index.dotsIn([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], zoom).map((dot) => ({
    lat: dot.lat,
    lon: dot.lon,
    label: dot.kind === 'place' ? dot.activity.label : t('map.image.cluster', { places: dot.places }),
    total: dot.total,
    diameter: getMarkerDiameter(dot.total, maxTotal),
  }));
}
