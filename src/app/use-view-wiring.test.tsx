import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { buildDashboardUrl } from '../domain/embed-url';
import type { UrlState } from '../domain/url-state';
import { dashboardDataset as dataset, evidenceFor } from '../test/fixtures/dashboard-dataset';
import { UrlStoreContext } from './use-url-state';
import { createMemoryUrlStore } from './url-store';
import { useViewWiring, type TargetOpener } from './use-view-wiring';

function renderWiring(search: string, opener?: TargetOpener) {
  const store = createMemoryUrlStore(search);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <UrlStoreContext value={store}>{children}</UrlStoreContext>
  );
  const { result } = renderHook(() => useViewWiring(dataset, opener), { wrapper });
  return { store, result };
}

describe('useViewWiring on the dashboard', () => {
  it('changes the filters from what the dataset could resolve, keeping a host’s parameters', () => {
    const { store, result } = renderWiring('?actor=nobody&quote=ghost&ref=host');
    act(() => result.current.setFilters({ placeId: 'minsk' }));
    expect(store.getSearch()).toBe('?place=minsk&ref=host');
    act(() => result.current.toggleActor('lukashenko'));
    expect(store.getSearch()).toBe('?actor=lukashenko&place=minsk&ref=host');
    act(() => result.current.toggleActor('lukashenko'));
    expect(store.getSearch()).toBe('?place=minsk&ref=host');
  });

  it('opens a quote’s words at the quote and a figure’s at its span, in place', () => {
    const { store, result } = renderWiring('?actor=tikhanouskaya');
    act(() => result.current.openEvidence(evidenceFor('cnn-2020-08-17', 'national leader')));
    expect(store.getSearch()).toBe('?actor=tikhanouskaya&quote=national-leader&source=cnn-2020-08-17');
    const figure = evidenceFor('cnn-2020-08-17', 'detained more than 6,700 people');
    act(() => result.current.openEvidence(figure));
    expect(store.getSearch()).toBe(`?actor=tikhanouskaya&source=cnn-2020-08-17&span=${figure.start}-${figure.end}`);
  });

  it('links a quote’s Source to this page, opened at the quote', () => {
    const { store, result } = renderWiring('?from=2020-08-17');
    expect(result.current.quoteSourceHref('no-other-elections', 'cnn-2020-08-17')).toBe(
      '?from=2020-08-17&quote=no-other-elections&source=cnn-2020-08-17',
    );
    act(() => result.current.openQuoteSource('no-other-elections', 'cnn-2020-08-17'));
    expect(store.getSearch()).toBe('?from=2020-08-17&quote=no-other-elections&source=cnn-2020-08-17');
  });

  it('links an event’s Source to this page, opened at its words', () => {
    const { result } = renderWiring('?place=minsk');
    const event = evidenceFor('reuters-2020-08-16', 'Tens of thousands of people marched on Independence Square');
    expect(result.current.evidenceHref(event)).toBe(
      `?place=minsk&source=reuters-2020-08-16&span=${event.start}-${event.end}`,
    );
  });
});

describe('useViewWiring in an embed', () => {
  const pageUrl = 'https://news.example/belarus/embed/?view=map&actor=tikhanouskaya';
  const opened: string[] = [];
  const newTab: TargetOpener = {
    hrefFor: (target: UrlState) => buildDashboardUrl(pageUrl, target),
    open: (target: UrlState) => void opened.push(buildDashboardUrl(pageUrl, target)),
  };
  beforeEach(() => (opened.length = 0));

  it('opens evidence through the embed’s opener and leaves its own state where it was', () => {
    const { store, result } = renderWiring('?view=map&actor=tikhanouskaya', newTab);
    act(() => result.current.openEvidence(evidenceFor('cnn-2020-08-17', 'national leader')));
    expect(opened).toEqual([
      'https://news.example/belarus/?actor=tikhanouskaya&quote=national-leader&source=cnn-2020-08-17',
    ]);
    expect(store.getSearch()).toBe('?view=map&actor=tikhanouskaya');
    expect(result.current.quoteSourceHref('national-leader', 'cnn-2020-08-17')).toBe(opened[0]);
    expect(result.current.evidenceHref(evidenceFor('cnn-2020-08-17', 'national leader'))).toBe(opened[0]);
  });

  it('keeps filter changes in the embed', () => {
    const { store, result } = renderWiring('?view=map', newTab);
    act(() => result.current.setFilters({ from: '2020-08-16' }));
    expect(store.getSearch()).toBe('?view=map&from=2020-08-16');
    expect(opened).toEqual([]);
  });
});
