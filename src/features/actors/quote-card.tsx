import type { Quote, Source } from '../../data/schema';
import { formatDate, formatSourceName, mediumWords } from '../../domain/format';
import { AppLink } from '../../ui/app-link';

interface QuoteCardProps {
  quote: Quote;
  speaker: string;
  placeName: string | null;
  /** The articles that report the quote, in the order of its evidence. */
  sources: readonly Source[];
  getSourceHref: (sourceId: string) => string;
  onOpenSource: (sourceId: string) => void;
}

/** A quote with who said it, when, where and how, and a Source link for each article reporting it. */
export function QuoteCard({ quote, speaker, placeName, sources, getSourceHref, onOpenSource }: QuoteCardProps) {
  const details = [
    quote.date === null ? 'Undated' : formatDate(quote.date),
    placeName,
    quote.medium === null ? null : mediumWords[quote.medium].label,
  ].filter((detail): detail is string => detail !== null);
  return (
    <figure className="quote-card">
      <blockquote className="quote-card__text">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="quote-card__caption">
        <span className="quote-card__speaker">{speaker}</span>
        {details.map((detail) => (
          <span key={detail} className="quote-card__detail">
            {' · '}
            {detail}
          </span>
        ))}
      </figcaption>
      <ul className="quote-card__sources">
        {sources.map((source) => (
          <li key={source.id}>
            <AppLink className="source-link" href={getSourceHref(source.id)} onNavigate={() => onOpenSource(source.id)}>
              Source <span className="source-link__detail">({formatSourceName(source)})</span>
            </AppLink>
          </li>
        ))}
      </ul>
    </figure>
  );
}
