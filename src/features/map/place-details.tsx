import { useEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { Evidence } from '../../data/schema';
import type { DatasetNames } from '../../domain/dataset-names';
import type { VoiceOf } from '../../domain/item-voice';
import { describeActivityCounts, type ActivityItem, type PlaceActivity } from '../../domain/place-activity';
import { useI18n } from '../../ui/i18n/i18n';
import { VoiceNotes } from '../../ui/voice-notes';

interface PlaceDetailsProps {
  activity: PlaceActivity;
  /** The place's items, oldest first: built here, when a place is opened, not for every marker on every change. */
  getItems: (activity: PlaceActivity) => ActivityItem[];
  names: DatasetNames;
  /** Each item's marks: its date or when it was reported, who says so, inferences and disagreements. */
  voiceOf: VoiceOf;
  onOpenEvidence: (evidence: Evidence) => void;
  /** Shown when the place is the current filter, so the reader can go back to every place. */
  onShowAllPlaces: (() => void) | null;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Items listed at first and added by "Show more": a city can hold thousands, which no popup can show at once. */
const ITEMS_PER_PAGE = 50;

/** A place's popup (or, for places off the map, its panel): what happened there, each item with its source. */
export function PlaceDetails({
  activity,
  getItems,
  names,
  voiceOf,
  onOpenEvidence,
  onShowAllPlaces,
  headingRef,
}: PlaceDetailsProps) {
  const { t } = useI18n();
  const items = useMemo(() => getItems(activity), [getItems, activity]);
  const [shown, setShown] = useState(ITEMS_PER_PAGE);
  // After "Show more", focus goes to the first item it added, so the reader carries on from there.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const firstAdded = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusIndex !== null) firstAdded.current?.focus();
  }, [focusIndex]);
  const remaining = items.length - shown;

  return (
    <div className="place-details">
      <h3 className="place-details__title" tabIndex={-1} ref={headingRef}>
        {activity.label}
      </h3>
      <p className="place-details__counts">{describeActivityCounts(activity, t)}</p>
      <ol className="place-details__items">
        {items.slice(0, shown).map((item, index) => {
          const evidence = item.evidence[0];
          const text = item.kind === 'quote' ? `“${item.text}”` : item.text;
          const voice = voiceOf(item);
          const who = voice?.attribution?.label ?? voice?.relay?.label;
          return (
            <li
              key={`${item.kind}-${item.id}`}
              className={`place-details__item place-details__item--${item.kind}`}
              tabIndex={index === focusIndex ? -1 : undefined}
              ref={index === focusIndex ? firstAdded : undefined}
            >
              <p className="place-details__meta">
                {t(`map.kind.${item.kind}`)} · {item.dateText}
                {item.actorId !== null ? ` · ${names.actorName(item.actorId)}` : null}
                {who ? ` · ${who}` : null}
              </p>
              <p className="place-details__text" lang={item.kind === 'figure' ? undefined : 'en'}>
                {text}
              </p>
              {voice ? (
                <VoiceNotes voice={voice} buttonClassName="place-details__source" onOpenEvidence={onOpenEvidence} />
              ) : null}
              {evidence ? (
                <button
                  type="button"
                  className="place-details__source"
                  aria-label={t('map.sourceFor', {
                    source: names.sourceName(evidence.sourceId),
                    label: truncate(item.text, 60),
                  })}
                  onClick={() => onOpenEvidence(evidence)}
                >
                  {t('source.link')}
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {remaining > 0 ? (
        <button
          type="button"
          className="place-details__show-all"
          onClick={() => {
            setFocusIndex(shown);
            setShown(shown + ITEMS_PER_PAGE);
          }}
        >
          {t('map.showMore', { next: Math.min(remaining, ITEMS_PER_PAGE), remaining })}
        </button>
      ) : null}
      {onShowAllPlaces ? (
        <button type="button" className="place-details__show-all" onClick={onShowAllPlaces}>
          {t('map.showAllPlaces')}
        </button>
      ) : null}
    </div>
  );
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
