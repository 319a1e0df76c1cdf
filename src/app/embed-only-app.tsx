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
 * The app as the embed build renders it (src/embed-main.tsx): `App`'s providers and embed page, without the
 * dashboard. The page is imported, not lazy: in this build it is the only page, so waiting for it would only
 * add a round trip.
 */
export function EmbedOnlyApp({ queryClient, urlStore }: AppProvidersProps) {
  return (
    <AppProviders queryClient={queryClient} urlStore={urlStore}>
      <ThemedEmbedPage />
    </AppProviders>
  );
}
