import { useEffect, useRef, useState } from 'react';
import type { Source } from '../data/schema';
import { formatSourceName } from '../domain/format';
import { AppLink } from '../ui/app-link';
import { useI18n } from '../ui/i18n/i18n';

/** Enough for a story's worth of articles; a year of coverage (thousands) waits for the reader to ask. */
export const articlesShownAtFirst = 12;

interface ArticleListProps {
  sources: Source[];
  hrefFor: (sourceId: string) => string;
  onOpen: (sourceId: string) => void;
}

/** The dashboard footer's list of articles, each opening in the Source viewer; long lists show their start. */
export function ArticleList({ sources, hrefFor, onOpen }: ArticleListProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [showAll, setShowAll] = useState(false);
  const firstRevealed = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (showAll) firstRevealed.current?.querySelector('a')?.focus();
  }, [showAll]);

  const shown = showAll ? sources : sources.slice(0, articlesShownAtFirst);
  return (
    <>
      <ul className="dashboard-footer__sources">
        {shown.map((source, index) => (
          <li key={source.id} ref={index === articlesShownAtFirst ? firstRevealed : undefined}>
            <AppLink href={hrefFor(source.id)} onNavigate={() => onOpen(source.id)}>
              {formatSourceName(source, i18n)}
            </AppLink>
          </li>
        ))}
      </ul>
      {shown.length < sources.length ? (
        <button type="button" className="show-more" onClick={() => setShowAll(true)}>
          {t('articles.showAll', { count: sources.length })}
        </button>
      ) : null}
    </>
  );
}
