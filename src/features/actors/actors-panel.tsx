import { Fragment, lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { Actor, Quote, Source } from '../../data/schema';
import { groupActorsBySide, type ActorGroup } from '../../domain/actor-groups';
import type { VoiceOf } from '../../domain/item-voice';
import { ActorCard, actorCardId } from './actor-card';
import { actorPageSize, getVisibleItems, rankActorsByQuotes, virtualListThreshold } from './actor-paging';
import { QuoteLinksContext } from './quote-links';
import { useStableCallback } from '../../ui/use-stable-callback';
import { ShowMoreButton } from './show-more-button';
import './actors-panel.css';
import type { MessageKey } from '../../domain/translate';
import { getDisplayName } from '../../domain/display-name';
import { useI18n } from '../../ui/i18n/i18n';

export interface ActorsPanelProps {
  actors: readonly Actor[];
  /** "Minsk" for `minsk`: where each quote was said. */
  placeName: (placeId: string) => string;
  sources: readonly Source[];
  /** Each actor's quotes under the place and date filters, whichever actors are selected. */
  quotesByActor: ReadonlyMap<string, readonly Quote[]>;
  selectedActorIds: readonly string[];
  onToggleActor: (actorId: string) => void;
  getQuoteSourceHref: (quoteId: string, sourceId: string) => string;
  onOpenQuoteSource: (quoteId: string, sourceId: string) => void;
  /** Each quote's marks: its date or when it was reported, its relay, inferences and disagreements. */
  voiceOf: VoiceOf;
  /** The line above the list: what ticking an actor does where the panel stands. */
  hint?: MessageKey;
  /**
   * Long sides (over `virtualListThreshold` actors): drawn only where the window shows them, or paged with "Show more".
   * An embed pages them: its frame grows to fit what it draws, so every card would count as on screen.
   */
  longLists?: 'virtual' | 'paged';
}

type RevealCard = (actorId: string) => boolean;

// Loaded only for a side too long to draw whole: the real dataset never needs it.
const VirtualActorList = lazy(() =>
  import('./virtual-actor-list').then((module) => ({ default: module.VirtualActorList })),
);

const focusActorCheckbox = (actorId: string) =>
  document.getElementById(actorCardId(actorId))?.querySelector('input')?.focus({ preventScroll: true });

/** Brings an actor's card on screen and focuses its checkbox; a virtual list draws the card first. */
function goToActorCard(actorId: string, revealers: ReadonlyMap<string, RevealCard>) {
  if (![...revealers.values()].some((reveal) => reveal(actorId))) {
    const card = document.getElementById(actorCardId(actorId));
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    card?.scrollIntoView?.({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }
  focusActorCheckbox(actorId);
}

/**
 * Every actor, grouped by side: a checkbox to filter by them, who they are, and what they said. Each side
 * shows its most quoted actors first and a page at a time; selected actors are always on screen.
 */
export function ActorsPanel({
  actors,
  placeName,
  sources,
  quotesByActor,
  selectedActorIds,
  onToggleActor,
  getQuoteSourceHref,
  onOpenQuoteSource,
  voiceOf,
  hint = 'actors.hint.dashboard',
  longLists = 'virtual',
}: ActorsPanelProps) {
  const { t, locale } = useI18n();
  const selected = useMemo(() => new Set(selectedActorIds), [selectedActorIds]);
  const sourcesById = useMemo(() => new Map(sources.map((source) => [source.id, source])), [sources]);
  const groups = useMemo(() => groupActorsBySide(actors, t), [actors, t]);
  const selectedActors = actors.filter((actor) => selected.has(actor.id));

  // Actors the reader has ticked or unticked here stay on screen, so a checkbox never vanishes under focus.
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const toggleLatest = useStableCallback(onToggleActor);
  const toggle = useCallback(
    (actorId: string) => {
      setTouched((before) => (before.has(actorId) ? before : new Set(before).add(actorId)));
      toggleLatest(actorId);
    },
    [toggleLatest],
  );
  const openSource = useStableCallback(onOpenQuoteSource);
  const quoteLinks = useMemo(
    () => ({ getQuoteSourceHref, onOpenQuoteSource: openSource, voiceOf }),
    [getQuoteSourceHref, openSource, voiceOf],
  );
  // Each virtual list's way to draw a card before "Jump to" scrolls to it, by side.
  const [revealers] = useState(() => new Map<string, RevealCard>());
  const isPinned = useCallback((actor: Actor) => selected.has(actor.id) || touched.has(actor.id), [selected, touched]);

  return (
    <div className="actors-panel">
      <p className="actors-panel__hint">{t(hint)}</p>
      {selectedActors.length > 0 ? (
        // The list is long and paged; these take the reader to the selected actors' quotes.
        <p className="actors-panel__selected">
          {t('actors.jumpTo')}{' '}
          {selectedActors.map((actor, index) => (
            <Fragment key={actor.id}>
              {index > 0 ? ', ' : null}
              <button type="button" className="link-button" onClick={() => goToActorCard(actor.id, revealers)}>
                {getDisplayName(actor, locale).name}
              </button>
            </Fragment>
          ))}
        </p>
      ) : null}
      <QuoteLinksContext value={quoteLinks}>
        {groups.map((group) => (
          <ActorGroupSection
            key={group.side}
            group={group}
            quotesByActor={quotesByActor}
            isPinned={isPinned}
            selected={selected}
            placeName={placeName}
            sourcesById={sourcesById}
            onToggle={toggle}
            virtual={longLists === 'virtual' && group.actors.length > virtualListThreshold}
            revealers={revealers}
          />
        ))}
      </QuoteLinksContext>
    </div>
  );
}

interface ActorGroupSectionProps {
  group: ActorGroup;
  quotesByActor: ReadonlyMap<string, readonly Quote[]>;
  /** Actors shown wherever they rank: the selected ones and those the reader has just ticked or unticked. */
  isPinned: (actor: Actor) => boolean;
  selected: ReadonlySet<string>;
  placeName: (placeId: string) => string;
  sourcesById: ReadonlyMap<string, Source>;
  onToggle: (actorId: string) => void;
  /** Draw only the cards on screen, every actor in one list, rather than a page at a time. */
  virtual: boolean;
  revealers: Map<string, RevealCard>;
}

/** One side's actors, most quoted first: a page at a time, or, for a long side, only those on screen. */
function ActorGroupSection({
  group,
  quotesByActor,
  isPinned,
  selected,
  placeName,
  sourcesById,
  onToggle,
  virtual,
  revealers,
}: ActorGroupSectionProps) {
  const { t } = useI18n();
  const ranked = useMemo(() => rankActorsByQuotes(group.actors, quotesByActor), [group.actors, quotesByActor]);
  const renderCard = useCallback(
    (actor: Actor) => (
      <ActorCard
        actor={actor}
        quotes={quotesByActor.get(actor.id) ?? noQuotes}
        placeName={placeName}
        sourcesById={sourcesById}
        selected={selected.has(actor.id)}
        onToggle={onToggle}
      />
    ),
    [quotesByActor, placeName, sourcesById, selected, onToggle],
  );
  const { side } = group;
  const onReveal = useCallback(
    (reveal: RevealCard | null) => (reveal ? revealers.set(side, reveal) : revealers.delete(side)),
    [revealers, side],
  );
  const paged = <PagedActorList side={side} ranked={ranked} isPinned={isPinned} renderCard={renderCard} />;
  const headingId = `actor-group-${side}`;
  return (
    <section className="actor-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="actor-group__title">
        {t(`actors.side.${side}`)}
      </h3>
      {virtual ? (
        // Until its code arrives, the side shows its first page.
        <Suspense fallback={paged}>
          <VirtualActorList actors={ranked} renderCard={renderCard} onReveal={onReveal} />
        </Suspense>
      ) : (
        paged
      )}
    </section>
  );
}

interface PagedActorListProps {
  side: ActorGroup['side'];
  ranked: readonly Actor[];
  isPinned: (actor: Actor) => boolean;
  renderCard: (actor: Actor) => ReactNode;
}

/** A side's actors a page at a time, with "Show more" for the next; pinned actors show wherever they rank. */
function PagedActorList({ side, ranked, isPinned, renderCard }: PagedActorListProps) {
  const { t } = useI18n();
  const [limit, setLimit] = useState(actorPageSize);
  const visible = getVisibleItems(ranked, limit, isPinned);
  const nextPage = ranked.filter((actor, index) => index >= limit && !isPinned(actor)).slice(0, actorPageSize);
  const hidden = ranked.length - visible.length;
  const showMore = () => {
    const last = nextPage[nextPage.length - 1];
    if (last === undefined) return;
    flushSync(() => setLimit(ranked.indexOf(last) + 1));
    // The reader carries on from the first new card; the button itself may be gone.
    if (nextPage[0]) focusActorCheckbox(nextPage[0].id);
  };
  return (
    <>
      <ul className="actor-group__list">
        {visible.map((actor) => (
          <li key={actor.id}>{renderCard(actor)}</li>
        ))}
      </ul>
      {hidden > 0 ? (
        <ShowMoreButton
          next={nextPage.length}
          hidden={hidden}
          noun="actors"
          context={t('showMore.inGroup', { group: t(`actors.side.${side}`) })}
          onClick={showMore}
        />
      ) : null}
    </>
  );
}

const noQuotes: readonly Quote[] = [];
