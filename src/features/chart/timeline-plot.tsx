/**
 * The timeline's drawing: Recharts' surface with the axes, the marks and the brush. Recharts is most of the chart's
 * code, so this is a chunk of its own that loads once the chart's words are on screen (see TimelineChart).
 */
import { useMemo } from 'react';
import { Brush, CartesianGrid, ComposedChart, XAxis, YAxis, type BaseTickContentProps } from 'recharts';
import { formatDayMonth, toDate, type DatedEvent, type FigurePoint } from '../../domain/figure-series';
import type { VoiceOf } from '../../domain/item-voice';
import { numberFormat } from '../../domain/intl-formats';
import { FigureMarks, MilestoneMarks } from './chart-layers';
import { MARGIN, X_PADDING, Y_AXIS_WIDTH } from './chart-geometry';

export interface TimelinePlotProps {
  /** One entry per day of the timeline, `{ time }` in ms. */
  data: readonly { time: number }[];
  width: number;
  height: number;
  /** The reader's locale, for the axes' and the brush's labels. */
  intl: string;
  plotLabel: string;
  /** What the values count ("people detained"), written up the value axis. */
  unit: string;
  axes: {
    valueMax: number;
    valueTicks: number[];
    dateTicks: number[];
    domain: { x: readonly [number, number]; y: readonly [number, number] };
  };
  bandHeight: number;
  vagueRows: number;
  milestones: readonly DatedEvent[];
  points: FigurePoint[];
  activeId: string | null;
  tooltipId: string;
  voiceOf: VoiceOf;
  onActivate: (point: FigurePoint, position: { x: number; y: number }) => void;
  onDeactivate: () => void;
  onOpenPoint: (point: FigurePoint) => void;
  brush: {
    start: number;
    end: number;
    label: string;
    onChange: (range: { startIndex: number; endIndex: number }) => void;
    onDragEnd: (range: { startIndex: number; endIndex: number }) => void;
  };
}

/**
 * Where the grid's vertical lines go: nowhere, as it draws none. Recharts' own generator runs even then, and lays
 * out the date axis's labels again by measuring each one's text in the DOM: a tenth of the chart's first drawing.
 */
const noGridLines = () => [];

/** The value axis's unit, written up its left side. */
const axisUnitLabel = (unit: string) =>
  ({ value: unit, angle: -90, position: 'insideBottomLeft', offset: 14, className: 'timeline-chart__unit' }) as const;

/**
 * Recharts compares most axis props by identity and, when one is new, updates its store and draws the whole chart
 * again: the caller keeps ticks, labels and handlers the same objects while their values are.
 */
export default function TimelinePlot({
  data,
  width,
  height,
  intl,
  plotLabel,
  unit,
  axes,
  bandHeight,
  vagueRows,
  milestones,
  points,
  activeId,
  tooltipId,
  voiceOf,
  onActivate,
  onDeactivate,
  onOpenPoint,
  brush,
}: TimelinePlotProps) {
  const ticks = getTickRenderers(intl);
  const unitLabel = useMemo(() => axisUnitLabel(unit), [unit]);
  return (
    <ComposedChart
      data={data}
      // Its size from here rather than `responsive`: Recharts would measure its box after each change of
      // height (a row of vague reports more or less) and draw every mark a second time, after the paint.
      width={width}
      height={height}
      margin={MARGIN}
      // Recharts' own keyboard layer would step through every day of the timeline; the points are buttons instead.
      accessibilityLayer={false}
      // Browsers expose a bare <svg> as an image, whose contents screen readers may skip: these are controls.
      role="group"
      aria-label={plotLabel}
    >
      <CartesianGrid vertical={false} verticalCoordinatesGenerator={noGridLines} />
      <XAxis
        dataKey="time"
        type="number"
        scale="time"
        domain={['dataMin', 'dataMax']}
        ticks={axes.dateTicks}
        interval={0}
        tick={ticks.date}
        padding={{ left: X_PADDING, right: X_PADDING }}
      />
      <YAxis
        type="number"
        domain={[0, axes.valueMax]}
        ticks={axes.valueTicks}
        // Every tick drawn, as on the date axis: Recharts' default thins ticks by measuring each label's text,
        // which the grid repeats, on every change of the value axis. These few never overlap.
        interval={0}
        allowDataOverflow
        tick={ticks.value}
        padding={{ top: bandHeight }}
        width={Y_AXIS_WIDTH}
        label={unitLabel}
      />
      <MilestoneMarks milestones={milestones} />
      <FigureMarks
        points={points}
        domain={axes.domain}
        vagueRows={vagueRows}
        activeId={activeId}
        tooltipId={tooltipId}
        voiceOf={voiceOf}
        onActivate={onActivate}
        onDeactivate={onDeactivate}
        onOpen={onOpenPoint}
      />
      <Brush
        dataKey="time"
        height={32}
        travellerWidth={10}
        startIndex={brush.start}
        endIndex={brush.end}
        className="timeline-chart__brush"
        tickFormatter={ticks.brush}
        // Constant for a language, so React never rewrites it over the names the chart gives each handle.
        ariaLabel={brush.label}
        onChange={brush.onChange}
        onDragEnd={brush.onDragEnd}
      />
    </ComposedChart>
  );
}

/**
 * Axis labels as plain SVG text. Recharts' own <Text> measures each label's words in the DOM to wrap
 * them, which forces a layout of the whole page on every filter change; these labels never wrap.
 */
function renderTick(format: (value: number) => string) {
  function Tick({ x, y, payload, textAnchor, verticalAnchor, className, fill }: BaseTickContentProps) {
    // The shifts Recharts gives a line of text anchored at its top or its middle.
    const dy = verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : undefined;
    return (
      <text x={x} y={y} dy={dy} textAnchor={textAnchor} className={className} fill={fill}>
        {format(Number(payload.value))}
      </text>
    );
  }
  return Tick;
}

// One set per locale, built once: Recharts draws the whole chart again when a tick renderer is a new function.
const tickRenderers = new Map<string, ReturnType<typeof makeTickRenderers>>();
function makeTickRenderers(intl: string) {
  const numbers = numberFormat(intl);
  const brush = (time: number) => formatDayMonth(toDate(time), intl);
  return { brush, date: renderTick(brush), value: renderTick((value) => numbers.format(value)) };
}
/** The axes' and the brush's labels in the reader's locale ("14 Aug", "15,000"; "14 авг.", "15 000"). */
function getTickRenderers(intl: string) {
  let renderers = tickRenderers.get(intl);
  if (renderers === undefined) {
    renderers = makeTickRenderers(intl);
    tickRenderers.set(intl, renderers);
  }
  return renderers;
}
