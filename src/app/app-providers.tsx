import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from '../ui/error-boundary';
import { I18nProvider, useI18n, type I18n } from '../ui/i18n/i18n';
import { UrlStoreContext } from './use-url-state';
import type { UrlStore } from './url-store';

function Crashed() {
  const { t } = useI18n();
  return (
    <div className="dataset-error" role="alert">
      <h1 className="dataset-error__title">{t('crash.title')}</h1>
      <p>{t('crash.body')}</p>
    </div>
  );
}

export interface AppProvidersProps {
  queryClient: QueryClient;
  urlStore: UrlStore;
  /** The reader's language and its messages (src/app/start-i18n.ts); English when left out. */
  i18n?: I18n;
}

/** The data and URL providers under a last-resort error boundary: what the dashboard and every embed render in. */
export function AppProviders({ queryClient, urlStore, i18n, children }: AppProvidersProps & { children: ReactNode }) {
  const providers = (
    <ErrorBoundary fallback={<Crashed />}>
      <QueryClientProvider client={queryClient}>
        <UrlStoreContext value={urlStore}>{children}</UrlStoreContext>
      </QueryClientProvider>
    </ErrorBoundary>
  );
  return i18n ? <I18nProvider i18n={i18n}>{providers}</I18nProvider> : providers;
}
