import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { formatShortDate } from '../../domain/format';
import {
  formatPointDate,
  getDateTicks,
  getDayIndex,
  getMilestonesInRange,
  getNiceMax,
  getPointsInRange,
  getRangeFromIndexes,
  getValueTicks,
  toTime,
  type DatedEvent,
  type FigurePoint,
  type FigureSeries,
} from '../../domain/figure-series';
import { CHART_HEIGHT, LABEL_FONT, MAX_VAGUE_ROWS, vagueBandHeight } from './chart-geometry';
import { estimateTextWidth, layoutVagueLabels, pickLabelledMarks } from './label-layout';
import type { ItemVoice, VoiceOf } from '../../domain/item-voice';
import { Skeleton } from '../../ui/skeleton';
import { useAfterPaint } from '../../ui/use-after-paint';
import { useStableCallback } from '../../ui/use-stable-callback';
import { flushSync } from 'react-dom';
import { useI18n } from '../../ui/i18n/i18n';
import { getPlotGeometry } from './plot-geometry';
import { TimelinePlot } from './timeline-plot';

interface TimelineChartProps {
  series: FigureSeries;
  milestones: readonly DatedEvent[];
  /** Every day the brush can select, oldest first. */
  days: string[];
  from: string | null;
  to: string | null;
  onDateRangeChange: (from: string | null, to: string | null) => void;
  onOpenPoint: (point: FigurePoint) => void;
  sourceName: (sourceId: string) => string;
  /** Each figure's marks: its date or when it was reported, who says so, inferences and disagreements. */
  voiceOf: VoiceOf;
}

/** How long the brush waits after the last step (keyboard or a pause in dragging) before filtering the page. */
const COMMIT_DELAY = 400;

interface Active {
  point: FigurePoint;
  x: number;
  y: number;
  /** Show the tooltip left of the point, which is in the right half of the chart. */
  flip: boolean;
}

/**
 * The axes for the visible days: the value axis's ticks, the date ticks that fit the width, and the domain the marks
 * are placed in, which keeps its identity while its values do, so the plot's geometry is worked out only when it moves.
 */
function useChartAxes(series: FigureSeries, firstDay: string, lastDay: string, width: number) {
  const valueMax = useMemo(() => getNiceMax(series.numeric.map((point) => point.value!)), [series]);
  const valueTicks = useMemo(() => getValueTicks(valueMax, 4), [valueMax]);
  const maxDateTicks = Math.max(2, Math.floor((width - 110) / 64));
  const dateTicks = useMemo(() => getDateTicks(firstDay, lastDay, maxDateTicks), [firstDay, lastDay, maxDateTicks]);
  const domain = useMemo(
    () => ({ x: [toTime(firstDay), toTime(lastDay)] as const, y: [0, valueMax] as const }),
    [firstDay, lastDay, valueMax],
  );
  return { valueTicks, dateTicks, domain };
}

/**
 * The timeline: reports at their dates, milestones as labelled lines, and a brush under the axis that
 * narrows the whole page's date filter. The brush shows the selection at once and filters the page
 * when the drag ends (or after a pause), so dragging stays smooth. Memoised: a change of the actor filter leaves
 * every prop as it was.
 *
 * A box of the chart's size is painted first (the same <div>, so the observer stays on it), with the chart's words
 * around it; the drawing follows in a task of its own, at the measured width.
 */
