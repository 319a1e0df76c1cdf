import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { datasetQueryOptions } from '../../data/dataset-query';
import { getDatasetNames } from '../../domain/dataset-names';
import { getEmbedCredit } from '../../domain/embed-credit';
import { getInitialEmbedHeightCss } from '../../domain/embed-initial-height';
import { getDefaultEmbedTitle } from '../../domain/embed-snippet';
import { buildDashboardUrl } from '../../domain/embed-url';
import { describeItemVoice } from '../../domain/item-voice';
import type { EmbedView, UrlState } from '../../domain/url-state';
import { DatasetErrorAlert } from '../../ui/dataset-error-alert';
import { ErrorBoundary } from '../../ui/error-boundary';
import { Skeleton } from '../../ui/skeleton';
import { EmbedFooter } from './embed-footer';
import { EmbedQuoteCard } from './embed-quote-card';
import { useEmbedHeight } from './use-embed-height';
import { useEmbedLinks } from './use-embed-links';
import './embed.css';
import { useI18n } from '../../ui/i18n/i18n';

/** The dashboard panels an embed can show; `quote` is the embed's own. */
export type EmbedPanel = 'map' | 'chart' | 'actors' | 'timeline';

export interface EmbedAppProps {
  state: UrlState;
  /** The embed's own address, from which the links back to the dashboard are built. */
  pageUrl: string;
  /**
   * Renders one dashboard panel under the state's filters. The app supplies it because features do not
   * import each other; it should lazy-load map and chart so each embed downloads only its own view.
   */
  renderPanel: (panel: EmbedPanel) => ReactNode;
  /** While the data loads: what a screen reader hears of it, once for the whole embed. */
  loadingStatus?: ReactNode;
  /** The block a quote waits in while the data loads; a plain grey block by default. */
  renderLoadingBlock?: (height: string) => ReactNode;
}

const panelsByView: Record<Exclude<EmbedView, 'quote'>, readonly EmbedPanel[]> = {
  map: ['map'],
  chart: ['chart'],
  actors: ['actors'],
  timeline: ['timeline'],
  // What `all` has always shown: its published snippets reserve the height of these three.
  all: ['map', 'chart', 'actors'],
};

/**
 * A dashboard view without the page's chrome, for an iframe in someone else's article: reports its
 * height to the host, sends every link to the full dashboard in a new tab, and ends with a credit line.
 */
export function EmbedApp({
  state,
  pageUrl,
  renderPanel,
  loadingStatus,
  renderLoadingBlock = (height) => <Skeleton height={height} />,
}: EmbedAppProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const view = state.view ?? 'all';
  const rootRef = useRef<HTMLDivElement>(null);
  const dataset = useQuery(datasetQueryOptions());
  useEmbedHeight(rootRef, state.childId);
  useEmbedLinks(rootRef, pageUrl);
  useEmbedDocument(state.childId);

  const quote = view === 'quote' ? dataset.data?.quotes.find((candidate) => candidate.id === state.quoteId) : undefined;
  // In the reader's language where editors named the speaker or the place, with the articles' spelling.
  const names = dataset.data ? getDatasetNames(dataset.data, i18n) : null;
  const speaker = quote && names ? names.actorName(quote.actorId) : null;

  let body: ReactNode;
  if (dataset.isError) {
    // Within the band the host page reserved (the root's min-height), so a failure moves nothing around it.
    body = (
      <DatasetErrorAlert
        title={t('embed.dataError')}
        error={dataset.error}
        retrying={dataset.isFetching}
        onRetry={() => {
          void dataset.refetch();
        }}
        problemsCollapsed
      />
    );
  } else if (view !== 'quote') {
    body = panelsByView[view].map((panel) => (
      <ErrorBoundary key={panel} fallback={<p className="embed-message">{t('embed.panelError')}</p>}>
        {renderPanel(panel)}
      </ErrorBoundary>
    ));
  } else if (dataset.isPending) {
    body = renderLoadingBlock('10rem');
  } else if (!quote) {
    body = <p className="embed-message">{t('embed.quoteMissing')}</p>;
  } else {
    const sourceIds = [...new Set(quote.evidence.map((evidence) => evidence.sourceId))];
    body = (
      <EmbedQuoteCard
        quote={quote}
        speaker={speaker ?? quote.actorId}
        placeName={quote.placeId === null ? null : (names?.placeName(quote.placeId) ?? null)}
        sources={dataset.data.sources.filter((source) => sourceIds.includes(source.id))}
        voice={describeItemVoice(dataset.data, { kind: 'quote', item: quote }, i18n)}
        getSourceHref={(quoteId, sourceId) => buildDashboardUrl(pageUrl, state, { sourceId, quoteId })}
      />
    );
  }

  return (
    <div
      ref={rootRef}
      className={`embed embed--${view}`}
      // The band height the host page reserved, so a view that fits reports exactly that and nothing shifts.
      style={{ minHeight: getInitialEmbedHeightCss(view, '100vw') }}
    >
      <h1 className="visually-hidden">{getDefaultEmbedTitle(view, t, speaker)}</h1>
      {dataset.isPending && loadingStatus ? (
        <p className="visually-hidden" role="status">
          {loadingStatus}
        </p>
      ) : null}
      {/*
        The footer comes with the view, once the data and the view's code are in: its credit names the
        articles, so it would change length (and wrap) under the reader's eyes, and a view growing above
        it would push it down. Appearing below everything else, it moves nothing.
      */}
      <Suspense
        fallback={
          <main className="embed__main">
            <Skeleton height="16rem" />
          </main>
        }
      >
        <main className="embed__main">{body}</main>
        {dataset.isPending ? null : (
          <EmbedFooter
            credit={dataset.data ? getEmbedCredit(dataset.data.sources, i18n) : t('credit.pending')}
            dashboardUrl={buildDashboardUrl(pageUrl, state)}
          />
        )}
      </Suspense>
    </div>
  );
}

/**
 * Page-level settings of an embed: no margins, and no scrollbar when a parent that resizes the frame
 * is present (a childId says so). A scrollbar appearing would narrow the page, change its height and
 * start a resize loop; a plain iframe keeps it, since nothing will resize that frame.
 */
function useEmbedDocument(childId: string | null) {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('is-embed');
    root.classList.toggle('is-embed-sized', childId !== null);
    return () => root.classList.remove('is-embed', 'is-embed-sized');
  }, [childId]);
}
