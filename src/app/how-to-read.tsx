import { useI18n } from '../ui/i18n/i18n';
import { RichText } from '../ui/i18n/rich-text';

const marks = [
  'howToRead.undated',
  'howToRead.attributed',
  'howToRead.via',
  'howToRead.inferred',
  'howToRead.disagree',
] as const;

/**
 * The marks the page puts beside what the articles report, explained once, behind a disclosure in the header:
 * open, it is ordinary text for every reader; closed, it costs the first screen one line.
 */
export function HowToRead() {
  const { t } = useI18n();
  return (
    <details className="how-to-read">
      <summary>{t('howToRead.summary')}</summary>
      <ul className="how-to-read__list">
        {marks.map((mark) => (
          <li key={mark}>
            <RichText text={t(mark)} />
          </li>
        ))}
      </ul>
    </details>
  );
}
