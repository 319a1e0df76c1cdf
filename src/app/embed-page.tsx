import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { datasetQueryOptions } from '../data/dataset-query';
import type { Dataset } from '../data/schema';
import { getDatasetNames } from '../domain/dataset-names';
import { getVoiceOf } from '../domain/item-voice';
import { buildDashboardUrl } from '../domain/embed-url';
import { filterDataset, groupQuotesByActor } from '../domain/filters';
import type { UrlState } from '../domain/url-state';
import { ActorsPanel } from '../features/actors/actors-panel';
import { EmbedApp, type EmbedPanel } from '../features/embed/embed-app';
import { useI18n } from '../ui/i18n/i18n';
import { Region } from '../ui/region';
import { DatasetProgressStatus } from './dataset-progress-text';
import { SkeletonWithProgress } from './skeleton-with-progress';
import { useUrlState } from './use-url-state';
import { useViewWiring, type TargetOpener } from './use-view-wiring';
import { ChartView, MapView, TimelineView } from './views';

/**
 * What the embed page renders: the embed shell (src/features/embed) around the dashboard's own panels, wired
 * here because features do not import each other. Filters set inside an embed stay in its memory;
 * evidence and source links open the full dashboard in a new tab.
 */
export function EmbedPage() {
  const { state } = useUrlState();
  const query = useQuery(datasetQueryOptions());
  const pageUrl = window.location.href;
  const renderPanel = (panel: EmbedPanel) =>
    query.data ? (
      <EmbedPanel panel={panel} dataset={query.data} pageUrl={pageUrl} />
    ) : (
      <SkeletonWithProgress height="var(--view-height)" />
    );
  return (
    <EmbedApp
      state={state}
      pageUrl={pageUrl}
      renderPanel={renderPanel}
      loadingStatus={<DatasetProgressStatus />}
      renderLoadingBlock={(height) => <SkeletonWithProgress height={height} />}
    />
  );
}

/** Sources open as the full dashboard, in a new tab, so the host's article stays where its reader left it. */
function dashboardInNewTab(pageUrl: string): TargetOpener {
  const hrefFor = (target: UrlState) => buildDashboardUrl(pageUrl, target);
  return {
    hrefFor,
    open: (target) => {
      window.open(hrefFor(target), '_blank', 'noopener');
    },
  };
}

interface EmbedPanelProps {
  panel: EmbedPanel;
  dataset: Dataset;
  pageUrl: string;
}

function EmbedPanel({ panel, dataset, pageUrl }: EmbedPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const opener = useMemo(() => dashboardInNewTab(pageUrl), [pageUrl]);
  const wiring = useViewWiring(dataset, opener);
  const { filters } = wiring;

  let body: ReactNode;
  if (panel === 'timeline') {
    body = (
      <TimelineView
        dataset={dataset}
        view={filterDataset(dataset, filters)}
        wiring={wiring}
        pageSize={embedTimelinePageSize}
      />
    );
  } else if (panel === 'map') {
    body = <MapView dataset={dataset} view={filterDataset(dataset, filters)} wiring={wiring} />;
  } else if (panel === 'chart') {
    body = <ChartView dataset={dataset} wiring={wiring} />;
  } else {
    // "Lukashenko's words in October": an actor filter narrows an embed to those actors' cards.
    const actors =
      filters.actorIds.length === 0
        ? dataset.actors
        : dataset.actors.filter((actor) => filters.actorIds.includes(actor.id));
    body = (
      <ActorsPanel
        actors={actors}
        placeName={getDatasetNames(dataset, i18n).placeName}
        sources={dataset.sources}
        quotesByActor={groupQuotesByActor(dataset, filters)}
        selectedActorIds={filters.actorIds}
        onToggleActor={wiring.toggleActor}
        getQuoteSourceHref={wiring.quoteSourceHref}
        onOpenQuoteSource={wiring.openQuoteSource}
        voiceOf={getVoiceOf(dataset, i18n)}
        hint="actors.hint.embed"
        longLists="paged"
      />
    );
  }
  return (
    <Region id={panel} title={t(`app.panelTitle.${panel}`)}>
      {body}
    </Region>
  );
}

/** Events an embedded timeline shows before "Show more": a story's column, at a height its snippet can reserve. */
export const embedTimelinePageSize = 6;
