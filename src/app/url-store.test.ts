// @vitest-environment jsdom
import { createBrowserUrlStore, createMemoryUrlStore } from './url-store';

describe('createBrowserUrlStore', () => {
  beforeEach(() => window.history.replaceState(null, '', '/graphics/belarus/?ref=home'));

  it('writes a history entry per change and follows back and forward', async () => {
    const store = createBrowserUrlStore();
    const seen: string[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSearch()));
    const before = window.history.length;

    store.navigate('?actor=lukashenko&ref=home');
    expect(window.location.pathname).toBe('/graphics/belarus/');
    expect(window.history.length).toBe(before + 1);

    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(store.getSearch()).toBe('?ref=home');
    expect(seen).toEqual(['?actor=lukashenko&ref=home', '?ref=home']);
    unsubscribe();
  });

  it('replaces the entry when asked and ignores a move to where it already is', () => {
    const store = createBrowserUrlStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const before = window.history.length;
    store.navigate('?ref=home');
    expect(listener).not.toHaveBeenCalled();
    store.navigate('', { replace: true });
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(before);
  });
});

describe('createMemoryUrlStore', () => {
  it('keeps changes in memory and leaves the address bar alone', () => {
    window.history.replaceState(null, '', '/embed/?view=actors');
    const store = createMemoryUrlStore('?view=actors');
    const listener = vi.fn();
    store.subscribe(listener);
    store.navigate('?view=actors&actor=lukashenko');
    expect(store.getSearch()).toBe('?view=actors&actor=lukashenko');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?view=actors');
    expect(store.writesUrl).toBe(false);
  });
});
