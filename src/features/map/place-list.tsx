import { useId } from 'react';
import { activityIncludesPlace, describeActivityCounts, type PlaceActivity } from '../../domain/place-activity';

interface PlaceListProps {
  onMap: readonly PlaceActivity[];
  offMap: readonly PlaceActivity[];
  selectedPlaceId: string | null;
  /** Selecting a place already selected clears the selection. */
  onToggle: (activity: PlaceActivity, onMap: boolean) => void;
}

/**
 * The map as text: every place with its counts, as buttons that select it. Places far outside the
 * region (Washington, the United Kingdom) are listed here rather than zooming the map out to the world.
 */
export function PlaceList({ onMap, offMap, selectedPlaceId, onToggle }: PlaceListProps) {
  const id = useId();
  if (onMap.length === 0 && offMap.length === 0) {
    return <p className="place-list__empty">No place is named in the current selection.</p>;
  }
  const item = (activity: PlaceActivity, shownOnMap: boolean) => (
    <li key={activity.place.id}>
      <button
        type="button"
        className="place-list__button"
        aria-pressed={activityIncludesPlace(activity, selectedPlaceId)}
        onClick={() => onToggle(activity, shownOnMap)}
      >
        <span className="place-list__name">{activity.label}</span>{' '}
        <span className="place-list__counts">{describeActivityCounts(activity)}</span>
      </button>
    </li>
  );
  return (
    <div className="place-list">
      {onMap.length > 0 ? (
        <>
          <h3 className="place-list__title" id={`${id}-on-map`}>
            Places on the map
          </h3>
          <ul className="place-list__items" aria-labelledby={`${id}-on-map`}>
            {onMap.map((activity) => item(activity, true))}
          </ul>
        </>
      ) : null}
      {offMap.length > 0 ? (
        <>
          <h3 className="place-list__title" id={`${id}-off-map`}>
            Also mentioned, beyond the map
          </h3>
          <ul className="place-list__items" aria-labelledby={`${id}-off-map`}>
            {offMap.map((activity) => item(activity, false))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
