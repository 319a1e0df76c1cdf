import './detentions-chart.css';
import { useCallback, useId, useMemo, useRef } from 'react';
import { metrics } from '../../data/metrics';
import type { DatasetEvent, Evidence, Figure, Metric } from '../../data/schema';
import { formatShortDate } from '../../domain/format';
import type { VoiceOf } from '../../domain/item-voice';
import {
  describeMilestonesOutside,
  getFigureSeries,
  getMilestones,
  getMilestonesInRange,
  getPointsInRange,
  getTimelineDays,
  summariseSeries,
  type DatedEvent,
  type FigurePoint,
} from '../../domain/figure-series';
import { DownloadImageButtons } from '../../ui/image-export/download-image-buttons';
import { getImageCredit } from '../../ui/image-export/image-caption';
import { useImageExport } from '../../ui/image-export/image-export-context';
import { useStableCallback } from '../../ui/use-stable-callback';
import { FiguresTable } from './figures-table';
import { TimelineChart } from './timeline-chart';
import { useI18n } from '../../ui/i18n/i18n';

export interface DetentionsChartProps {
  /** Filtered by actor and place, NOT by date: the brush needs the whole span. */
  figures: Figure[];
  /** All events; those with `milestone` are drawn as labelled lines. */
  events: DatasetEvent[];
  /** The dataset's first and last dated day (`getDateSpan`): the timeline's span, the same whatever the filters. */
  dateSpan: { min: string; max: string } | null;
  /** Current date filter, YYYY-MM-DD inclusive. */
  from: string | null;
  to: string | null;
  /** The figures shown, and whether as a table: the page's state (the URL), so a shared link keeps them. */
  metric: Metric;
  showTable: boolean;
  onChartSettingsChange: (settings: { metric?: Metric; table?: boolean }) => void;
  /** "Reuters, 16 Aug 2020" for `reuters-2020-08-16`: each report's article, in its tooltip and the table. */
  sourceName: (sourceId: string) => string;
  /** Each figure's marks: its date or when it was reported, who says so, inferences and disagreements. */
  voiceOf: VoiceOf;
  onDateRangeChange: (from: string | null, to: string | null) => void;
  onOpenEvidence: (evidence: Evidence) => void;
}

/**
 * Reported figures over time (detentions by default; crowd sizes and deaths on request), each labelled in
 * the article's words, with the key moments marked, a brush that sets the page's dates, and a table view.
 */
export function DetentionsChart({
  figures,
  events,
  dateSpan,
  from,
  to,
  metric,
  showTable,
  onChartSettingsChange,
  sourceName,
  voiceOf,
  onDateRangeChange,
  onOpenEvidence,
}: DetentionsChartProps) {
  const i18n = useI18n();
  const { t, intl } = i18n;
  const summaryId = useId();
  const milestonesId = useId();

  const series = useMemo(() => getFigureSeries(figures, metric), [figures, metric]);
  const visibleSeries = useMemo(
    () => ({
      ...series,
      numeric: getPointsInRange(series.numeric, from, to),
      vague: getPointsInRange(series.vague, from, to),
    }),
    [series, from, to],
  );
  const { firstDate, lastDate, days, milestones, milestonesShown } = useTimelineSpan(dateSpan, events, from, to);
  const counts = useMemo(
    () =>
      Object.fromEntries(metrics.map((m) => [m, figures.filter((figure) => figure.metric === m).length])) as Record<
        Metric,
        number
      >,
    [figures],
  );

  // Stable callbacks, so the timeline (memoised) is not drawn again when only the page's other filters change.
  const openEvidence = useStableCallback(onOpenEvidence);
  const openPoint = useCallback(
    (point: FigurePoint) => {
      const evidence = point.figure.evidence[0];
      if (evidence) openEvidence(evidence);
    },
    [openEvidence],
  );
  const changeDateRange = useStableCallback(onDateRangeChange);
  // Sorted only while the table is shown: hundreds of points on every filter change otherwise.
  const tablePoints = useMemo(
    () =>
      showTable
        ? [...visibleSeries.numeric, ...visibleSeries.vague].sort(
            (a, b) => a.time - b.time || a.figure.id.localeCompare(b.figure.id),
          )
        : [],
    [showTable, visibleSeries],
  );
  const rangeText =
    from === null && to === null
      ? null
      : t('chart.range', {
          from: from ? formatShortDate(from, intl) : t('chart.range.start'),
          to: to ? formatShortDate(to, intl) : t('chart.range.end'),
        });

  return (
    <div className={`detentions-chart detentions-chart--${metric}`}>
      <ChartControls
        name={`${summaryId}-metric`}
        metric={metric}
        counts={counts}
        onMetricChange={(next) => onChartSettingsChange({ metric: next })}
        showTable={showTable}
        onToggleTable={() => onChartSettingsChange({ table: !showTable })}
      />
      <p id={summaryId} className="detentions-chart__summary" aria-live="polite">
        {summariseSeries(visibleSeries, i18n)}
      </p>
      {showTable ? (
        <FiguresTable
          series={series}
          points={tablePoints}
          rangeText={rangeText}
          sourceName={sourceName}
          voiceOf={voiceOf}
          onOpenPoint={openPoint}
          onOpenEvidence={openEvidence}
        />
      ) : days.length === 0 ? null : (
        <div
          role="group"
          aria-labelledby={summaryId}
          aria-describedby={milestonesShown && milestonesShown.inside.length > 0 ? milestonesId : undefined}
        >
          <TimelineChart
            // A new span of days means new brush steps: start the brush afresh rather than keep stale positions.
            key={`${firstDate}/${lastDate}`}
            series={series}
            milestones={milestones}
            days={days}
            from={from}
            to={to}
            onDateRangeChange={changeDateRange}
            onOpenPoint={openPoint}
            sourceName={sourceName}
            voiceOf={voiceOf}
          />
          <p className="detentions-chart__hint">
            {t('chart.hint')}
            {milestonesShown ? ` ${describeMilestonesOutside(milestonesShown, i18n) ?? ''}` : null}
          </p>
          {milestonesShown && milestonesShown.inside.length > 0 ? (
            <MilestoneList id={milestonesId} milestones={milestonesShown.inside} />
          ) : null}
        </div>
      )}
      {!showTable && days.length > 0 ? <ChartImageButtons metric={metric} /> : null}
    </div>
  );
}

