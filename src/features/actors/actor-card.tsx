import { useId, useState } from 'react';
import type { Actor, Quote, Source } from '../../data/schema';
import { formatCount } from '../../domain/format';
import { QuoteCard } from './quote-card';

interface ActorCardProps {
  actor: Actor;
  /** This actor's quotes under the place and date filters, oldest first. */
  quotes: readonly Quote[];
  placeNames: ReadonlyMap<string, string>;
  sourcesById: ReadonlyMap<string, Source>;
  selected: boolean;
  onToggle: () => void;
  getQuoteSourceHref: (quoteId: string, sourceId: string) => string;
  onOpenQuoteSource: (quoteId: string, sourceId: string) => void;
}

/** The DOM id of an actor's card, so the panel can bring it into view. */
export const actorCardId = (actorId: string) => `actor-card-${actorId}`;

const kindLabels: Record<Actor['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  state: 'State',
  group: 'Group',
};

/**
 * One actor: a checkbox to filter by them, what they are, the other spellings the articles use, and
 * their quotes behind a button (open by itself once the actor is selected).
 */
export function ActorCard({
  actor,
  quotes,
  placeNames,
  sourcesById,
  selected,
  onToggle,
  getQuoteSourceHref,
  onOpenQuoteSource,
}: ActorCardProps) {
  const checkboxId = useId();
  const detailsId = useId();
  const quotesId = useId();
  // null: follow the selection; a reader's own click then wins.
  const [expandedChoice, setExpandedChoice] = useState<boolean | null>(null);
  const expanded = quotes.length > 0 && (expandedChoice ?? selected);
  // The name is already the title; repeating it under "also spelled" says nothing.
  const aliases = actor.aliases.filter((alias) => alias !== actor.name);
  return (
    <div id={actorCardId(actor.id)} className={`actor-card${selected ? ' actor-card--selected' : ''}`}>
      <div className="actor-card__head">
        <input id={checkboxId} type="checkbox" checked={selected} onChange={onToggle} aria-describedby={detailsId} />
        <label htmlFor={checkboxId} className="actor-card__name">
          {actor.name}
        </label>
        {quotes.length === 0 ? (
          <span className="actor-card__count">0 quotes</span>
        ) : (
          <button
            type="button"
            className="actor-card__count actor-card__toggle"
            aria-expanded={expanded}
            aria-controls={quotesId}
            onClick={() => setExpandedChoice(!expanded)}
          >
            {formatCount(quotes.length, 'quote')}
            <span className="visually-hidden"> by {actor.name}</span>
          </button>
        )}
      </div>
      <p id={detailsId} className="actor-card__details">
        <span className="badge">{kindLabels[actor.kind]}</span> {actor.description}
        {aliases.length > 0 ? <span className="actor-card__aliases"> Also spelled: {aliases.join(', ')}.</span> : null}
      </p>
      {expanded ? (
        <ol id={quotesId} className="quote-list">
          {quotes.map((quote) => (
            <li key={quote.id}>
              <QuoteCard
                quote={quote}
                speaker={actor.name}
                placeName={quote.placeId === null ? null : (placeNames.get(quote.placeId) ?? null)}
                // One link per article, even where an article reports the quote twice.
                sources={[...new Set(quote.evidence.map((item) => item.sourceId))].flatMap(
                  (id) => sourcesById.get(id) ?? [],
                )}
                getSourceHref={(sourceId) => getQuoteSourceHref(quote.id, sourceId)}
                onOpenSource={(sourceId) => onOpenQuoteSource(quote.id, sourceId)}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
