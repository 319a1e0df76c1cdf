import type { Ref } from 'react';
import type { Evidence } from '../../data/schema';
import { formatShortDate } from '../../domain/format';
import { describeActivityCounts, type ActivityItem, type PlaceActivity } from '../../domain/place-activity';
import type { DatasetNames } from './use-dataset-names';

interface PlaceDetailsProps {
  activity: PlaceActivity;
  names: DatasetNames;
  onOpenEvidence: (evidence: Evidence) => void;
  /** Shown when the place is the current filter, so the reader can go back to every place. */
  onShowAllPlaces: (() => void) | null;
  headingRef?: Ref<HTMLHeadingElement>;
}

const kindLabels: Record<ActivityItem['kind'], string> = { event: 'Event', quote: 'Quote', figure: 'Figure' };

/** A place's popup (or, for places off the map, its panel): what happened there, each item with its source. */
export function PlaceDetails({ activity, names, onOpenEvidence, onShowAllPlaces, headingRef }: PlaceDetailsProps) {
  return (
    <div className="place-details">
      <h3 className="place-details__title" tabIndex={-1} ref={headingRef}>
        {activity.label}
      </h3>
      <p className="place-details__counts">{describeActivityCounts(activity)}</p>
      <ol className="place-details__items">
        {activity.items.map((item) => {
          const evidence = item.evidence[0];
          const text = item.kind === 'quote' ? `“${item.text}”` : item.text;
          return (
            <li key={`${item.kind}-${item.id}`} className={`place-details__item place-details__item--${item.kind}`}>
              <p className="place-details__meta">
                {kindLabels[item.kind]} · {item.date === null ? 'undated' : formatShortDate(item.date)}
                {item.actorId !== null ? ` · ${names.actorName(item.actorId)}` : null}
              </p>
              <p className="place-details__text">{text}</p>
              {evidence ? (
                <button
                  type="button"
                  className="place-details__source"
                  aria-label={`Source: ${names.sourceName(evidence.sourceId)}, for “${truncate(item.text, 60)}”`}
                  onClick={() => onOpenEvidence(evidence)}
                >
                  Source
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {onShowAllPlaces ? (
        <button type="button" className="place-details__show-all" onClick={onShowAllPlaces}>
          Show all places
        </button>
      ) : null}
    </div>
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
