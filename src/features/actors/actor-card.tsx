import { memo, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Actor, Quote, Source } from '../../data/schema';
import { quotePageSize, sameItems } from './actor-paging';
import { QuoteCard } from './quote-card';
import { useQuoteLinks } from './quote-links';
import { ShowMoreButton } from './show-more-button';
import { formatDisplayName, getDisplayName, type DisplayName } from '../../domain/display-name';
import { useI18n } from '../../ui/i18n/i18n';

interface ActorCardProps {
  actor: Actor;
  /** This actor's quotes under the place and date filters, oldest first. */
  quotes: readonly Quote[];
  placeName: (placeId: string) => string;
  sourcesById: ReadonlyMap<string, Source>;
  selected: boolean;
  /** Called with the actor's id; the same function for every card, so a card draws again only when it changed. */
  onToggle: (actorId: string) => void;
}

/** The DOM id of an actor's card, so the panel can bring it into view. */
export const actorCardId = (actorId: string) => `actor-card-${actorId}`;

/**
 * One actor: a checkbox to filter by them, what they are, the other spellings the articles use, and
 * their quotes behind a button (open by itself once the actor is selected).
 */
function ActorCardView({ actor, quotes, placeName, sourcesById, selected, onToggle }: ActorCardProps) {
  const { t, locale } = useI18n();
  const display = getDisplayName(actor, locale);
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
        <input
          id={checkboxId}
          type="checkbox"
          checked={selected}
          onChange={() => onToggle(actor.id)}
          aria-describedby={detailsId}
        />
        <label htmlFor={checkboxId} className="actor-card__name">
          {display.name}
          {display.articleName === null ? null : (
            <span className="actor-card__article-name">
              {' '}
              {t('names.alsoSpelled')} <span lang="en">{display.articleName}</span>
            </span>
          )}
        </label>
        {quotes.length === 0 ? (
          <span className="actor-card__count">{t('actors.noQuotes')}</span>
        ) : (
          <button
            type="button"
            className="actor-card__count actor-card__toggle"
            aria-expanded={expanded}
            aria-controls={quotesId}
            onClick={() => setExpandedChoice(!expanded)}
          >
            {t('actors.quoteCount', { count: quotes.length })}
            <span className="visually-hidden">{t('actors.by', { name: display.name })}</span>
          </button>
        )}
      </div>
      <ActorDetails id={detailsId} actor={actor} display={display} aliases={aliases} />
      {expanded ? (
        <QuoteList
          id={quotesId}
          speaker={formatDisplayName(display, t)}
          quotes={quotes}
          placeName={placeName}
          sourcesById={sourcesById}
        />
      ) : null}
    </div>
  );
}

/**
 * Who the actor is, folded to its first lines when longer, with "more" to unfold it: a page of cards is a list to
 * scan, not to read. The folded text stays whole for screen readers; "more" appears only where lines are hidden.
 */
function ActorDetails({
  id,
  actor,
  display,
  aliases,
}: {
  id: string;
  actor: Actor;
  display: DisplayName;
  aliases: string[];
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLParagraphElement>(null);
  const [unfolded, setUnfolded] = useState(false);
  const hidesLines = useHidesLines(ref, !unfolded);
  return (
    <div className="actor-card__about">
      <p id={id} ref={ref} className={`actor-card__details${unfolded ? '' : ' actor-card__details--folded'}`}>
        <span className="badge">{t(`actors.kind.${actor.kind}`)}</span> <span lang="en">{actor.description}</span>
        {aliases.length > 0 ? (
          <span className="actor-card__aliases">{t('actors.alsoSpelled', { names: aliases.join(', ') })}</span>
        ) : null}
        {/* The shown name is not the articles': say where it comes from. */}
        {display.articleName === null ? null : <span> {t('names.editorSupplied')}</span>}
      </p>
      {unfolded || hidesLines ? (
        <button
          type="button"
          className="link-button actor-card__more"
          aria-expanded={unfolded}
          aria-controls={id}
          onClick={() => setUnfolded(!unfolded)}
        >
          {unfolded ? t('actors.less') : t('actors.more')}
          <span className="visually-hidden">{t('actors.about', { name: display.name })}</span>
        </button>
      ) : null}
    </div>
  );
}

/** Whether the folded element hides some of its lines, kept up to date as its width changes. */
function useHidesLines(ref: RefObject<HTMLElement | null>, folded: boolean): boolean {
  const [hides, setHides] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !folded) return;
    const measure = () => setHides(element.scrollHeight > element.clientHeight + 1);
    // The observer's first report comes after the browser's own layout, before paint: measuring here instead
    // would force a layout of the whole page for every card a filter change brings in.
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, folded]);
  return hides;
}

/** A card draws again only when its actor, selection or quotes change, not on every filter change. */
export const ActorCard = memo(
  ActorCardView,
  (before, after) =>
    before.actor === after.actor &&
    before.selected === after.selected &&
    before.placeName === after.placeName &&
    before.sourcesById === after.sourcesById &&
    before.onToggle === after.onToggle &&
    sameItems(before.quotes, after.quotes),
);

interface QuoteListProps {
  id: string;
  speaker: string;
  quotes: readonly Quote[];
  placeName: (placeId: string) => string;
  sourcesById: ReadonlyMap<string, Source>;
}

/** An actor's quotes, a page at a time: the busiest actors have hundreds. */
function QuoteList({ id, speaker, quotes, placeName, sourcesById }: QuoteListProps) {
  const { t } = useI18n();
  const { getQuoteSourceHref, onOpenQuoteSource, voiceOf } = useQuoteLinks();
  const [limit, setLimit] = useState(quotePageSize);
  const listRef = useRef<HTMLOListElement>(null);
  const shown = quotes.slice(0, limit);
  const hidden = quotes.length - shown.length;
  const showMore = () => {
    flushSync(() => setLimit(shown.length + quotePageSize));
    // The reader carries on from the first new quote; the button itself may be gone.
    const first = listRef.current?.children[shown.length];
    if (first instanceof HTMLElement) first.focus();
  };
  return (
    <>
      <ol id={id} ref={listRef} className="quote-list">
        {shown.map((quote) => (
          // Focusable by script only, so "Show more" can hand focus to the first new quote.
          <li key={quote.id} tabIndex={-1}>
            <QuoteCard
              quote={quote}
              speaker={speaker}
              placeName={quote.placeId === null ? null : placeName(quote.placeId)}
              voice={voiceOf({ kind: 'quote', id: quote.id })}
              // One link per article, even where an article reports the quote twice.
              sources={[...new Set(quote.evidence.map((item) => item.sourceId))].flatMap(
                (sourceId) => sourcesById.get(sourceId) ?? [],
              )}
              getSourceHref={getQuoteSourceHref}
              onOpenSource={onOpenQuoteSource}
            />
          </li>
        ))}
      </ol>
      {hidden > 0 ? (
        <ShowMoreButton
          next={Math.min(hidden, quotePageSize)}
          hidden={hidden}
          noun="quotes"
          context={t('actors.by', { name: speaker }).trim()}
          onClick={showMore}
        />
      ) : null}
    </>
  );
}
