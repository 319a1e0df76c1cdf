import { lazy, Suspense } from 'react';
import { parseUrlState } from '../domain/url-state';
import { Skeleton } from '../ui/skeleton';
import { AppProviders, type AppProvidersProps } from './app-providers';
import { DashboardSkeleton } from './dashboard-skeleton';
import { useDocumentTheme } from './use-document-theme';
import { useUrlState } from './use-url-state';
import { createBrowserUrlStore, createMemoryUrlStore, type UrlStore } from './url-store';

/**
 * Embeds (`embed=1`) keep their state in memory: the address bar belongs to the host page, and a
 * reader's clicks inside a graphic must not fill the host's history.
 */
export function createUrlStoreForPage(win: Window = window): UrlStore {
  return parseUrlState(win.location.search).state.embed
    ? createMemoryUrlStore(win.location.search)
    : createBrowserUrlStore(win);
}

// Each branch is a chunk of its own: the first script holds only React, the data client and the URL, so
// a dashboard never downloads the embed's code and an embed never downloads the dashboard's. A production
// build sends embed URLs to its preact/compat build (src/embed-main.tsx) before this code loads; the embed
// branch here serves `npm run dev`.
const DashboardPage = lazy(() => import('./dashboard-page').then((module) => ({ default: module.DashboardPage })));
const EmbedPage = lazy(() => import('./embed-page').then((module) => ({ default: module.EmbedPage })));

const embedFallback = (
  <div className="embed-loading" aria-busy="true">
    <p className="visually-hidden" role="status">
      Loading…
    </p>
    <Skeleton height="var(--view-height)" />
  </div>
);

function Routes() {
  const { state } = useUrlState();
  useDocumentTheme(state.theme);
  return state.embed ? (
    <Suspense fallback={embedFallback}>
      <EmbedPage />
    </Suspense>
  ) : (
    <Suspense fallback={<DashboardSkeleton />}>
      <DashboardPage />
    </Suspense>
  );
}

/** The whole app: data and URL providers, then the dashboard or an embed. */
export function App({ queryClient, urlStore }: AppProvidersProps) {
  return (
    <AppProviders queryClient={queryClient} urlStore={urlStore}>
      <Routes />
    </AppProviders>
  );
}
