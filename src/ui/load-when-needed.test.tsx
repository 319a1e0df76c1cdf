import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoadWhenNeeded } from './load-when-needed';

type Callback = (entries: Pick<IntersectionObserverEntry, 'isIntersecting'>[]) => void;
let observed: Callback[] = [];

class FakeIntersectionObserver {
  constructor(private readonly callback: Callback) {}
  observe() {
    observed.push(this.callback);
  }
  disconnect() {
    observed = observed.filter((callback) => callback !== this.callback);
  }
}

function renderView() {
  render(
    <LoadWhenNeeded placeholder={<p>Chart placeholder</p>}>
      <p>The chart</p>
    </LoadWhenNeeded>,
  );
}

describe('LoadWhenNeeded', () => {
  beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver));
  afterEach(() => {
    vi.unstubAllGlobals();
    observed = [];
  });

  it('keeps the view out of the page while it is off screen', () => {
    renderView();
    act(() => observed.forEach((callback) => callback([{ isIntersecting: false }])));
    expect(screen.getByText('Chart placeholder')).toBeInTheDocument();
    expect(screen.queryByText('The chart')).not.toBeInTheDocument();
  });

  it('renders the view when it scrolls near the viewport', () => {
    renderView();
    act(() => observed.forEach((callback) => callback([{ isIntersecting: true }])));
    expect(screen.getByText('The chart')).toBeInTheDocument();
    expect(observed).toHaveLength(0);
  });

  it('renders the view at the first key press, for readers who tab or use a screen reader', () => {
    renderView();
    act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' })));
    expect(screen.getByText('The chart')).toBeInTheDocument();
  });

  it('renders the view before the page is printed, so paper shows a chart never scrolled to', () => {
    renderView();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByText('The chart')).toBeInTheDocument();
  });

  /** A stand-in for matchMedia('print') that can switch to print media, as a headless PDF does without beforeprint. */
  function stubPrintMedia(matches: boolean) {
    const media = Object.assign(new EventTarget(), { matches, media: 'print' });
    vi.stubGlobal('matchMedia', (query: string) => (query === 'print' ? media : null));
    return media;
  }

  it('renders the view when print media starts to apply without a beforeprint', () => {
    const media = stubPrintMedia(false);
    renderView();
    expect(screen.queryByText('The chart')).not.toBeInTheDocument();
    act(() => {
      media.matches = true;
      media.dispatchEvent(new Event('change'));
    });
    expect(screen.getByText('The chart')).toBeInTheDocument();
  });

  it('renders at once on a page opened in print media', () => {
    stubPrintMedia(true);
    renderView();
    expect(screen.getByText('The chart')).toBeInTheDocument();
  });

  it('renders at once where IntersectionObserver does not exist', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    renderView();
    expect(screen.getByText('The chart')).toBeInTheDocument();
  });

  describe('with the view’s code to load', () => {
    function renderLoading(load: () => Promise<unknown>) {
      render(
        <LoadWhenNeeded placeholder={<p>Chart placeholder</p>} load={load}>
          <p>The chart</p>
        </LoadWhenNeeded>,
      );
    }

    it('asks for the code only once the view is needed, and keeps the placeholder until it has come', async () => {
      let arrive: () => void = () => undefined;
      const load = vi.fn(() => new Promise<void>((resolve) => (arrive = resolve)));
      renderLoading(load);
      expect(load).not.toHaveBeenCalled();
      act(() => observed.forEach((callback) => callback([{ isIntersecting: true }])));
      expect(load).toHaveBeenCalledTimes(1);
      expect(screen.getByText('Chart placeholder')).toBeInTheDocument();
      expect(screen.queryByText('The chart')).not.toBeInTheDocument();
      await act(async () => {
        arrive();
        await Promise.resolve();
      });
      expect(screen.getByText('The chart')).toBeInTheDocument();
    });

    it('renders the view when its code fails to load, so the view’s own error boundary can say so', async () => {
      renderLoading(() => Promise.reject(new Error('chunk failed')));
      await act(async () => {
        observed.forEach((callback) => callback([{ isIntersecting: true }]));
        await Promise.resolve();
      });
      expect(screen.getByText('The chart')).toBeInTheDocument();
    });
  });
});
