import { useId, useState } from 'react';
import { activityIncludesPlace, describeActivityCounts, type PlaceActivity } from '../../domain/place-activity';
import { searchByName } from '../../domain/text-search';
import { useI18n } from '../../ui/i18n/i18n';

interface PlaceListProps {
  onMap: readonly PlaceActivity[];
  offMap: readonly PlaceActivity[];
  selectedPlaceId: string | null;
  /** Selecting a place already selected clears the selection. */
  onToggle: (activity: PlaceActivity, onMap: boolean) => void;
}

/** Places listed per section: the busiest, or the busiest that match the search. Enough for five articles' 18. */
export const PLACE_LIST_LIMIT = 40;

/**
 * The map as text: the busiest places with their counts, as buttons that select a place and open its details,
 * and a search for the others. Places far outside the region (Washington, the United Kingdom) are listed here
 * rather than zooming the map out to the world.
 */
export function PlaceList({ onMap, offMap, selectedPlaceId, onToggle }: PlaceListProps) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  if (onMap.length === 0 && offMap.length === 0) {
    return <p className="place-list__empty">{t('map.noPlaces')}</p>;
  }
  const labelOf = (activity: PlaceActivity) => activity.label;
  const shownOnMap = searchByName(onMap, labelOf, query, PLACE_LIST_LIMIT);
  const shownOffMap = searchByName(offMap, labelOf, query, PLACE_LIST_LIMIT);
  const total = onMap.length + offMap.length;
  const matched = shownOnMap.total + shownOffMap.total;
  const listed = shownOnMap.matches.length + shownOffMap.matches.length;
  const status =
    query.trim() === ''
      ? listed < total
        ? t('map.list.busiest', { listed, total })
        : ''
      : matched === 0
        ? t('map.list.noMatch')
        : listed < matched
          ? t('map.list.busiestMatching', { listed, matched })
          : t('map.list.matching', { matched });

  const item = (activity: PlaceActivity, isOnMap: boolean) => (
    <li key={activity.place.id}>
      <button
        type="button"
        className="place-list__button"
        aria-pressed={activityIncludesPlace(activity, selectedPlaceId)}
        onClick={() => onToggle(activity, isOnMap)}
      >
        <span className="place-list__name">{activity.label}</span>{' '}
        <span className="place-list__counts">{describeActivityCounts(activity, t)}</span>
      </button>
    </li>
  );
  return (
    <div className="place-list">
      <div className="place-list__search">
        <label htmlFor={`${id}-search`}>{t('map.list.find')}</label>
        <input
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={`${id}-status`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id={`${id}-status`} className="place-list__status" role="status">
          {status}
        </p>
      </div>
      {shownOnMap.matches.length > 0 ? (
        <>
          <h3 className="place-list__title" id={`${id}-on-map`}>
            {t('map.list.onMap')}
          </h3>
          <ul className="place-list__items" aria-labelledby={`${id}-on-map`}>
            {shownOnMap.matches.map((activity) => item(activity, true))}
          </ul>
        </>
      ) : null}
      {shownOffMap.matches.length > 0 ? (
        <>
          <h3 className="place-list__title" id={`${id}-off-map`}>
            {t('map.list.offMap')}
          </h3>
          <ul className="place-list__items" aria-labelledby={`${id}-off-map`}>
            {shownOffMap.matches.map((activity) => item(activity, false))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
