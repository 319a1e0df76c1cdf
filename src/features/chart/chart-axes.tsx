/**
 * The timeline's grid and axes: ticks 6 px long, labels 2 px beyond them, the unit 14 px inside the value axis's
 * bottom-left corner.
 */
import { Y_AXIS_WIDTH } from './chart-geometry';
import type { PlotGeometry } from './plot-geometry';

const TICK_SIZE = 6;
const TICK_MARGIN = 2;
const UNIT_OFFSET = 14;

/** A line at each of the value axis's ticks and one along the top of the plot, above the band of vague reports. */
export function ValueGridLines({ ticks, geometry }: { ticks: readonly number[]; geometry: PlotGeometry }) {
  const { plot } = geometry;
  // Each height once: the top tick and the plot's top meet when there is no band above.
  const ys = [...new Set([...ticks.map(geometry.y), plot.y])];
  return (
    <g className="timeline-chart__grid" aria-hidden="true">
      {ys.map((y) => (
        <line key={y} x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} />
      ))}
    </g>
  );
}

interface ChartAxesProps {
  geometry: PlotGeometry;
  dateTicks: readonly number[];
  valueTicks: readonly number[];
  formatDate: (time: number) => string;
  formatValue: (value: number) => string;
  /** What the values count ("people detained"), written up the value axis. */
  unit: string;
}

/** The date axis under the plot and the value axis left of it, with their ticks, labels and the values' unit. */
export function ChartAxes({ geometry, dateTicks, valueTicks, formatDate, formatValue, unit }: ChartAxesProps) {
  const { plot } = geometry;
  const bottom = plot.y + plot.height;
  const unitX = plot.x - Y_AXIS_WIDTH + UNIT_OFFSET;
  const unitY = bottom - UNIT_OFFSET;
  return (
    <g className="timeline-chart__axes">
      <g className="timeline-chart__axis timeline-chart__axis--date">
        <line className="timeline-chart__axis-line" x1={plot.x} x2={plot.x + plot.width} y1={bottom} y2={bottom} />
        {dateTicks.map((tick) => {
          const x = geometry.x(tick);
          return (
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
          const y = geometry.y(tick);
          return (
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
