import { formatPointDate, metricInfo, type FigurePoint, type FigureSeries } from '../../domain/figure-series';

interface FiguresTableProps {
  series: FigureSeries;
  /** The reports inside the date filter, oldest first. */
  points: FigurePoint[];
  /** "14 Aug 2020 to 27 Oct 2020", or null when no date filter narrows the table. */
  rangeText: string | null;
  sourceName: (sourceId: string) => string;
  onOpenPoint: (point: FigurePoint) => void;
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** The chart's data as a table: every report, vague ones included, with its words and its source. */
export function FiguresTable({ series, points, rangeText, sourceName, onOpenPoint }: FiguresTableProps) {
  const info = metricInfo[series.metric];
  return (
    <div className="figures-table">
      <table>
        <caption>
          {info.label} as reported{rangeText ? `, ${rangeText}` : ''}:{' '}
          {points.length === 1 ? `1 ${info.report}` : `${points.length} ${info.reports}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">As reported</th>
            <th scope="col">Number</th>
            <th scope="col">Source, in its words</th>
          </tr>
        </thead>
        <tbody>
          {points.length === 0 ? (
            <tr>
              <td colSpan={4}>No {info.reports} in the current selection.</td>
            </tr>
          ) : (
            points.map((point) => {
              const evidence = point.figure.evidence[0];
              return (
                <tr key={point.figure.id}>
                  <td className="figures-table__date">
                    {point.figure.asOf === null ? (
                      formatPointDate(point)
                    ) : (
                      <time dateTime={point.date}>{formatPointDate(point).replace(' ', '\u00a0')}</time>
                    )}
                  </td>
                  <th scope="row">{point.figure.label}</th>
                  <td className="figures-table__number">
                    {point.value === null ? (
                      <span className="figures-table__vague">not given</span>
                    ) : (
                      numberFormat.format(point.value)
                    )}
                  </td>
                  <td>
                    {evidence ? (
                      <>
                        <q className="figures-table__quote">{evidence.exact}</q>
                        <button
                          type="button"
                          className="figures-table__source"
                          aria-label={`Source: ${sourceName(evidence.sourceId)}, for “${point.figure.label}”`}
                          onClick={() => onOpenPoint(point)}
                        >
                          {sourceName(evidence.sourceId)}
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}
