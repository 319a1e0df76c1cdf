import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadDashboardPage } from './app/app';
import { createQueryClient } from './app/query-client';
import { startI18n } from './app/start-i18n';
import { createBrowserUrlStore } from './app/url-store';
import { datasetQueryOptions } from './data/dataset-query';
import './styles/global.css';

const root = document.getElementById('root');
if (root) {
  const queryClient = createQueryClient();
  // Start the data download now, alongside the page's own chunk, rather than once that chunk has arrived.
  const dataset = queryClient.fetchQuery(datasetQueryOptions());
  // A failure is the page's to show, through its query; this copy of the promise only warms the first render.
  dataset.catch(() => undefined);
  const i18n = startI18n(window.location.search);
  // The dashboard's code, alongside the data and the catalogue; the page renders it without suspending once it has come.
  preloadDashboardPage().catch(() => undefined);
  // A chunk of its own: what it builds belongs to the dashboard's views, not to the page's first script.
  import('./app/warm-first-render').then(
    ({ warmFirstRender }) => warmFirstRender(dataset, i18n, { index: true }),
    () => undefined,
  );
  void i18n.then((words) =>
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} urlStore={createBrowserUrlStore()} i18n={words} />
      </StrictMode>,
    ),
  );
}
