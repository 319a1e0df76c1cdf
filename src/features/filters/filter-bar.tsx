import { useId, useMemo } from 'react';
import type { Actor, Place } from '../../data/schema';
import { getPlaceOptions } from '../../domain/place-tree';
import type { Filters } from '../../domain/url-state';
import { ActorPicker } from './actor-picker';
import { DateFilterInput } from './date-filter-input';

interface FilterBarProps {
  actors: readonly Actor[];
  places: readonly Place[];
  filters: Filters;
  /** The dataset's first and last dates, to bound the date pickers. */
  dateSpan: { min: string; max: string } | null;
  onChange: (patch: Partial<Filters>) => void;
  onClear: () => void;
}

/** The Actor, Place, From and To controls and Clear filters: every view follows them. */
export function FilterBar({ actors, places, filters, dateSpan, onChange, onClear }: FilterBarProps) {
  const placeId = useId();
  const fromId = useId();
  const toId = useId();
  // Built once per dataset: at 400 places, sorting the tree and rendering its options again on every filter
  // change cost 4–13 ms of each change.
  const placeOptions = useMemo(
    () =>
      getPlaceOptions(places).map(({ place, depth }) => (
        <option key={place.id} value={place.id}>
          {/* Indentation shows that a city lies in its country; selecting it includes its sites. */}
          {'\u00a0\u00a0\u00a0'.repeat(depth)}
          {place.name}
        </option>
      )),
    [places],
  );
  return (
    <div className="filter-bar" role="search" aria-label="Filters">
      <ActorPicker
        actors={actors}
        selectedActorIds={filters.actorIds}
        onChange={(actorIds) => onChange({ actorIds })}
      />
      <div className="filter filter--place">
        <label className="filter__label" htmlFor={placeId}>
          Place
        </label>
        <select
          id={placeId}
          className="filter__control"
          value={filters.placeId ?? ''}
          onChange={(event) => onChange({ placeId: event.target.value === '' ? null : event.target.value })}
        >
          <option value="">All places</option>
          {placeOptions}
        </select>
      </div>
      <DateFilterInput
        id={fromId}
        label="From"
        value={filters.from}
        min={dateSpan?.min}
        max={filters.to ?? dateSpan?.max}
        onCommit={(from) => onChange({ from })}
      />
      <DateFilterInput
        id={toId}
        label="To"
        value={filters.to}
        min={filters.from ?? dateSpan?.min}
        max={dateSpan?.max}
        onCommit={(to) => onChange({ to })}
      />
      <button type="button" className="button filter-bar__clear" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}
