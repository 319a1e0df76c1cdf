// @vitest-environment jsdom
import { map as leafletMap, marker as leafletMarker, type Marker } from 'leaflet';
import { createPlaceIcon, updatePlaceIcon, type PlaceIconState } from './place-icon';

const minsk: PlaceIconState = {
  kind: 'city',
  label: 'Minsk',
  total: 12,
  labelSide: 'right',
  selected: false,
  hidden: false,
  diameter: 30,
  title: 'Minsk: 12 events',
};

function addMarker(state: PlaceIconState) {
  const container = document.createElement('div');
  document.body.append(container);
  const map = leafletMap(container).setView([53.9, 27.56], 6);
  const icon = createPlaceIcon(state);
  const marker: Marker = leafletMarker([53.9, 27.56], { icon, title: state.title }).addTo(map);
  const element = marker.getElement()!;
  // Every write to the marker's element, as a browser would have to restyle it.
  const writes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => writes.push(...records));
  observer.observe(element, { attributes: true, childList: true, characterData: true, subtree: true });
  const flush = () => writes.push(...observer.takeRecords());
  return { marker, icon, element, writes, flush };
}

describe('updatePlaceIcon', () => {
  it('shows a new count, size, selection and name on the same element', () => {
    const { marker, icon, element } = addMarker(minsk);
    updatePlaceIcon(marker, icon, { ...minsk, total: 3, diameter: 18, selected: true, title: 'Minsk: 3 events' });
    expect(marker.getElement()).toBe(element);
    expect(element.querySelector('.place-marker__dot')).toHaveTextContent('3');
    expect(element).toHaveClass('place-marker--selected', 'leaflet-marker-icon');
    expect(element.style.width).toBe('18px');
    expect(element.style.marginLeft).toBe('-9px');
    expect(element.title).toBe('Minsk: 3 events');
  });

  it('leaves a marker whose place is unchanged by a filter change untouched', () => {
    const { marker, icon, writes, flush } = addMarker(minsk);
    updatePlaceIcon(marker, icon, { ...minsk });
    flush();
    expect(writes).toEqual([]);
  });

  it('changes only what changed: a new side for the name rewrites the classes and nothing else', () => {
    const { marker, icon, element, writes, flush } = addMarker(minsk);
    updatePlaceIcon(marker, icon, { ...minsk, labelSide: 'left' });
    flush();
    expect(writes.map((record) => record.attributeName)).toEqual(['class', 'class']);
    expect(element).toHaveClass('place-marker--label-left');
    expect(element).not.toHaveClass('place-marker--label-right');
  });

  it('hides a marker by its class alone, keeping its count, name and size for when it is shown again', () => {
    const { marker, icon, element, writes, flush } = addMarker(minsk);
    updatePlaceIcon(marker, icon, { ...minsk, hidden: true });
    flush();
    expect(writes.map((record) => record.attributeName)).toEqual(['class', 'class']);
    expect(element).toHaveClass('place-marker--hidden');
    updatePlaceIcon(marker, icon, { ...minsk });
    expect(marker.getElement()).toBe(element);
    expect(element).not.toHaveClass('place-marker--hidden');
    expect(element).toHaveClass('place-marker', 'place-marker--city', 'place-marker--label-right');
  });
});
