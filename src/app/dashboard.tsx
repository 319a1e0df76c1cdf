import { Suspense, useEffect, useMemo, useState } from 'react';
import { getDatasetUrl } from '../data/dataset-query';
import type { Dataset } from '../data/schema';
import { getStoryAtAGlance } from '../domain/at-a-glance';
import { getDatasetNames } from '../domain/dataset-names';
import { getDocumentTitle } from '../domain/document-title';
import { describeFiltersForPrint } from '../domain/filter-description';
import { getEmbedCredit } from '../domain/embed-credit';
import {
  countActiveFilters,
  filterDataset,
  getDateSpan,
  groupQuotesByActor,
  type FilteredView,
} from '../domain/filters';
import { getVoiceOf } from '../domain/item-voice';
import { getSourceAnnotations } from '../domain/source-annotations';
import { describeUrlNotices, emptyFilters, withSourceTarget } from '../domain/url-state';
import { ActorsPanel } from '../features/actors/actors-panel';
import { DownloadLinks } from '../features/downloads/download-links';
import { EmbedButton } from '../features/embed/embed-button';
import { FilterBar } from '../features/filters/filter-bar';
import { FilterDisclosure } from '../features/filters/filter-disclosure';
import { FilterSummary } from '../features/filters/filter-summary';
import { AtAGlance } from '../features/glance/at-a-glance';
import { CopyLinkButton } from '../features/share/copy-link-button';
import { PlaceNotice } from '../features/filters/place-notice';
import { SourceViewer } from '../features/source/source-viewer';
import { describeImageFilters } from '../ui/image-export/image-caption';
import { ImageExportContext } from '../ui/image-export/image-export-context';
import { LoadWhenNeeded } from '../ui/load-when-needed';
import { NoticeList } from '../ui/notice-list';
import { Skeleton } from '../ui/skeleton';
import { ArticleList } from './article-list';
import { DashboardLayout } from './dashboard-layout';
import { preloadDetentionsChart, preloadPlacesMap } from './lazy-views';
import { useViewWiring, type ViewWiring } from './use-view-wiring';
import { ChartView, MapView, TimelineView } from './views';
import { useI18n } from '../ui/i18n/i18n';

const viewFallback = <Skeleton height="var(--view-height)" />;
const focusTitle = () => document.getElementById('page-title');
const closed = { quoteId: null, sourceId: null, span: null };
/** Events the timeline shows before "Show more": the first days of the story, about as long as the map and chart beside it. */
export const timelinePageSize = 10;

/** The dashboard on a loaded dataset: the URL's state, filtered once, handed to every view. */
export function Dashboard({ dataset }: { dataset: Dataset }) {
  const wiring = useViewWiring(dataset);
  const { url, filters, base } = wiring;
  const { sourceView } = wiring.reconciled;
  const view = useMemo(() => filterDataset(dataset, filters), [dataset, filters]);
  const quotesByActor = useMemo(() => groupQuotesByActor(dataset, filters), [dataset, filters]);
  const wording = useI18n();
  const glance = useMemo(() => getStoryAtAGlance(dataset, wording), [dataset, wording]);
  // Keyed by the source's id, not the view object, which is new with every filter change: a scan of every
  // item's evidence belongs to opening a source, not to each change made while it is open.
  const annotatedSourceId = sourceView?.source.id;
  const annotations = useMemo(
    () => (annotatedSourceId === undefined ? [] : getSourceAnnotations(dataset, annotatedSourceId, wording)),
    [dataset, annotatedSourceId, wording],
  );
  // The credit sorts every source: once per dataset, not per filter change.
  const dataCredit = useMemo(() => getEmbedCredit(dataset.sources, wording), [dataset.sources, wording]);
  useDocumentTitle(dataset, wiring);
  // Names in the reader's language where editors supplied them; the downloads keep the articles' names.
  const names = getDatasetNames(dataset, wording);
  // The dashboard's views offer their pictures as files, titled with the filters and credited.
  const imageExport = useMemo(
    () => ({
      filters: describeImageFilters(filters, names, wording),
      dataCredit,
    }),
    [filters, names, wording, dataCredit],
  );

  return (
    <ImageExportContext.Provider value={imageExport}>
      <DashboardLayout
        glance={
          <AtAGlance glance={glance} getEvidenceHref={wiring.evidenceHref} onOpenEvidence={wiring.openEvidence} />
        }
        controls={<DashboardControls dataset={dataset} view={view} wiring={wiring} />}
        timeline={<TimelineView dataset={dataset} view={view} wiring={wiring} pageSize={timelinePageSize} />}
        map={
          <LoadWhenNeeded placeholder={viewFallback} load={preloadPlacesMap}>
            <Suspense fallback={viewFallback}>
              <MapView dataset={dataset} view={view} wiring={wiring} />
            </Suspense>
          </LoadWhenNeeded>
        }
        chart={
          <LoadWhenNeeded placeholder={viewFallback} load={preloadDetentionsChart}>
            <Suspense fallback={viewFallback}>
              <ChartView dataset={dataset} wiring={wiring} />
            </Suspense>
          </LoadWhenNeeded>
        }
        actors={
          <ActorsPanel
            actors={dataset.actors}
            placeName={names.placeName}
            sources={dataset.sources}
            quotesByActor={quotesByActor}
            selectedActorIds={filters.actorIds}
            onToggleActor={wiring.toggleActor}
            getQuoteSourceHref={wiring.quoteSourceHref}
            onOpenQuoteSource={wiring.openQuoteSource}
            voiceOf={getVoiceOf(dataset, wording)}
          />
        }
        tools={<DashboardTools dataset={dataset} view={view} wiring={wiring} />}
        placeNotice={
          <PlaceNotice
            placeName={filters.placeId === null ? null : names.placeName(filters.placeId)}
            onShowAllPlaces={() => wiring.setFilters({ placeId: null })}
          />
        }
        footer={<ArticlesFooter dataset={dataset} wiring={wiring} />}
      />
      <SourceViewer
        view={sourceView}
        annotations={annotations}
        voiceOf={getVoiceOf(dataset, wording)}
        getPassageHref={(passage) => url.hrefFor(wiring.evidenceTarget(passage))}
        onOpenPassage={wiring.openEvidence}
        onClose={() => url.navigate(withSourceTarget(base, closed))}
        fallbackFocus={focusTitle}
      />
    </ImageExportContext.Provider>
  );
}

