import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from '../ui/error-boundary';
import { UrlStoreContext } from './use-url-state';
import type { UrlStore } from './url-store';

const crashed = (
  <div className="dataset-error" role="alert">
    <h1 className="dataset-error__title">Something went wrong</h1>
    <p>The dashboard hit an unexpected problem. Reloading the page usually fixes it.</p>
  </div>
);

export interface AppProvidersProps {
  queryClient: QueryClient;
  urlStore: UrlStore;
}

/** The data and URL providers under a last-resort error boundary: what the dashboard and every embed render in. */
export function AppProviders({ queryClient, urlStore, children }: AppProvidersProps & { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={crashed}>
      <QueryClientProvider client={queryClient}>
        <UrlStoreContext value={urlStore}>{children}</UrlStoreContext>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
