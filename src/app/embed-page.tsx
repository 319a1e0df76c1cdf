import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { datasetQueryOptions } from '../data/dataset-query';
import type { Dataset, Evidence } from '../data/schema';
import { buildDashboardUrl } from '../domain/embed-url';
import { filterDataset, groupQuotesByActor, toggleActorId } from '../domain/filters';
import { getEvidenceTarget, reconcileUrlState } from '../domain/reconcile-url-state';
import { withFilters, withSourceTarget, type Filters, type UrlState } from '../domain/url-state';
import { ActorsPanel } from '../features/actors/actors-panel';
import { EmbedApp, type EmbedPanel } from '../features/embed/embed-app';
import { Region } from '../ui/region';
import { Skeleton } from '../ui/skeleton';
import { useUrlState } from './use-url-state';
import { ChartView, MapView } from './views';

/**
 * What the embed page renders: the embed shell (src/features/embed) around the dashboard's own panels, wired
 * here because features do not import each other. Filters set inside an embed stay in its memory;
 * evidence and source links open the full dashboard in a new tab.
 */
export function EmbedPage() {
  const { state, navigate } = useUrlState();
  const query = useQuery(datasetQueryOptions());
  const pageUrl = window.location.href;
  const renderPanel = (panel: EmbedPanel) =>
    query.data ? (
      <EmbedPanel panel={panel} dataset={query.data} state={state} pageUrl={pageUrl} navigate={navigate} />
    ) : (
      <Skeleton height="var(--view-height)" />
    );
  return <EmbedApp state={state} pageUrl={pageUrl} renderPanel={renderPanel} />;
}

interface EmbedPanelProps {
  panel: EmbedPanel;
  dataset: Dataset;
  state: UrlState;
  pageUrl: string;
  navigate: (next: UrlState) => void;
}

function EmbedPanel({ panel, dataset, state, pageUrl, navigate }: EmbedPanelProps) {
  const { filters } = useMemo(() => reconcileUrlState(dataset, state), [dataset, state]);
  const base = { ...state, filters };
  const setFilters = (patch: Partial<Filters>) => navigate(withFilters(base, patch));
  const openEvidence = (evidence: Pick<Evidence, 'sourceId' | 'start' | 'end'>) => {
    const target = withSourceTarget(base, getEvidenceTarget(dataset, evidence));
    window.open(buildDashboardUrl(pageUrl, target), '_blank', 'noopener');
  };
  const quoteHref = (quoteId: string, sourceId: string) => buildDashboardUrl(pageUrl, base, { sourceId, quoteId });

  let body: ReactNode;
  if (panel === 'map') {
    const view = filterDataset(dataset, filters);
    body = (
      <MapView dataset={dataset} view={view} filters={filters} setFilters={setFilters} openEvidence={openEvidence} />
    );
  } else if (panel === 'chart') {
    body = <ChartView dataset={dataset} filters={filters} setFilters={setFilters} openEvidence={openEvidence} />;
  } else {
    // "Lukashenko's words in October": an actor filter narrows an embed to those actors' cards.
    const actors =
      filters.actorIds.length === 0
        ? dataset.actors
        : dataset.actors.filter((actor) => filters.actorIds.includes(actor.id));
    body = (
      <ActorsPanel
        actors={actors}
        places={dataset.places}
        sources={dataset.sources}
        quotesByActor={groupQuotesByActor(dataset, filters)}
        selectedActorIds={filters.actorIds}
        onToggleActor={(actorId) => setFilters({ actorIds: toggleActorId(filters.actorIds, actorId) })}
        getQuoteSourceHref={quoteHref}
        onOpenQuoteSource={(quoteId, sourceId) => window.open(quoteHref(quoteId, sourceId), '_blank', 'noopener')}
        hint="Tick an actor to show only their quotes in this graphic."
      />
    );
  }
  return (
    <Region id={panel} title={panelTitles[panel]}>
      {body}
    </Region>
  );
}

const panelTitles: Record<EmbedPanel, string> = {
  map: 'Where it happened',
  chart: 'Detentions over time',
  actors: 'Who said what',
};