/** The browser tab names the filters and the open article, so tabs, bookmarks and history say what they show. */
function useDocumentTitle(dataset: Dataset, wiring: ViewWiring) {
  const wording = useI18n();
  const names = getDatasetNames(dataset, wording);
  const openSourceId = wiring.reconciled.sourceView?.source.id ?? null;
  const openArticle = openSourceId === null ? null : names.sourceName(openSourceId);
  const title = getDocumentTitle(wiring.filters, names, wording, openArticle);
  useEffect(() => {
    document.title = title;
  }, [title]);
}

interface DashboardPartProps {
  dataset: Dataset;
  wiring: ViewWiring;
}

/** The header's controls: what the link asked for and could not have, the filters, the counts and Copy link. */
function DashboardControls({ dataset, view, wiring }: DashboardPartProps & { view: FilteredView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { url, filters, setFilters } = wiring;
  const dateSpan = useMemo(() => getDateSpan(dataset), [dataset]);
  // Notices belong to the address they came from: a new address brings its own, or none.
  const [dismissedFor, setDismissedFor] = useState<string | null>(null);
  const notices = describeUrlNotices([...url.notices, ...wiring.reconciled.notices], i18n);
  return (
    <div className="dashboard-controls">
      {dismissedFor === url.search ? null : (
        <NoticeList
          title={t('dashboard.noticesTitle')}
          messages={notices}
          onDismiss={() => setDismissedFor(url.search)}
        />
      )}
      <FilterDisclosure activeCount={countActiveFilters(filters)}>
        <FilterBar
          actors={dataset.actors}
          places={dataset.places}
          filters={filters}
          dateSpan={dateSpan}
          onChange={setFilters}
          onClear={() => setFilters(emptyFilters)}
        />
      </FilterDisclosure>
      {/* On paper the filter controls are gone: the page says what it shows. */}
      <p className="print-only">{describeFiltersForPrint(filters, getDatasetNames(dataset, i18n), i18n)}</p>
      <div className="dashboard-controls__row">
        <FilterSummary
          view={view}
          totals={{ quotes: dataset.quotes.length, events: dataset.events.length, figures: dataset.figures.length }}
          actorFilterActive={filters.actorIds.length > 0}
        />
        <CopyLinkButton getUrl={() => window.location.href} />
      </div>
    </div>
  );
}

/** Under the views: the view's data and the whole dataset to download, and the embed builder. */
function DashboardTools({ dataset, view, wiring }: DashboardPartProps & { view: FilteredView }) {
  const { t } = useI18n();
  return (
    <div className="dashboard-tools">
      <h2 className="dashboard-tools__title">{t('dashboard.toolsTitle')}</h2>
      <div className="dashboard-tools__row">
        <DownloadLinks view={view} names={getDatasetNames(dataset)} datasetUrl={getDatasetUrl()} />
        <EmbedButton state={wiring.base} pageUrl={window.location.href} />
      </div>
    </div>
  );
}

/** The articles everything on the page was read from, each opening in the Source viewer. */
function ArticlesFooter({ dataset, wiring }: DashboardPartProps) {
  const { t } = useI18n();
  const { url, base } = wiring;
  const articleTarget = (sourceId: string) => withSourceTarget(base, { ...closed, sourceId });
  return (
    <footer className="dashboard-footer">
      <h2 className="dashboard-footer__title">{t('dashboard.articlesTitle')}</h2>
      <ArticleList
        sources={dataset.sources}
        hrefFor={(sourceId) => url.hrefFor(articleTarget(sourceId))}
        onOpen={(sourceId) => url.navigate(articleTarget(sourceId))}
      />
      <p>{t('dashboard.articlesNote')}</p>
    </footer>
  );
}
