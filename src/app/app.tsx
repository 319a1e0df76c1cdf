import { Suspense } from 'react';
import { lazyPreloadable } from '../ui/lazy-preloadable';
import { WhenLoaded } from '../ui/when-loaded';
import { AppProviders, type AppProvidersProps } from './app-providers';
import { DashboardSkeleton } from './dashboard-skeleton';
import { useDocumentTheme } from './use-document-theme';
import { useUrlState } from './use-url-state';

// A chunk of its own: the first script holds only React, the data client and the URL, and paints the skeleton
// while the dashboard's code arrives. Embeds are another page (embed/index.html, src/embed-main.tsx).
const dashboardPage = lazyPreloadable(() => import('./dashboard-page').then((module) => module.DashboardPage));
const DashboardPage = dashboardPage.Component;
/** Starts the dashboard's code (src/main.tsx asks for it with the data, before the first render). */
export const preloadDashboardPage = dashboardPage.preload;

function ThemedDashboardPage() {
  const { state } = useUrlState();
  useDocumentTheme(state.theme);
  return (
    <WhenLoaded load={preloadDashboardPage} placeholder={<DashboardSkeleton />}>
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardPage />
      </Suspense>
    </WhenLoaded>
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
