import { useMemo } from 'react';
import type { Dataset } from '../data/schema';
import { getDatasetNames } from '../domain/dataset-names';
import { getVoiceOf } from '../domain/item-voice';
import { getChartFigures, getDateSpan, type FilteredView } from '../domain/filters';
import { EventTimeline } from '../features/timeline/event-timeline';
import { useI18n } from '../ui/i18n/i18n';
import { LazyDetentionsChart, LazyPlacesMap } from './lazy-views';
import type { ViewWiring } from './use-view-wiring';

/** What the map and the chart need from the page around them, the dashboard or an embed. */
interface ViewProps {
  dataset: Dataset;
  wiring: Pick<ViewWiring, 'filters' | 'setFilters' | 'openEvidence' | 'chartSettings' | 'setChartSettings'>;
}

/** Every event under the filters, by day, a page at a time; each Source opens its words through the wiring. */
export function TimelineView({
  dataset,
  view,
  wiring,
  pageSize,
}: Omit<ViewProps, 'wiring'> & {
  view: FilteredView;
  wiring: Pick<ViewWiring, 'evidenceHref' | 'openEvidence'>;
  pageSize: number;
}) {
  return (
    <EventTimeline
      dataset={dataset}
      events={view.events}
      getEvidenceHref={wiring.evidenceHref}
      onOpenEvidence={wiring.openEvidence}
      pageSize={pageSize}
    />
  );
}

/** The map of the filtered view; clicking a place filters by it. Render inside Suspense: its code is lazy. */
export function MapView({ dataset, view, wiring }: ViewProps & { view: FilteredView }) {
  const { filters, setFilters, openEvidence } = wiring;
  const i18n = useI18n();
  return (
    <LazyPlacesMap
      places={dataset.places}
      events={view.events}
      quotes={view.quotes}
      figures={view.figures}
      names={getDatasetNames(dataset, i18n)}
      voiceOf={getVoiceOf(dataset, i18n)}
      selectedPlaceId={filters.placeId}
      onSelectPlace={(placeId) => setFilters({ placeId })}
      onOpenEvidence={openEvidence}
    />
  );
}

/** The timeline of the dates set in From and To; its brush, over the whole period, sets them. Render inside Suspense: its code is lazy. */
export function ChartView({ dataset, wiring }: ViewProps) {
  const { filters, setFilters, openEvidence, chartSettings, setChartSettings } = wiring;
  const figures = useMemo(() => getChartFigures(dataset, filters), [dataset, filters]);
  const dateSpan = useMemo(() => getDateSpan(dataset), [dataset]);
  const i18n = useI18n();
  return (
    <LazyDetentionsChart
      figures={figures}
      events={dataset.events}
      dateSpan={dateSpan}
      from={filters.from}
      to={filters.to}
      metric={chartSettings.metric ?? 'detentions'}
      showTable={chartSettings.table}
      onChartSettingsChange={setChartSettings}
      sourceName={getDatasetNames(dataset, i18n).sourceName}
      voiceOf={getVoiceOf(dataset, i18n)}
      onDateRangeChange={(from, to) => setFilters({ from, to })}
      onOpenEvidence={openEvidence}
    />
  );
}
