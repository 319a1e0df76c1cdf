import { Fragment } from 'react';
import type { Actor, Place, Quote, Source } from '../../data/schema';
import { groupActorsBySide } from '../../domain/actor-groups';
import { ActorCard, actorCardId } from './actor-card';

export interface ActorsPanelProps {
  actors: readonly Actor[];
  places: readonly Place[];
  sources: readonly Source[];
  /** Each actor's quotes under the place and date filters, whichever actors are selected. */
  quotesByActor: ReadonlyMap<string, readonly Quote[]>;
  selectedActorIds: readonly string[];
  onToggleActor: (actorId: string) => void;
  getQuoteSourceHref: (quoteId: string, sourceId: string) => string;
  onOpenQuoteSource: (quoteId: string, sourceId: string) => void;
}

function goToActorCard(actorId: string) {
  const card = document.getElementById(actorCardId(actorId));
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  card?.scrollIntoView?.({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  card?.querySelector('input')?.focus({ preventScroll: true });
}

/** Every actor, grouped by side: a checkbox to filter by them, who they are, and what they said. */
export function ActorsPanel({
  actors,
  places,
  sources,
  quotesByActor,
  selectedActorIds,
  onToggleActor,
  getQuoteSourceHref,
  onOpenQuoteSource,
}: ActorsPanelProps) {
  const selected = new Set(selectedActorIds);
  const placeNames = new Map(places.map((place) => [place.id, place.name]));
  const sourcesById = new Map(sources.map((source) => [source.id, source]));
  const selectedActors = actors.filter((actor) => selected.has(actor.id));
  return (
    <div className="actors-panel">
      <p className="actors-panel__hint">
        Tick actors to show only their quotes and events everywhere. Quote counts follow the place and date filters.
      </p>
      {selectedActors.length > 0 ? (
        // The list is long and stays in a fixed order; these take the reader to the selected actors' quotes.
        <p className="actors-panel__selected">
          Jump to{' '}
          {selectedActors.map((actor, index) => (
            <Fragment key={actor.id}>
              {index > 0 ? ', ' : null}
              <button type="button" className="link-button" onClick={() => goToActorCard(actor.id)}>
                {actor.name}
              </button>
            </Fragment>
          ))}
        </p>
      ) : null}
      {groupActorsBySide(actors).map((group) => (
        <section key={group.side} className="actor-group" aria-labelledby={`actor-group-${group.side}`}>
          <h3 id={`actor-group-${group.side}`} className="actor-group__title">
            {group.label}
          </h3>
          <ul className="actor-group__list">
            {group.actors.map((actor) => (
              <li key={actor.id}>
                <ActorCard
                  actor={actor}
                  quotes={quotesByActor.get(actor.id) ?? []}
                  placeNames={placeNames}
                  sourcesById={sourcesById}
                  selected={selected.has(actor.id)}
                  onToggle={() => onToggleActor(actor.id)}
                  getQuoteSourceHref={getQuoteSourceHref}
                  onOpenQuoteSource={onOpenQuoteSource}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
