import { lazy, Suspense } from 'react';
import { AppProviders, type AppProvidersProps } from './app-providers';
import { DashboardSkeleton } from './dashboard-skeleton';
import { useDocumentTheme } from './use-document-theme';
import { useUrlState } from './use-url-state';

// A chunk of its own: the first script holds only React, the data client and the URL, and paints the skeleton
// while the dashboard's code arrives. Embeds are another page (embed/index.html, src/embed-main.tsx).
const DashboardPage = lazy(() => import('./dashboard-page').then((module) => ({ default: module.DashboardPage })));

function ThemedDashboardPage() {
  const { state } = useUrlState();
  useDocumentTheme(state.theme);
  return (
    <Suspense fallback={<DashboardSkeleton />}>
      <DashboardPage />
    </Suspense>
  );
}

/** The dashboard page's app (src/main.tsx): data and URL providers, then the dashboard. */
export function App({ queryClient, urlStore, i18n }: AppProvidersProps) {
  return (
    <AppProviders queryClient={queryClient} urlStore={urlStore} i18n={i18n}>
      <ThemedDashboardPage />
    </AppProviders>
  );
}
