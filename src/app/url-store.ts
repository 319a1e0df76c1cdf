/**
 * Where the query string lives. In a page it is the address bar (pushState, and popstate for back and
 * forward); inside an embed the host page owns the address, so the same state lives in memory instead.
 */
export interface UrlStore {
  getSearch: () => string;
  subscribe: (listener: () => void) => () => void;
  /** Moves to a new query string ('' clears it); `replace` rewrites the current history entry instead. */
  navigate: (search: string, options?: { replace?: boolean }) => void;
  /** False inside embeds: changes stay in the frame and never touch the host's history. */
  readonly writesUrl: boolean;
}

/** A store backed by the browser's address bar and history. */
export function createBrowserUrlStore(win: Window = window): UrlStore {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    writesUrl: true,
    getSearch: () => win.location.search,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) win.addEventListener('popstate', notify);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) win.removeEventListener('popstate', notify);
      };
    },
    navigate(search, options) {
      const normalised = search === '?' ? '' : search;
      if (normalised === win.location.search) return;
      const url = `${win.location.pathname}${normalised}${win.location.hash}`;
      if (options?.replace) win.history.replaceState(win.history.state, '', url);
      else win.history.pushState(null, '', url);
      // pushState fires no event of its own.
      notify();
    },
  };
}

/** A store that keeps the query string in memory, for embeds and tests. */
export function createMemoryUrlStore(initialSearch = ''): UrlStore {
  let search = initialSearch;
  const listeners = new Set<() => void>();
  return {
    writesUrl: false,
    getSearch: () => search,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(next) {
      const normalised = next === '?' ? '' : next;
      if (normalised === search) return;
      search = normalised;
      listeners.forEach((listener) => listener());
    },
  };
}