/**
 * The timeline's days and key moments: every day of the dataset's span, its milestones, and which of them fall
 * inside the date filter. Days come from the span compared as strings, so an equal span keeps the same days.
 */
function useTimelineSpan(
  dateSpan: DetentionsChartProps['dateSpan'],
  events: DatasetEvent[],
  from: string | null,
  to: string | null,
) {
  const milestones = useMemo(() => getMilestones(events), [events]);
  const firstDate = dateSpan?.min;
  const lastDate = dateSpan?.max;
  const days = useMemo(
    () => (firstDate && lastDate ? getTimelineDays([firstDate, lastDate]) : []),
    [firstDate, lastDate],
  );
  const milestonesShown = useMemo(
    () => (firstDate && lastDate ? getMilestonesInRange(milestones, from ?? firstDate, to ?? lastDate) : null),
    [milestones, from, to, firstDate, lastDate],
  );
  return { firstDate, lastDate, days, milestones, milestonesShown };
}

/** "Download PNG" and "Download SVG" under the chart, on pages that offer images; the export code loads on the click. */
function ChartImageButtons({ metric }: { metric: Metric }) {
  const imageExport = useImageExport();
  const ownRef = useRef<HTMLDivElement>(null);
  const { t } = useI18n();
  if (!imageExport) return null;
  return (
    <div ref={ownRef}>
      <DownloadImageButtons
        subject={t('chart.imageSubject')}
        formats={['png', 'svg']}
        onDownload={async (format) => {
          const chart = ownRef.current?.closest('.detentions-chart');
          const svg = chart?.querySelector<SVGSVGElement>('svg.timeline-chart__surface');
          if (!svg) throw new Error(t('chart.notDrawn'));
          const { exportChartImage } = await import('../../ui/image-export/export-chart');
          const caption = {
            title: t('chart.imageTitle', { metric: t(`chart.metric.${metric}`) }),
            filters: imageExport.filters,
            credit: getImageCredit(imageExport.dataCredit, null, t),
          };
          return exportChartImage(svg, caption, `chart-${metric}`, format);
        }}
      />
    </div>
  );
}

interface ChartControlsProps {
  /** The radio group's name, unique to this chart. */
  name: string;
  metric: Metric;
  /** How many reports each metric has in the current selection. */
  counts: Record<Metric, number>;
  onMetricChange: (metric: Metric) => void;
  showTable: boolean;
  onToggleTable: () => void;
}

/** Which figures the chart shows (each with its count of reports), and the switch to the table. */
function ChartControls({ name, metric, counts, onMetricChange, showTable, onToggleTable }: ChartControlsProps) {
  const { t } = useI18n();
  return (
    <div className="detentions-chart__controls">
      <fieldset className="detentions-chart__metrics">
        <legend>{t('chart.figuresShown')}</legend>
        {metrics.map((m) => (
          <label key={m} className="detentions-chart__metric">
            <input type="radio" name={name} value={m} checked={metric === m} onChange={() => onMetricChange(m)} />
            {t(`chart.metric.${m}`)} <span className="detentions-chart__metric-count">({counts[m]})</span>
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button--quiet detentions-chart__view-toggle"
        aria-pressed={showTable}
        onClick={onToggleTable}
      >
        {t('chart.showTable')}
      </button>
    </div>
  );
}

/** The milestones drawn on the chart, in words, for screen readers: the chart describes itself by this list. */
function MilestoneList({ id, milestones }: { id: string; milestones: readonly DatedEvent[] }) {
  const { t, intl } = useI18n();
  return (
    <div id={id} className="visually-hidden">
      <p>{t('chart.keyMoments')}</p>
      <ul>
        {milestones.map((event) => (
          <li key={event.id}>
            {formatShortDate(event.date, intl)}: <span lang="en">{event.title}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
