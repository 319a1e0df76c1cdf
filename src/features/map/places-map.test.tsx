import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetQueryOptions } from '../../data/dataset-query';
import { datasetSchema } from '../../data/schema';
import { mapDataset, mapEvents, mapFigures, mapPlaces, mapQuotes } from '../../test/fixtures/map-dataset';
import { basemapQueryOptions, type Basemap } from './basemap-query';
import { PlacesMap, type PlacesMapProps } from './places-map';

function renderMap(overrides: Partial<PlacesMapProps> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryOptions().queryKey, mapDataset);
  // No outlines in jsdom (it cannot draw SVG paths): an empty basemap, with which the markers and list must work.
  const noOutlines: Basemap = {
    bbox: [23, 51, 33, 57],
    countries: { type: 'FeatureCollection', features: [] },
    borders: { type: 'FeatureCollection', features: [] },
  };
  client.setQueryData(basemapQueryOptions().queryKey, noOutlines);
  const props: PlacesMapProps = {
    places: mapPlaces,
    events: mapEvents,
    quotes: mapQuotes,
    figures: mapFigures,
    selectedPlaceId: null,
    onSelectPlace: vi.fn(),
    onOpenEvidence: vi.fn(),
    ...overrides,
  };
  const view = render(
    <QueryClientProvider client={client}>
      <PlacesMap {...props} />
    </QueryClientProvider>,
  );
  const rerender = (next: Partial<PlacesMapProps>) =>
    view.rerender(
      <QueryClientProvider client={client}>
        <PlacesMap {...props} {...next} />
      </QueryClientProvider>,
    );
  return { ...props, rerender };
}

describe('PlacesMap', () => {
  it('uses a valid fixture', () => {
    expect(datasetSchema.safeParse(mapDataset).success).toBe(true);
  });

  it('names the map and describes it for screen readers', () => {
    renderMap();
    const map = screen.getByRole('group', { name: 'Map of places named in the articles' });
    expect(map).toHaveAccessibleDescription(/4 places on the map and 1 beyond it/);
  });

  it('puts a focusable marker named with its counts on every place with activity in the region', () => {
    renderMap();
    const map = screen.getByRole('group', { name: 'Map of places named in the articles' });
    const markers = within(map).getAllByRole('button', { name: /: \d/ });
    expect(markers.map((marker) => marker.getAttribute('title')).sort()).toEqual([
      'Belarus: 1 event, 4 figures',
      'Belaz, Zhodino: 1 event',
      'Lithuania: 1 quote',
      'Minsk: 1 event, 1 quote, 2 figures',
    ]);
    for (const marker of markers) expect(marker).toHaveAttribute('tabindex', '0');
  });

  it('lists the places on the map and, apart, those far beyond it', () => {
    renderMap();
    const onMap = screen.getByRole('list', { name: 'Places on the map' });
    expect(
      within(onMap)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      'Belarus 1 event, 4 figures',
      'Minsk 1 event, 1 quote, 2 figures',
      'Lithuania 1 quote',
      'Belaz, Zhodino 1 event',
    ]);
    const beyond = screen.getByRole('list', { name: 'Also mentioned, beyond the map' });
    expect(within(beyond).getByRole('button', { name: 'Washington 1 quote' })).toBeInTheDocument();
  });

  it('selects a place from the list, and clears it when pressed again', async () => {
    const user = userEvent.setup();
    const { onSelectPlace } = renderMap({ selectedPlaceId: 'minsk' });
    const minsk = screen.getByRole('button', { name: /^Minsk / });
    expect(minsk).toHaveAttribute('aria-pressed', 'true');
    await user.click(minsk);
    expect(onSelectPlace).toHaveBeenLastCalledWith(null);
    await user.click(screen.getByRole('button', { name: /^Washington / }));
    expect(onSelectPlace).toHaveBeenLastCalledWith('washington');
  });

  it('shows what happened at a selected place beyond the map, each item with its source', async () => {
    const user = userEvent.setup();
    const { onOpenEvidence, onSelectPlace } = renderMap({
      selectedPlaceId: 'washington',
      events: [],
      figures: [],
      quotes: [mapQuotes[2]!],
    });
    expect(screen.getByRole('heading', { name: 'Washington' })).toBeInTheDocument();
    expect(screen.getByText('“the vote was not free”')).toBeInTheDocument();
    expect(screen.getByText(/United States/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Source: Fixture News/ }));
    expect(onOpenEvidence).toHaveBeenCalledWith(mapQuotes[2]!.evidence[0]);
    await user.click(screen.getByRole('button', { name: 'Show all places' }));
    expect(onSelectPlace).toHaveBeenLastCalledWith(null);
  });

  it('updates a marker’s count and name in place when the selection changes', () => {
    const { rerender } = renderMap();
    const map = screen.getByRole('group', { name: 'Map of places named in the articles' });
    const minsk = within(map).getByRole('button', { name: /^Minsk: / });
    expect(minsk).toHaveAttribute('title', 'Minsk: 1 event, 1 quote, 2 figures');
    rerender({ figures: [] });
    // The same element, so focus and the reader's place on the map survive a filter change.
    expect(within(map).getByRole('button', { name: /^Minsk: / })).toBe(minsk);
    expect(minsk).toHaveAttribute('title', 'Minsk: 1 event, 1 quote');
    expect(minsk.querySelector('.place-marker__dot')).toHaveTextContent('2');
  });

  it('lists a busy place’s items fifty at a time, focus moving to the first one added', async () => {
    const user = userEvent.setup();
    const washington = mapQuotes[2]!;
    const quotes = Array.from({ length: 120 }, (_, index) => ({ ...washington, id: `q-${index}` }));
    renderMap({ selectedPlaceId: 'washington', events: [], figures: [], quotes });
    const list = () => screen.getAllByRole('listitem').filter((item) => item.closest('.place-details'));
    expect(list()).toHaveLength(50);
    await user.click(screen.getByRole('button', { name: 'Show 50 more of 70 items not listed' }));
    expect(list()).toHaveLength(100);
    expect(list()[50]).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Show 20 more of 20 items not listed' }));
    expect(list()).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument();
  });

  it('says so when nothing in the selection has a place', () => {
    renderMap({ events: [], quotes: [], figures: [] });
    expect(screen.getByText('No place is named in the current selection.')).toBeInTheDocument();
  });
});
