import { useMemo } from 'react';
import type { Evidence } from '../../data/schema';
import { upperFirst } from '../../domain/format';
import { formatPointDate, type FigurePoint, type FigureSeries } from '../../domain/figure-series';
import type { ItemVoice, VoiceOf } from '../../domain/item-voice';
import { VoiceNotes } from '../../ui/voice-notes';
import { useI18n } from '../../ui/i18n/i18n';
import { numberFormat as localNumberFormat } from '../../domain/intl-formats';

interface FiguresTableProps {
  series: FigureSeries;
  /** The reports inside the date filter, oldest first. */
  points: FigurePoint[];
  /** "14 Aug 2020 to 27 Oct 2020", or null when no date filter narrows the table. */
  rangeText: string | null;
  sourceName: (sourceId: string) => string;
  /** Each figure's marks: its date or when it was reported, who says so, inferences and disagreements. */
  voiceOf: VoiceOf;
  onOpenPoint: (point: FigurePoint) => void;
  /** Opens the words of the other side of a disagreement. */
  onOpenEvidence: (evidence: Evidence) => void;
}

/**
 * The chart's data as a table: every report, vague ones included, with who reports it (and the words that say
 * so), its words, its source, what was inferred and who disagrees.
 */
export function FiguresTable({
  series,
  points,
  rangeText,
  sourceName,
  voiceOf,
  onOpenPoint,
  onOpenEvidence,
}: FiguresTableProps) {
  const i18n = useI18n();
  const { t, intl } = i18n;
  // One formatter for every row, in the reader's locale ("15,000", "15 000").
  const numberFormat = useMemo(() => localNumberFormat(intl), [intl]);
  const metricLabel = t(`chart.metric.${series.metric}`);
  return (
    <div className="figures-table">
      <table>
        <caption>
          {rangeText
            ? t('chart.tableCaptionRange', { metric: metricLabel, range: rangeText })
            : t('chart.tableCaption', { metric: metricLabel })}{' '}
          {t(`chart.reportCount.${series.metric}`, { count: points.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.column.date')}</th>
            <th scope="col">{t('chart.column.asReported')}</th>
            <th scope="col">{t('chart.column.number')}</th>
            <th scope="col">{t('chart.column.reportedBy')}</th>
            <th scope="col">{t('chart.column.source')}</th>
          </tr>
        </thead>
        <tbody>
          {points.length === 0 ? (
            <tr>
              <td colSpan={5}>{t(`chart.noReports.${series.metric}`)}</td>
            </tr>
          ) : (
            points.map((point) => {
              const evidence = point.figure.evidence[0];
              const voice = voiceOf({ kind: 'figure', id: point.figure.id });
              return (
                <tr key={point.figure.id}>
                  <td className="figures-table__date">
                    {point.figure.asOf === null ? (
                      upperFirst(voice?.shortDate ?? formatPointDate(point, i18n))
                    ) : (
                      // Breaks only before the year: "16 Aug / 2020", "13 авг. / 2020 г.".
                      <time dateTime={point.date}>{formatPointDate(point, i18n).replace(/ (?!\d{4})/g, '\u00a0')}</time>
                    )}
                  </td>
                  <th scope="row" lang="en">
                    {point.figure.label}
                  </th>
                  <td className="figures-table__number">
                    {point.value === null ? (
                      <span className="figures-table__vague">{t('chart.notGiven')}</span>
                    ) : (
                      numberFormat.format(point.value)
                    )}
                  </td>
                  <td>{voice ? <ReportedBy voice={voice} /> : null}</td>
                  <td>
                    {evidence ? (
                      <>
                        <q className="figures-table__quote">{evidence.exact}</q>
                        <button
                          type="button"
                          className="figures-table__source"
                          aria-label={t('chart.sourceFor', {
                            source: sourceName(evidence.sourceId),
                            label: point.figure.label,
                          })}
                          onClick={() => onOpenPoint(point)}
                        >
                          {sourceName(evidence.sourceId)}
                        </button>
                      </>
                    ) : null}
                    {voice ? (
                      <VoiceNotes
                        voice={voice}
                        buttonClassName="figures-table__source"
                        onOpenEvidence={onOpenEvidence}
                      />
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

/**
 * Who reports the figure: the outlet where the article counts in its own voice; otherwise who it attributes
 * the count to and how ("CNN estimate"), with the attributing words.
 */
function ReportedBy({ voice }: { voice: ItemVoice }) {
  const { attribution } = voice;
  if (attribution === null) return voice.reporter;
  return (
    <>
      <span className="figures-table__who">{attribution.label}</span>{' '}
      <q className="figures-table__quote">{attribution.evidence.exact}</q>
    </>
  );
}
