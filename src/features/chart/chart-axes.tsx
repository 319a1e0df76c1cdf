/**
 * The timeline's grid and axes, drawn with Recharts' scales but not by Recharts: its axes lay out and measure their
 * ticks (which these charts set themselves) and its grid lays out the date ticks again for lines it never draws,
 * together about two fifths of the chart's first drawing. The geometry is Recharts' own: ticks 6 px long, labels
 * 2 px beyond them, the unit 14 px inside the value axis's bottom-left corner.
 */
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { Y_AXIS_WIDTH } from './chart-geometry';

const TICK_SIZE = 6;
const TICK_MARGIN = 2;
const UNIT_OFFSET = 14;

/** A line at each of the value axis's ticks and one along the top of the plot, above the band of vague reports. */
export function ValueGridLines({ ticks }: { ticks: readonly number[] }) {
  const plot = usePlotArea();
  const yScale = useYAxisScale();
  if (!plot || !yScale) return null;
  // Each height once: the top tick and the plot's top meet when there is no band above.
  const ys = [...new Set([...ticks.map((tick) => yScale(tick)), plot.y])].filter((y) => y !== undefined);
  return (
    <g className="timeline-chart__grid" aria-hidden="true">
      {ys.map((y) => (
        <line key={y} x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} />
      ))}
    </g>
  );
}

interface ChartAxesProps {
  dateTicks: readonly number[];
  valueTicks: readonly number[];
  formatDate: (time: number) => string;
  formatValue: (value: number) => string;
  /** What the values count ("people detained"), written up the value axis. */
  unit: string;
}

/** The date axis under the plot and the value axis left of it, with their ticks, labels and the values' unit. */
export function ChartAxes({ dateTicks, valueTicks, formatDate, formatValue, unit }: ChartAxesProps) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!plot || !xScale || !yScale) return null;
  const bottom = plot.y + plot.height;
  const unitX = plot.x - Y_AXIS_WIDTH + UNIT_OFFSET;
  const unitY = bottom - UNIT_OFFSET;
  return (
    <g className="timeline-chart__axes">
      <g className="timeline-chart__axis timeline-chart__axis--date">
        <line className="timeline-chart__axis-line" x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} />
        {dateTicks.map((tick) => {
          const x = xScale(tick);
          return x === undefined ? null : (
            <g key={tick}>
              <line className="timeline-chart__tick-line" x1={x} x2={x} y1={bottom} y2={bottom + TICK_SIZE} />
              <text
                className="timeline-chart__tick-label"
                x={x}
                y={bottom + TICK_SIZE + TICK_MARGIN}
                dy="0.71em"
                textAnchor="middle"
              >
                {formatDate(tick)}
              </text>
            </g>
          );
        })}
      </g>
      <g className="timeline-chart__axis timeline-chart__axis--value">
        <line className="timeline-chart__axis-line" x1={plot.x} x2={plot.x} y1={plot.y} y2={bottom} />
        {valueTicks.map((tick) => {
          const y = yScale(tick);
          return y === undefined ? null : (
            <g key={tick}>
              <line className="timeline-chart__tick-line" x1={plot.x - TICK_SIZE} x2={plot.x} y1={y} y2={y} />
              <text
                className="timeline-chart__tick-label"
                x={plot.x - TICK_SIZE - TICK_MARGIN}
                y={y}
                dy="0.355em"
                textAnchor="end"
              >
                {formatValue(tick)}
              </text>
            </g>
          );
        })}
        <text className="timeline-chart__unit" x={unitX} y={unitY} transform={`rotate(-90, ${unitX}, ${unitY})`}>
          {unit}
        </text>
      </g>
    </g>
  );
}
