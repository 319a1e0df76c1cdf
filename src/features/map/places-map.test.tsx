import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetSchema } from '../../data/schema';
import { getDatasetNames } from '../../domain/dataset-names';
import { getVoiceOf } from '../../domain/item-voice';
import { mapDataset, mapEvents, mapFigures, mapPlaces, mapQuotes } from '../../test/fixtures/map-dataset';
import { basemapQueryOptions, type Basemap } from './basemap-query';
import { PlacesMap, type PlacesMapProps } from './places-map';
import { testWording } from '../../test/wording';

const english = testWording('en');

// The map's own styles, so jsdom computes what they hide (Vitest does not apply imported CSS).
beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = readFileSync(resolve(process.cwd(), 'src/features/map/places-map.css'), 'utf8');
  document.head.append(style);
});

function renderMap(overrides: Partial<PlacesMapProps> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
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
    names: getDatasetNames(mapDataset),
    voiceOf: getVoiceOf(mapDataset, english),
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

  it('says so when nothing in the selection has a place', () => {
    renderMap({ events: [], quotes: [], figures: [] });
    expect(screen.getByText('No place is named in the current selection.')).toBeInTheDocument();
  });
});

describe('PlacesMap on a filter change', () => {
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

  it('hides the marker of a place a filter leaves nothing, and shows the same element again when it is cleared', () => {
    const { rerender } = renderMap();
    const map = screen.getByRole('group', { name: 'Map of places named in the articles' });
    const minsk = within(map).getByRole('button', { name: /^Minsk: / });
    // Only Tikhanovskaya's quote from Lithuania is left.
    rerender({ events: [], figures: [], quotes: [mapQuotes[1]!] });
    expect(within(map).queryByRole('button', { name: /^Minsk: / })).not.toBeInTheDocument();
    expect(minsk).toBeInTheDocument();
    expect(minsk).not.toBeVisible();
    expect(
      within(map)
        .getAllByRole('button', { name: /: \d/ })
        .map((marker) => marker.title),
    ).toEqual(['Lithuania: 1 quote']);
    // What the map says it shows counts only the places drawn.
    expect(map).toHaveAccessibleDescription(/^1 place on the map,/);
    expect(
      within(screen.getByRole('list', { name: 'Places on the map' }))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Lithuania 1 quote']);

    rerender({});
    expect(within(map).getByRole('button', { name: /^Minsk: / })).toBe(minsk);
    expect(minsk).toBeVisible();
    expect(minsk).toHaveAttribute('title', 'Minsk: 1 event, 1 quote, 2 figures');
    expect(map).toHaveAccessibleDescription(/^4 places on the map and 1 beyond it/);
  });

  it('leaves a hidden marker out of the tab order', async () => {
    const user = userEvent.setup();
    const { rerender } = renderMap();
    rerender({ events: [], figures: [], quotes: [mapQuotes[1]!] });
    const map = screen.getByRole('group', { name: 'Map of places named in the articles' });
    const markers = [...map.querySelectorAll<HTMLElement>('.place-marker')];
    expect(markers).toHaveLength(4);
    const reached = new Set<Element | null>();
    map.focus();
    for (let press = 0; press < 10 && (press === 0 || map.contains(document.activeElement)); press += 1) {
      await user.tab();
      reached.add(document.activeElement);
    }
    expect(markers.filter((marker) => reached.has(marker)).map((marker) => marker.title)).toEqual([
      'Lithuania: 1 quote',
    ]);
  });

  it('keeps no hidden marker from a previous dataset', () => {
    const { rerender } = renderMap();
    const map = screen.getByRole('group', { name: 'Map of places named in the articles' });
    const minsk = within(map).getByRole('button', { name: /^Minsk: / });
    rerender({ events: [], figures: [], quotes: [mapQuotes[1]!] });
    expect(minsk).toBeInTheDocument();
    // A reloaded dataset: the same places, as new objects.
    rerender({ places: mapPlaces.map((place) => ({ ...place })), events: [], figures: [], quotes: [mapQuotes[1]!] });
    expect(minsk).not.toBeInTheDocument();
    expect([...map.querySelectorAll('.place-marker')].map((marker) => marker.getAttribute('title'))).toEqual([
      'Lithuania: 1 quote',
    ]);
  });

  it('closes the popup of a marker a filter hides', async () => {
    const { rerender } = renderMap();
    const map = screen.getByRole('group', { name: 'Map of places named in the articles' });
    // A click alone: jsdom has no window.scrollTo, which Leaflet calls on mousedown.
    fireEvent.click(within(map).getByRole('button', { name: /^Minsk: / }));
    expect(await within(map).findByRole('heading', { name: 'Minsk' })).toBeInTheDocument();
    rerender({ events: [], figures: [], quotes: [mapQuotes[1]!] });
    expect(within(map).queryByRole('heading', { name: 'Minsk' })).not.toBeInTheDocument();
  });
});

describe('PlacesMap, the details of a place', () => {
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

  it('lists a busy place’s items fifty at a time, focus moving to the first one added', async () => {
    const user = userEvent.setup();
    const washington = mapQuotes[2]!;
    const quotes = Array.from({ length: 120 }, (_, index) => ({ ...washington, id: `q-${index}` }));
    renderMap({ selectedPlaceId: 'washington', events: [], figures: [], quotes });
    // The place's list found once, its items counted: a role query over a hundred items (and, for a name, over
    // a hundred Source buttons) works out the style of each, every time, which took seconds on a busy machine.
    const details = screen.getByRole('heading', { name: 'Washington' }).closest('.place-details') as HTMLElement;
    const items = () => within(details).getByRole('list').children;
    const showMore = (words: string) => within(details).getByText(words).closest('button') as HTMLElement;
    expect(items()).toHaveLength(50);
    await user.click(showMore('Show 50 more of 70 items not listed'));
    expect(items()).toHaveLength(100);
    expect(items()[50]).toHaveFocus();
    await user.click(showMore('Show 20 more of 20 items not listed'));
    expect(items()).toHaveLength(120);
    expect(within(details).queryByText(/^Show \d+ more/)).not.toBeInTheDocument();
  });
});
