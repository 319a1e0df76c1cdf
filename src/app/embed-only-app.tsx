import { AppProviders, type AppProvidersProps } from './app-providers';
import { EmbedPage } from './embed-page';
import { useDocumentTheme } from './use-document-theme';
import { useUrlState } from './use-url-state';

function ThemedEmbedPage() {
  const { state } = useUrlState();
  useDocumentTheme(state.theme);
  return <EmbedPage />;
}

/**
 * The embed page's app (src/embed-main.tsx): the providers `App` has, around the embed instead of the dashboard.
 * The embed is imported, not lazy: it is all this page shows, so waiting for it would only add a round trip.
 */
export function EmbedOnlyApp({ queryClient, urlStore, i18n }: AppProvidersProps) {
  return (
    <AppProviders queryClient={queryClient} urlStore={urlStore} i18n={i18n}>
      <ThemedEmbedPage />
    </AppProviders>
  );
}
