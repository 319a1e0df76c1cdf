/**
 * The chart's marks: milestone lines, the band for reports without a number, and the figures themselves as
 * focusable, labelled points.
 */
import { useState, type KeyboardEvent } from 'react';
import { formatShortDate } from '../../domain/format';
import { formatPointDate, toTime, type DatedEvent, type FigurePoint } from '../../domain/figure-series';
import type { VoiceOf } from '../../domain/item-voice';
import {
  assignRows,
  estimateTextWidth,
  getRovingIndex,
  layoutVagueLabels,
  pickLabelledMarks,
  placePointLabels,
  shortenTitle,
  type LabelSide,
} from './label-layout';
import type { Wording } from '../../domain/translate';
import {
  LABEL_FONT,
  MAX_VAGUE_ROWS,
  MILESTONE_ROW_HEIGHT,
  MILESTONE_ROWS,
  VAGUE_ROW_HEIGHT,
  vagueBandHeight,
} from './chart-geometry';
import { useI18n } from '../../ui/i18n/i18n';
import type { PlotBox, PlotGeometry } from './plot-geometry';

const MILESTONE_FONT = 11;

/** Vertical lines at key moments (the election, the ultimatum), labelled in rows above the plot. */
export function MilestoneMarks({
  milestones,
  geometry,
}: {
  milestones: readonly DatedEvent[];
  geometry: PlotGeometry;
}) {
  const { intl } = useI18n();
  const { plot } = geometry;
  const visible = milestones.flatMap((event) => {
    const x = geometry.x(toTime(event.date));
    return x < plot.x - 0.5 || x > plot.x + plot.width + 0.5 ? [] : [{ event, x }];
  });
  const labels = visible.map(({ event, x }) => {
    const text = shortenTitle(event.title);
    const width = estimateTextWidth(text, MILESTONE_FONT);
    // Labels run right of their line unless that would leave the chart.
    const anchorEnd = x + 4 + width > plot.x + plot.width;
    return { text, width, anchorEnd, start: anchorEnd ? x - 4 - width : x + 4, end: anchorEnd ? x - 4 : x + 4 + width };
  });
  const rows = assignRows(labels, MILESTONE_ROWS, 6);
  const top = plot.y - MILESTONE_ROWS * MILESTONE_ROW_HEIGHT - 4;
  return (
    <g className="milestone-marks" aria-hidden="true">
      {visible.map(({ event, x }, index) => {
        const label = labels[index]!;
        const y = top + (rows[index]! + 1) * MILESTONE_ROW_HEIGHT - 3;
        return (
          <g key={event.id}>
            <line className="milestone-marks__line" x1={x} x2={x} y1={y + 3} y2={plot.y + plot.height} />
            <text
              className="milestone-marks__label"
              x={label.anchorEnd ? x - 4 : x + 4}
              y={y}
              textAnchor={label.anchorEnd ? 'end' : 'start'}
            >
              <title>{`${formatShortDate(event.date, intl)}: ${event.title}`}</title>
              {label.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

interface FigureMarksProps {
  /** Numeric and vague reports inside the visible dates. */
  points: FigurePoint[];
  geometry: PlotGeometry;
  /** Rows the band of vague reports was given room for (see `countVagueRows`). */
  vagueRows: number;
  activeId: string | null;
  tooltipId: string;
  /** Each figure's marks: its date or when it was reported, and who says so. */
  voiceOf: VoiceOf;
  onActivate: (point: FigurePoint, position: { x: number; y: number }) => void;
  onDeactivate: () => void;
  onOpen: (point: FigurePoint) => void;
}

/** Where a point stands in the plot: y is null for a report without a number (it sits in the band). */
interface PlacedPoint {
  point: FigurePoint;
  x: number;
  y: number | null;
}

/**
 * Each report as a point labelled in the article's words ("more than 6,700"): numeric ones at their
 * value, vague ones ("thousands") in the band above, never at an invented height. Too many points to
 * label each (`pickLabelledMarks`) print only a few labels. Every point is a button: hovering or focusing
 * shows its quote, activating it opens the source. Only one is a tab stop; the arrow keys, Home and End
 * move between them in date order.
 */
export function FigureMarks({ points, geometry, ...rest }: FigureMarksProps) {
  const placed = points.map((point): PlacedPoint => ({
    point,
    x: geometry.x(point.time),
    y: point.value === null ? null : geometry.y(point.value),
  }));
  return <PlacedMarks placed={placed} plot={geometry.plot} {...rest} />;
}

interface PlacedMarksProps extends Omit<FigureMarksProps, 'points' | 'geometry'> {
  /** The points inside the plot, with their positions. */
  placed: PlacedPoint[];
  plot: PlotBox;
}

function PlacedMarks({
  placed,
  plot,
  vagueRows,
  activeId,
  tooltipId,
  voiceOf,
  onActivate,
  onDeactivate,
  onOpen,
}: PlacedMarksProps) {
  const i18n = useI18n();
  const { t } = i18n;
  // One mark is in the tab order (the last one focused, else the first); arrow keys move between them.
  const [tabStopId, setTabStopId] = useState<string | null>(null);

  // Only labelled marks go through the label layout: with hundreds of marks, that is one or two.
  const labelled = pickLabelledMarks(placed.map(({ point }) => point));
  const numeric = placed.filter((p, index) => p.y !== null && labelled.has(index));
  const numericSides = placePointLabels(
    numeric.map(({ point, x, y }) => ({
      x,
      y: y!,
      width: estimateTextWidth(point.figure.label, LABEL_FONT),
      height: LABEL_FONT + 2,
    })),
    {
      left: plot.x,
      top: plot.y + vagueBandHeight(vagueRows) - 4,
      right: plot.x + plot.width,
      bottom: plot.y + plot.height,
    },
  );
  const vague = placed.filter((p, index) => p.y === null && labelled.has(index));
  const vagueLayout = layoutVagueLabels(
    vague.map(({ point, x }) => ({ x, width: estimateTextWidth(point.figure.label, LABEL_FONT) })),
    plot.x + plot.width,
    MAX_VAGUE_ROWS,
  );
  const bandHeight = vagueBandHeight(vagueRows);

  const bandTop = plot.y;
  const marks = placed.map((entry, index) => {
    if (entry.y !== null) {
      const side = labelled.has(index) ? numericSides[numeric.indexOf(entry)]! : null;
      return { ...entry, y: entry.y, side, vague: false };
    }
    const layout = labelled.has(index) ? vagueLayout[vague.indexOf(entry)]! : null;
    return {
      ...entry,
      y: bandTop + 13 + (layout?.row ?? 0) * VAGUE_ROW_HEIGHT,
      side: layout?.side ?? null,
      vague: true,
    };
  });
  const tabStop = marks.some(({ point }) => point.figure.id === tabStopId) ? tabStopId : marks[0]?.point.figure.id;

  return (
    <g className="figure-marks">
      <g aria-hidden="true">
        <rect className="figure-marks__band" x={plot.x} y={bandTop} width={plot.width} height={bandHeight - 6} />
        <text className="figure-marks__band-label" x={plot.x - 8} y={bandTop + bandHeight / 2 - 6} textAnchor="end">
          <tspan x={plot.x - 8}>{t('chart.noNumber')}</tspan>
          <tspan x={plot.x - 8} dy={13}>
            {t('chart.given')}
          </tspan>
        </text>
        {/* The dots and diamonds, one path per look rather than an element per mark: hundreds of elements
            fewer to build, style and lay out on a redraw. Each mark's button below names it, is its hit
            area and draws its focus ring. */}
        {shapePaths(marks).map(({ className, d }) => (
          <path key={className} className={className} d={d} />
        ))}
      </g>
      {marks.map(({ point, x, y, side, vague: isVague }, index) => {
        const disputed = point.figure.disputedBy.length > 0;
        const open = () => onOpen(point);
        const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            open();
            return;
          }
          const next = getRovingIndex(event.key, index, marks.length);
          if (next === null) return;
          event.preventDefault();
          // The marks are this group's buttons in date order, the same order as `marks`.
          const buttons = event.currentTarget.parentElement?.querySelectorAll<SVGGElement>(':scope > .figure-mark');
          buttons?.[next]?.focus();
        };
        const text = side ? labelPosition(side, x, y) : null;
        return (
          <g
            key={point.figure.id}
            className={`figure-mark${isVague ? ' figure-mark--vague' : ''}${disputed ? ' figure-mark--disputed' : ''}${activeId === point.figure.id ? ' figure-mark--active' : ''}`}
            role="button"
            tabIndex={point.figure.id === tabStop ? 0 : -1}
            aria-label={describeFigure(point, voiceOf, i18n)}
            aria-describedby={activeId === point.figure.id ? tooltipId : undefined}
            onClick={open}
            onKeyDown={onKeyDown}
            onFocus={() => {
              setTabStopId(point.figure.id);
              onActivate(point, { x, y });
            }}
            onBlur={onDeactivate}
            onMouseEnter={() => onActivate(point, { x, y })}
            onMouseLeave={onDeactivate}
          >
            {/* A larger transparent target makes small points easy to hit; it draws the focus ring too. */}
            <circle className="figure-mark__target" cx={x} cy={y} r={12} />
            {text ? (
              <text className="figure-mark__label" x={text.x} y={text.y} textAnchor={text.anchor} aria-hidden="true">
                {point.figure.label}
              </text>
            ) : null}
          </g>
        );
      })}
    </g>
  );
}

/** The path of each look (dot or diamond, disputed or not) through all the marks that have it. */
function shapePaths(marks: readonly { point: FigurePoint; x: number; y: number; vague: boolean }[]) {
  const looks = [
    { className: 'figure-mark__shape', d: '' },
    { className: 'figure-mark__shape figure-mark__shape--disputed', d: '' },
    { className: 'figure-mark__shape figure-mark__shape--vague', d: '' },
    { className: 'figure-mark__shape figure-mark__shape--vague figure-mark__shape--disputed', d: '' },
  ];
  for (const { point, x, y, vague } of marks) {
    const look = looks[(vague ? 2 : 0) + (point.figure.disputedBy.length > 0 ? 1 : 0)]!;
    look.d += vague
      ? `M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`
      : `M${x - 5.5} ${y}a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0 -11 0Z`;
  }
  return looks.filter((look) => look.d !== '');
}

function labelPosition(
  side: LabelSide,
  x: number,
  y: number,
): { x: number; y: number; anchor: 'start' | 'end' | 'middle' } {
  switch (side) {
    case 'right':
      return { x: x + 9, y: y + 4, anchor: 'start' };
    case 'left':
      return { x: x - 9, y: y + 4, anchor: 'end' };
    case 'above':
      return { x, y: y - 10, anchor: 'middle' };
    case 'below':
      return { x, y: y + 20, anchor: 'middle' };
  }
}

// A figure's name is the same wherever and however often it is drawn in a language; hundreds are named on each redraw.
const names = new WeakMap<Wording['t'], WeakMap<FigurePoint['figure'], string>>();
function describeFigure(point: FigurePoint, voiceOf: VoiceOf, wording: Wording): string {
  let byFigure = names.get(wording.t);
  if (byFigure === undefined) {
    byFigure = new WeakMap();
    names.set(wording.t, byFigure);
  }
  let name = byFigure.get(point.figure);
  if (name === undefined) {
    name = describePoint(point, voiceOf, wording);
    byFigure.set(point.figure, name);
  }
  return name;
}

/**
 * "around 50,000 people, 16 Aug 2020, CNN estimate. Open the source." A vague report is quoted and said to
 * give no number, an undated one to have been reported: "“scores” people detained (no number given),
 * reported 27 Oct 2020; the article gives no date. Open the source."
 */
function describePoint(point: FigurePoint, voiceOf: VoiceOf, wording: Wording): string {
  const { t } = wording;
  const voice = voiceOf({ kind: 'figure', id: point.figure.id });
  const values = {
    label: point.figure.label,
    unit: t(`chart.unit.${point.figure.metric}`),
    date: voice?.shortDate ?? formatPointDate(point, wording),
    disputed: point.figure.disputedBy.length > 0 ? t('chart.point.disputed') : '',
  };
  const amount = t(point.value === null ? 'chart.point.vagueAmount' : 'chart.point.amount', values);
  return voice?.attribution
    ? t('chart.point.nameAttributed', { ...values, amount, who: voice.attribution.label })
    : t('chart.point.name', { ...values, amount });
}