export const TimelineChart = memo(function TimelineChart({
  series,
  milestones,
  days,
  from,
  to,
  onDateRangeChange,
  onOpenPoint,
  sourceName,
  voiceOf,
}: TimelineChartProps) {
  const { t, intl } = useI18n();
  const tooltipId = useId();
  const [active, setActive] = useState<Active | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapper);

  const dayTimes = useMemo(() => days.map(toTime), [days]);
  const { start, end, onBrushChange, onBrushDragEnd } = useBrushSelection(days, from, to, onDateRangeChange);
  const firstDay = days[start] ?? days[0]!;
  const lastDay = days[end] ?? days[days.length - 1]!;
  const describeDay = useCallback((index: number) => formatShortDate(days[index] ?? days[0]!, intl), [days, intl]);

  const points = useMemo(
    () => getPointsInRange([...series.numeric, ...series.vague], firstDay, lastDay).sort((a, b) => a.time - b.time),
    [series, firstDay, lastDay],
  );
  const axes = useChartAxes(series, firstDay, lastDay, width);
  const activate = useCallback(
    (point: FigurePoint, position: { x: number; y: number }) =>
      setActive({ point, ...position, flip: position.x > (wrapper.current?.clientWidth ?? 0) / 2 }),
    [],
  );
  const deactivate = useCallback(() => setActive(null), []);

  // Only milestones inside the visible days have a true place on the axis (a one-day axis puts every date on it).
  const drawnMilestones = useMemo(
    () => getMilestonesInRange(milestones, firstDay, lastDay).inside,
    [milestones, firstDay, lastDay],
  );

  const { vagueRows, bandHeight, height } = useChartHeight(points, width, firstDay, lastDay);
  const unit = t(`chart.unit.${series.metric}`);
  const painted = useAfterPaint();
  const placeholder = <Skeleton height={`${height}px`} />;
  return (
    <div className="timeline-chart" ref={wrapper}>
      {!painted || width === 0 ? (
        placeholder
      ) : (
        <TimelinePlot
          width={width}
          height={height}
          intl={intl}
          plotLabel={t('chart.plotLabel', { metric: t(`chart.metric.${series.metric}`) })}
          unit={unit}
          axes={axes}
          bandHeight={bandHeight}
          vagueRows={vagueRows}
          milestones={drawnMilestones}
          points={points}
          activeId={active?.point.figure.id ?? null}
          tooltipId={tooltipId}
          voiceOf={voiceOf}
          onActivate={activate}
          onDeactivate={deactivate}
          onOpenPoint={onOpenPoint}
          brush={{
            days: dayTimes,
            start,
            end,
            label: t('chart.brush.label'),
            startLabel: t('chart.brush.first'),
            endLabel: t('chart.brush.last'),
            describeDay,
            onChange: onBrushChange,
            onDragEnd: onBrushDragEnd,
          }}
        />
      )}
      {active ? (
        <PointTooltip
          id={tooltipId}
          active={active}
          unit={unit}
          sourceName={sourceName}
          voice={voiceOf({ kind: 'figure', id: active.point.figure.id })}
        />
      ) : null}
    </div>
  );
});

/**
 * The brush's selection: shown at once while the reader drags or steps a handle, handed to the page's
 * date filter when the drag ends or after a pause, so dragging stays smooth.
 */
function useBrushSelection(
  days: string[],
  from: string | null,
  to: string | null,
  onDateRangeChange: (from: string | null, to: string | null) => void,
) {
  const [pending, setPending] = useState<{ start: number; end: number } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const commit = useStableCallback((startIndex: number, endIndex: number) => {
    window.clearTimeout(timer.current);
    setPending(null);
    const range = getRangeFromIndexes(days, startIndex, endIndex);
    if (range.from !== from || range.to !== to) onDateRangeChange(range.from, range.to);
  });
  const onBrushChange = useCallback(
    ({ startIndex, endIndex }: { startIndex: number; endIndex: number }) => {
      setPending({ start: startIndex, end: endIndex });
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => commit(startIndex, endIndex), COMMIT_DELAY);
    },
    [commit],
  );
  const onBrushDragEnd = useCallback(
    ({ startIndex, endIndex }: { startIndex: number; endIndex: number }) => commit(startIndex, endIndex),
    [commit],
  );
  return {
    start: pending?.start ?? getDayIndex(days, from, 0),
    end: pending?.end ?? getDayIndex(days, to, days.length - 1),
    onBrushChange,
    onBrushDragEnd,
  };
}

/** The rows the vague reports need at this width, the band they take at the top, and the chart's height with it. */
function useChartHeight(points: readonly FigurePoint[], width: number, firstDay: string, lastDay: string) {
  const vagueRows = useMemo(
    () => countVagueRows(points, width, [toTime(firstDay), toTime(lastDay)]),
    [points, width, firstDay, lastDay],
  );
  const bandHeight = vagueBandHeight(vagueRows);
  return { vagueRows, bandHeight, height: CHART_HEIGHT + bandHeight - vagueBandHeight(1) };
}

