import { lazy, memo, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
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
import { CHART_HEIGHT, LABEL_FONT, MAX_VAGUE_ROWS, PLOT_MARGIN, vagueBandHeight, X_PADDING } from './chart-geometry';
import { estimateTextWidth, layoutVagueLabels, pickLabelledMarks } from './label-layout';
import type { ItemVoice, VoiceOf } from '../../domain/item-voice';
import { Skeleton } from '../../ui/skeleton';
import { useAfterPaint } from '../../ui/use-after-paint';
import { useStableCallback } from '../../ui/use-stable-callback';
import { useI18n, type I18n } from '../../ui/i18n/i18n';

// Recharts is most of the chart's code: its chunk is asked for only once the chart's words are painted, so that
// they never wait for it, and its download does not share the network with what they need. The chunk's evaluation
// and the chart's first render each get a task of their own: together they block a slow phone for over 50 ms.
const TimelinePlot = lazy(() =>
  import('./timeline-plot').then(
    (module) => new Promise<typeof module>((resolve) => setTimeout(() => resolve(module))),
  ),
);

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
 * The axes' scales for the visible days: the value axis's top and ticks, the date ticks that fit the width, and the
 * domain the marks are placed in. Recharts compares most axis props by identity and, when one is new, updates its
 * store and draws the whole chart again: ticks, labels and handlers keep their identity while their values do.
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
  return { valueMax, valueTicks, dateTicks, domain };
}

/**
 * The timeline: reports at their dates, milestones as labelled lines, and a brush under the axis that
 * narrows the whole page's date filter. The brush shows the selection at once and filters the page
 * when the drag ends (or after a pause), so dragging stays smooth. Memoised: Recharts redraws at a cost,
 * and a change of the actor filter leaves every prop as it was.
 *
 * Recharts' first drawing is the page's costliest task: a box of the chart's size is painted first (the same
 * <div>, so the observers stay on it), then Recharts' chunk is fetched and the chart drawn in a task of its own,
 * at its measured width.
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
  const i18n = useI18n();
  const { t, intl } = i18n;
  const tooltipId = useId();
  const [active, setActive] = useState<Active | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const width = useElementWidth(wrapper);

  const data = useMemo(() => days.map((day) => ({ time: toTime(day) })), [days]);
  const { start, end, onBrushChange, onBrushDragEnd } = useBrushSelection(days, from, to, onDateRangeChange);
  const firstDay = days[start] ?? days[0]!;
  const lastDay = days[end] ?? days[days.length - 1]!;
  useBrushHandleNames(wrapper, firstDay, lastDay, i18n);
  useLayersOutOfTabOrder(wrapper);

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
        <Suspense fallback={placeholder}>
          <TimelinePlot
            data={data}
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
              start,
              end,
              // Constant for a language, so React never rewrites it over the names useBrushHandleNames gives each handle.
              label: t('chart.brush.label'),
              onChange: onBrushChange,
              onDragEnd: onBrushDragEnd,
            }}
          />
        </Suspense>
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
 * FigureMarks then draws with Recharts' own scale), so neighbouring days do not print over each other.
 */
function countVagueRows(points: readonly FigurePoint[], width: number, [t0, t1]: readonly [number, number]): number {
  const left = PLOT_MARGIN.left + X_PADDING;
  const right = width - PLOT_MARGIN.right - X_PADDING;
  const labelled = pickLabelledMarks(points);
  const layout = layoutVagueLabels(
    points
      .filter((point, index) => point.value === null && labelled.has(index))
      .map((point) => ({
        x: left + ((point.time - t0) / Math.max(1, t1 - t0)) * (right - left),
        width: estimateTextWidth(point.figure.label, LABEL_FONT),
      })),
    right + X_PADDING,
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
 * The observer reports it from the layout the browser makes for its next paint: reading it here would force a
 * layout of the whole page inside the task that renders the chart's words.
 */
function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(Math.floor(element.getBoundingClientRect().width));
      return;
    }
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Recharts gives both brush handles one label and a pixel offset as their value; name each handle and
 * say its date instead ("First day shown", "14 Aug 2020"). Recharts draws the handles in renders of its
 * own (the chart is memoised, so this component may not render again), hence the observer.
 */
function useBrushHandleNames(
  ref: RefObject<HTMLElement | null>,
  firstDay: string,
  lastDay: string,
  { t, intl }: Pick<I18n, 't' | 'intl'>,
) {
  useEffect(() => {
    const wrapper = ref.current;
    if (!wrapper) return;
    const name = () => {
      const handles = [...wrapper.querySelectorAll<SVGGElement>('.recharts-brush-traveller')].sort(
        (a, b) => Number(a.getAttribute('aria-valuenow')) - Number(b.getAttribute('aria-valuenow')),
      );
      const [first, last] = handles;
      const set = (element: SVGGElement | undefined, attribute: string, value: string) => {
        if (element && element.getAttribute(attribute) !== value) element.setAttribute(attribute, value);
      };
      set(first, 'aria-label', t('chart.brush.first'));
      set(first, 'aria-valuetext', formatShortDate(firstDay, intl));
      set(last, 'aria-label', t('chart.brush.last'));
      set(last, 'aria-valuetext', formatShortDate(lastDay, intl));
    };
    name();
    if (typeof MutationObserver === 'undefined') return;
    // Only new handles and their moves are watched, so the names set here do not wake the observer again.
    const observer = new MutationObserver(name);
    observer.observe(wrapper, { childList: true, subtree: true, attributeFilter: ['aria-valuenow', 'aria-label'] });
    return () => observer.disconnect();
  }, [ref, firstDay, lastDay, t, intl]);
}

/**
 * Recharts draws its layers (grid, axes, labels) into <g> elements it renders React portals into. React listens for
 * focus events on every portal container, and Chromium makes an SVG element with focus listeners a Tab stop: three
 * unnamed stops between the chart's controls. They are drawing, not controls; tabindex -1 takes them out of the Tab
 * order and leaves what they hold as it was.
 */
function useLayersOutOfTabOrder(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const wrapper = ref.current;
    if (!wrapper) return;
    const update = () => {
      for (const layer of wrapper.querySelectorAll('g[class^="recharts-zIndex-layer"]:not([tabindex])')) {
        layer.setAttribute('tabindex', '-1');
      }
    };
    update();
    if (typeof MutationObserver === 'undefined') return;
    // Layers come and go with what the chart draws; only added nodes are watched.
    const observer = new MutationObserver(update);
    observer.observe(wrapper, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}
