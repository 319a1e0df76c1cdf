import type { Quote, Source } from '../../data/schema';
import { formatDate, formatSourceName, mediumWords } from '../../domain/format';

interface EmbedQuoteCardProps {
  quote: Quote;
  speaker: string;
  placeName: string | null;
  /** The articles that report the quote, in the order of its evidence. */
  sources: readonly Source[];
  /** The full dashboard opened at this quote in one article. */
  getSourceHref: (sourceId: string) => string;
}

/** One quote as a card for an article: the words, who said them, when and where, and the articles reporting them. */
export function EmbedQuoteCard({ quote, speaker, placeName, sources, getSourceHref }: EmbedQuoteCardProps) {
  const details = [
    quote.date === null ? null : formatDate(quote.date),
    placeName,
    quote.medium === null ? null : mediumWords[quote.medium].phrase,
  ].filter((detail): detail is string => detail !== null);
  return (
    <figure className="embed-quote">
      <blockquote className="embed-quote__text">
        <p>“{quote.text}”</p>
      </blockquote>
      <figcaption className="embed-quote__caption">
        <span className="embed-quote__speaker">{speaker}</span>
        {details.length > 0 ? <span className="embed-quote__details">{details.join(', ')}</span> : null}
      </figcaption>
      <p className="embed-quote__sources">
        {sources.length === 1 ? 'Source: ' : 'Sources: '}
        {sources.map((source, index) => (
          <span key={source.id}>
            {index > 0 ? '; ' : null}
            <a href={getSourceHref(source.id)} target="_blank" rel="noopener">
              {formatSourceName(source)}
              <span className="visually-hidden"> (the article, in a new tab)</span>
            </a>
          </span>
        ))}
      </p>
    </figure>
  );
}