/**
 * How many rows the band of vague reports needs for their printed labels at this width (the same layout
 * FigureMarks then draws), so neighbouring days do not print over each other.
 */
function countVagueRows(points: readonly FigurePoint[], width: number, domainX: readonly [number, number]): number {
  // Until the width is known, the least room the band takes: the labels' places are not known yet.
  if (width === 0) return 1;
  // Days fall across the plot whatever its height and the value axis.
  const { plot, x } = getPlotGeometry({
    width,
    height: CHART_HEIGHT,
    domain: { x: domainX, y: [0, 1] },
    bandHeight: 0,
  });
  const labelled = pickLabelledMarks(points);
  const layout = layoutVagueLabels(
    points
      .filter((point, index) => point.value === null && labelled.has(index))
      .map((point) => ({ x: x(point.time), width: estimateTextWidth(point.figure.label, LABEL_FONT) })),
    plot.x + plot.width,
    MAX_VAGUE_ROWS,
  );
  return layout.reduce((rows, item) => Math.max(rows, item.row + 1), 1);
}

interface PointTooltipProps {
  id: string;
  active: Active;
  /** What the figures count: "people detained". */
  unit: string;
  sourceName: (sourceId: string) => string;
  voice: ItemVoice | null;
}

/**
 * The focused or hovered report: its figure and date, who says so, what was inferred, the article's words and
 * which article, and whether another report disagrees. It describes the focused point, so it holds no controls.
 */
function PointTooltip({ id, active, unit, sourceName, voice }: PointTooltipProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { point } = active;
  const evidence = point.figure.evidence[0];
  const attribution = voice?.attribution;
  return (
    <div
      id={id}
      role="tooltip"
      className={`timeline-chart__tooltip${active.flip ? ' timeline-chart__tooltip--left' : ''}`}
      style={{ left: active.x, top: active.y }}
    >
      <p className="timeline-chart__tooltip-figure">
        <strong lang="en">{point.figure.label}</strong> {unit}, {voice?.shortDate ?? formatPointDate(point, i18n)}
      </p>
      {attribution ? (
        <p className="timeline-chart__tooltip-who">
          {attribution.label}: <span lang="en">“{attribution.evidence.exact}”</span>
        </p>
      ) : null}
      {voice?.inferences.map((mark) => (
        <p key={mark.note} className="timeline-chart__tooltip-note">
          {mark.label}: <span lang="en">{mark.note}</span>
        </p>
      ))}
      {evidence ? (
        <>
          <blockquote className="timeline-chart__tooltip-quote">“{evidence.exact}”</blockquote>
          <p className="timeline-chart__tooltip-source">
            {t('chart.tooltipSource', { source: sourceName(evidence.sourceId) })}
          </p>
        </>
      ) : null}
      {voice?.disagreements.map(({ other }) => (
        <p key={other.id} className="timeline-chart__tooltip-note">
          {t('chart.disagree', { who: other.who, words: other.words.join(' … '), source: other.sourceName })}
        </p>
      ))}
    </div>
  );
}

/**
 * The element's width in whole pixels, kept up to date as the layout changes: the chart is drawn at it and
 * date ticks are chosen to fit it. Until it is known the box of the chart's height stands in, so nothing moves.
 *
 * The first width is read in the next frame's animation callback and rendered at once, before that frame is laid out
 * for its paint: the read lays out only what the frame would lay out anyway, and the box is first painted at the
 * height that width gives. Read while rendering, it would lay out the page inside the task that renders the chart's
 * words; left to the observer, whose first report comes after the frame's layout, the box would change height
 * within the frame, which Chromium counts as a layout shift. The observer follows later changes.
 */
function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => Math.floor(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined' || typeof requestAnimationFrame === 'undefined') {
      setWidth(read());
      return;
    }
    const frame = requestAnimationFrame(() => flushSync(() => setWidth(read())));
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
