/**
 * The timeline's drawing: Recharts' surface with the axes, the marks and the brush. Recharts is most of the chart's
 * code, so this is a chunk of its own that loads once the chart's words are on screen (see TimelineChart).
 */
import { Brush, ComposedChart, XAxis, YAxis } from 'recharts';
import { formatDayMonth, toDate, type DatedEvent, type FigurePoint } from '../../domain/figure-series';
import type { VoiceOf } from '../../domain/item-voice';
import { numberFormat } from '../../domain/intl-formats';
import { ChartAxes, ValueGridLines } from './chart-axes';
import { FigureMarks, MilestoneMarks } from './chart-layers';
import { BRUSH_HEIGHT, MARGIN, PLOT_MARGIN, X_PADDING } from './chart-geometry';

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
 * Recharts compares most props by identity and, when one is new, updates its store and draws the whole chart
 * again: the brush's formatter and handlers keep their identity while their values do.
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
  const formats = getFormats(intl);
  return (
    <ComposedChart
      data={data}
      // Its size from here rather than `responsive`: Recharts would measure its box after each change of
      // height (a row of vague reports more or less) and draw every mark a second time, after the paint.
      width={width}
      height={height}
      margin={PLOT_MARGIN}
      // Recharts' own keyboard layer would step through every day of the timeline; the points are buttons instead.
      accessibilityLayer={false}
      // Browsers expose a bare <svg> as an image, whose contents screen readers may skip: these are controls.
      role="group"
      aria-label={plotLabel}
    >
      {/* The axes give the scales; ChartAxes draws them. Nice ticks off: the chart sets its own. */}
      <XAxis hide dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} padding={xPadding} />
      <YAxis
        hide
        type="number"
        domain={[0, axes.valueMax]}
        allowDataOverflow
        niceTicks="none"
        padding={{ top: bandHeight }}
      />
      <ValueGridLines ticks={axes.valueTicks} />
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
      <ChartAxes
        dateTicks={axes.dateTicks}
        valueTicks={axes.valueTicks}
        formatDate={formats.date}
        formatValue={formats.value}
        unit={unit}
      />
      <Brush
        dataKey="time"
        // Below the date axis: Recharts would put it straight under the plot, as it leaves no room for a hidden axis.
        y={height - MARGIN.bottom - BRUSH_HEIGHT}
        height={BRUSH_HEIGHT}
        travellerWidth={10}
        startIndex={brush.start}
        endIndex={brush.end}
        className="timeline-chart__brush"
        tickFormatter={formats.date}
        // Constant for a language, so React never rewrites it over the names the chart gives each handle.
        ariaLabel={brush.label}
        onChange={brush.onChange}
        onDragEnd={brush.onDragEnd}
      />
    </ComposedChart>
  );
}

const xPadding = { left: X_PADDING, right: X_PADDING };

// One set per locale, built once: Recharts draws the whole chart again when the brush's formatter is a new function.
const formatsByLocale = new Map<string, ReturnType<typeof makeFormats>>();
function makeFormats(intl: string) {
  const numbers = numberFormat(intl);
  return {
    date: (time: number) => formatDayMonth(toDate(time), intl),
    value: (value: number) => numbers.format(value),
  };
}
/** The axes' and the brush's labels in the reader's locale ("14 Aug", "15,000"; "14 авг.", "15 000"). */
function getFormats(intl: string) {
  let formats = formatsByLocale.get(intl);
  if (formats === undefined) {
    formats = makeFormats(intl);
    formatsByLocale.set(intl, formats);
  }
  return formats;
}
