/**
 * The timeline's drawing: one SVG at the chart's pixel size with the grid, the milestones, the marks, the axes and
 * the brush. Every part is the chart's own, so drawing it is one render of these elements and nothing else.
 */
import { useMemo } from 'react';
import { formatDayMonth, toDate, type DatedEvent, type FigurePoint } from '../../domain/figure-series';
import type { VoiceOf } from '../../domain/item-voice';
import { numberFormat } from '../../domain/intl-formats';
import { ChartAxes, ValueGridLines } from './chart-axes';
import { FigureMarks, MilestoneMarks } from './chart-layers';
import { BRUSH_HANDLE_WIDTH } from './chart-geometry';
import { DateBrush, type DateBrushProps } from './date-brush';
import { getPlotGeometry } from './plot-geometry';

/** The brush's selection, names and handlers; where it stands and its short labels come from the plot. */
type BrushSettings = Pick<
  DateBrushProps,
  'start' | 'end' | 'label' | 'startLabel' | 'endLabel' | 'describeDay' | 'onChange' | 'onDragEnd'
> & {
  /** Every day the brush selects among, as ms. */
  days: readonly number[];
};

export interface TimelinePlotProps {
  width: number;
  height: number;
  /** The reader's locale, for the axes' labels. */
  intl: string;
  plotLabel: string;
  /** What the values count ("people detained"), written up the value axis. */
  unit: string;
  axes: {
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
  brush: BrushSettings;
}

export function TimelinePlot({
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
  const { domain } = axes;
  const geometry = useMemo(
    () => getPlotGeometry({ width, height, domain, bandHeight }),
    [width, height, domain, bandHeight],
  );
  const formats = useMemo(() => makeFormats(intl), [intl]);
  const { days, ...brushSettings } = brush;
  return (
    <svg
      className="timeline-chart__surface"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      // Browsers expose a bare <svg> as an image, whose contents screen readers may skip: these are controls.
      role="group"
      aria-label={plotLabel}
    >
      <ValueGridLines ticks={axes.valueTicks} geometry={geometry} />
      <MilestoneMarks milestones={milestones} geometry={geometry} />
      <FigureMarks
        points={points}
        geometry={geometry}
        vagueRows={vagueRows}
        activeId={activeId}
        tooltipId={tooltipId}
        voiceOf={voiceOf}
        onActivate={onActivate}
        onDeactivate={onDeactivate}
        onOpen={onOpenPoint}
      />
      <ChartAxes
        geometry={geometry}
        dateTicks={axes.dateTicks}
        valueTicks={axes.valueTicks}
        formatDate={formats.date}
        formatValue={formats.value}
        unit={unit}
      />
      <DateBrush
        {...geometry.brush}
        {...brushSettings}
        travellerWidth={BRUSH_HANDLE_WIDTH}
        count={days.length}
        svgWidth={width}
        labelDay={(index) => formats.date(days[index] ?? 0)}
      />
    </svg>
  );
}

/** The axes' and the brush's labels in the reader's locale ("14 Aug", "15,000"; "14 авг.", "15 000"). */
function makeFormats(intl: string) {
  const numbers = numberFormat(intl);
  return {
    date: (time: number) => formatDayMonth(toDate(time), intl),
    value: (value: number) => numbers.format(value),
  };
}
