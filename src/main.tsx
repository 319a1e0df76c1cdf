import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { startI18n } from './app/start-i18n';
import { createBrowserUrlStore } from './app/url-store';
import { datasetQueryOptions } from './data/dataset-query';
import './styles/global.css';

const root = document.getElementById('root');
if (root) {
  const queryClient = createQueryClient();
  // Start the data download now, alongside the page's own chunk, rather than once that chunk has arrived.
  void queryClient.prefetchQuery(datasetQueryOptions());
  void startI18n(window.location.search).then((i18n) =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} urlStore={createBrowserUrlStore()} i18n={i18n} />
      </StrictMode>,
    ),
  );
}
