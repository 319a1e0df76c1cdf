// Entry of the embed page, embed/index.html. `npm run build` bundles it on preact/compat (scripts/build/embed-build.ts)
// so that an embed carries a 5 kB renderer instead of React DOM; `npm run dev` serves it on React.
import { createRoot } from 'react-dom/client';
import { EmbedOnlyApp } from './app/embed-only-app';
import { preloadEmbedViewCode } from './app/lazy-views';
import { createQueryClient } from './app/query-client';
import { startI18n } from './app/start-i18n';
import { warmFirstRender } from './app/warm-first-render';
import { createMemoryUrlStore } from './app/url-store';
import { datasetQueryOptions } from './data/dataset-query';
import { parseUrlState } from './domain/url-state';
import './styles/global.css';

const root = document.getElementById('root');
if (root) {
  const queryClient = createQueryClient();
  // Start the data download now, alongside the page's own chunk, rather than once that chunk has arrived.
  const dataset = queryClient.fetchQuery(datasetQueryOptions());
  const { view } = parseUrlState(window.location.search).state;
  preloadEmbedViewCode(view);
  const i18n = startI18n(window.location.search);
  // A failure is the page's to show, through its query; warmFirstRender takes it in the same task, silently.
  void warmFirstRender(dataset, i18n, { index: view !== 'quote' });
  // Always in memory: this page only ever renders embeds, whose address belongs to the host page.
  void i18n.then((words) =>
    createRoot(root).render(
      <EmbedOnlyApp queryClient={queryClient} urlStore={createMemoryUrlStore(window.location.search)} i18n={words} />,
    ),
  );
}
