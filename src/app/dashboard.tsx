import { Suspense, useCallback, useMemo, useState } from 'react';
import { getDatasetUrl } from '../data/dataset-query';
import type { Dataset, Evidence } from '../data/schema';
import { getDatasetNames } from '../domain/dataset-names';
import { filterDataset, getDateSpan, groupQuotesByActor, toggleActorId } from '../domain/filters';
import { getEvidenceTarget, reconcileUrlState } from '../domain/reconcile-url-state';
import { getSourceAnnotations } from '../domain/source-annotations';
import {
  describeUrlNotice,
  emptyFilters,
  withFilters,
  withSourceTarget,
  type Filters,
  type TextSpan,
} from '../domain/url-state';
import { ActorsPanel } from '../features/actors/actors-panel';
import { DownloadLinks } from '../features/downloads/download-links';
import { EmbedButton } from '../features/embed/embed-button';
import { FilterBar } from '../features/filters/filter-bar';
import { FilterSummary } from '../features/filters/filter-summary';
import { SourceViewer } from '../features/source/source-viewer';
import { LoadWhenNeeded } from '../ui/load-when-needed';
import { NoticeList } from '../ui/notice-list';
import { Skeleton } from '../ui/skeleton';
import { ArticleList } from './article-list';
import { DashboardLayout } from './dashboard-layout';
import { useUrlState } from './use-url-state';
import { ChartView, MapView } from './views';

const viewFallback = <Skeleton height="var(--view-height)" />;
const focusTitle = () => document.getElementById('page-title');

/** The dashboard on a loaded dataset: the URL's state, filtered once, handed to every view. */
export function Dashboard({ dataset }: { dataset: Dataset }) {
  const { state, notices: parseNotices, search, navigate, hrefFor } = useUrlState();
  const reconciled = useMemo(() => reconcileUrlState(dataset, state), [dataset, state]);
  const { filters, sourceView } = reconciled;
  const view = useMemo(() => filterDataset(dataset, filters), [dataset, filters]);
  const quotesByActor = useMemo(() => groupQuotesByActor(dataset, filters), [dataset, filters]);
  const dateSpan = useMemo(() => getDateSpan(dataset), [dataset]);
  const annotations = useMemo(
    () => (sourceView ? getSourceAnnotations(dataset, sourceView.source.id) : []),
    [dataset, sourceView],
  );

  // Notices belong to the address they came from: a new address brings its own, or none.
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const notices = [...parseNotices, ...reconciled.notices].map(describeUrlNotice);

  // Every change starts from what the dataset could resolve, so ids and spans that name nothing drop out of the URL.
  const base = useMemo(() => {
    const resolved = { ...state, filters };
    if (sourceView === null) return withSourceTarget(resolved, { quoteId: null, sourceId: null, span: null });
    return state.span !== null && sourceView.selected === null ? { ...resolved, span: null } : resolved;
  }, [state, filters, sourceView]);
  const setFilters = (patch: Partial<Filters>) => navigate(withFilters(base, patch));
  const sourceTarget = useCallback(
    (evidence: Pick<Evidence, 'sourceId' | 'start' | 'end'>) =>
      withSourceTarget(base, getEvidenceTarget(dataset, evidence)),
    [base, dataset],
  );
  const openEvidence = (evidence: Pick<Evidence, 'sourceId' | 'start' | 'end'>) => navigate(sourceTarget(evidence));
  const quoteTarget = (quoteId: string, sourceId: string) => withSourceTarget(base, { quoteId, sourceId, span: null });
  const spanTarget = (span: TextSpan) =>
    sourceView ? sourceTarget({ sourceId: sourceView.source.id, ...span }) : base;
  const articleTarget = (sourceId: string) => withSourceTarget(base, { quoteId: null, sourceId, span: null });

  return (
    <>
      <DashboardLayout
        controls={
          <div className="dashboard-controls">
            {dismissedFor === search ? null : (
              <NoticeList
                title="Some of this link’s settings were not used:"
                messages={notices}
                onDismiss={() => setDismissedFor(search)}
              />
            )}
            <FilterBar
              actors={dataset.actors}
              places={dataset.places}
              filters={filters}
              dateSpan={dateSpan}
              onChange={setFilters}
              onClear={() => navigate({ ...base, filters: emptyFilters })}
            />
            <div className="dashboard-controls__row">
              <FilterSummary
                view={view}
                totals={{
                  quotes: dataset.quotes.length,
                  events: dataset.events.length,
                  figures: dataset.figures.length,
                }}
                actorFilterActive={filters.actorIds.length > 0}
              />
              <DownloadLinks quotes={view.quotes} figures={view.figures} datasetUrl={getDatasetUrl()} />
              <EmbedButton state={base} pageUrl={window.location.href} />
            </div>
          </div>
        }
        map={
          <LoadWhenNeeded placeholder={viewFallback}>
            <Suspense fallback={viewFallback}>
              <MapView
                dataset={dataset}
                view={view}
                filters={filters}
                setFilters={setFilters}
                openEvidence={openEvidence}
              />
            </Suspense>
          </LoadWhenNeeded>
        }
        chart={
          <LoadWhenNeeded placeholder={viewFallback}>
            <Suspense fallback={viewFallback}>
              <ChartView dataset={dataset} filters={filters} setFilters={setFilters} openEvidence={openEvidence} />
            </Suspense>
          </LoadWhenNeeded>
        }
        actors={
          <ActorsPanel
            actors={dataset.actors}
            placeName={getDatasetNames(dataset).placeName}
            sources={dataset.sources}
            quotesByActor={quotesByActor}
            selectedActorIds={filters.actorIds}
            onToggleActor={(actorId) => setFilters({ actorIds: toggleActorId(filters.actorIds, actorId) })}
            getQuoteSourceHref={(quoteId, sourceId) => hrefFor(quoteTarget(quoteId, sourceId))}
            onOpenQuoteSource={(quoteId, sourceId) => navigate(quoteTarget(quoteId, sourceId))}
          />
        }
        footer={
          <footer className="dashboard-footer">
            <h2 className="dashboard-footer__title">The articles</h2>
            <ArticleList
              sources={dataset.sources}
              hrefFor={(sourceId) => hrefFor(articleTarget(sourceId))}
              onOpen={(sourceId) => navigate(articleTarget(sourceId))}
            />
            <p>
              Every item on this page was read from these articles by hand and checked against their exact words when
              the data was built. Undated quotes are those the articles do not date.
            </p>
          </footer>
        }
      />
      <SourceViewer
        view={sourceView}
        annotations={annotations}
        getSpanHref={(span) => hrefFor(spanTarget(span))}
        onSelectSpan={(span) => navigate(spanTarget(span))}
        onClose={() => navigate(withSourceTarget(base, { quoteId: null, sourceId: null, span: null }))}
        fallbackFocus={focusTitle}
      />
    </>
  );
}
