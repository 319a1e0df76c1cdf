import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { parseUrlState } from '../domain/url-state';
import { ErrorBoundary } from '../ui/error-boundary';
import { Skeleton } from '../ui/skeleton';
import { DashboardSkeleton } from './dashboard-skeleton';
import { useDocumentTheme } from './use-document-theme';
import { UrlStoreContext, useUrlState } from './use-url-state';
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

const crashed = (
  <div className="dataset-error" role="alert">
    <h1 className="dataset-error__title">Something went wrong</h1>
    <p>The dashboard hit an unexpected problem. Reloading the page usually fixes it.</p>
  </div>
);

// Each branch is a chunk of its own: the first script holds only React, the data client and the URL, so
// a dashboard never downloads the embed's code and an embed never downloads the dashboard's.
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

interface AppProps {
  queryClient: QueryClient;
  urlStore: UrlStore;
}

/** The whole app: data and URL providers, then the dashboard or an embed. */
export function App({ queryClient, urlStore }: AppProps) {
  return (
    <ErrorBoundary fallback={crashed}>
      <QueryClientProvider client={queryClient}>
        <UrlStoreContext value={urlStore}>
          <Routes />
        </UrlStoreContext>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
