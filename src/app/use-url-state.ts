import { createContext, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '../domain/url-state';
import type { UrlStore } from './url-store';

/** The store the app reads its state from: the address bar on a page, memory inside an embed. */
export const UrlStoreContext = createContext<UrlStore | null>(null);

/**
 * The app's state as the URL holds it. Components read this, never `location.search`; changes go
 * through `navigate`, which writes a history entry (or, in embeds, only the in-memory copy).
 */
export function useUrlState() {
  const store = useContext(UrlStoreContext);
  if (store === null) throw new Error('useUrlState needs a UrlStoreContext provider');
  const search = useSyncExternalStore(store.subscribe, store.getSearch, store.getSearch);
  const { state, notices } = useMemo(() => parseUrlState(search), [search]);
  const navigate = useCallback(
    (next: UrlState, options?: { replace?: boolean }) =>
      store.navigate(serializeUrlState(next, store.getSearch()), options),
    [store],
  );
  // '?' rather than '' so that following the link clears the query instead of reloading the current one.
  const hrefFor = useCallback((next: UrlState) => serializeUrlState(next, search) || '?', [search]);
  return { state, notices, search, navigate, hrefFor, writesUrl: store.writesUrl };
}
