import { useMemo } from 'react';
import type { Actor } from '../../data/schema';
import { groupActorsBySide } from '../../domain/actor-groups';
import { Combobox, type ComboboxOption } from './combobox';

interface ActorPickerProps {
  actors: readonly Actor[];
  selectedActorIds: readonly string[];
  onChange: (actorIds: string[]) => void;
}

/**
 * The Actor filter: a searchable multi-select, actors listed by side. Type part of a name to narrow the
 * list; Enter or a click ticks or unticks an actor and leaves the list open for the next.
 */
export function ActorPicker({ actors, selectedActorIds, onChange }: ActorPickerProps) {
  const selected = useMemo(() => new Set(selectedActorIds), [selectedActorIds]);
  const names = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.name])), [actors]);
  const options = useMemo(
    (): ComboboxOption[] =>
      groupActorsBySide(actors).flatMap((group) =>
        group.actors.map((actor) => ({ id: actor.id, label: actor.name, detail: group.label })),
      ),
    [actors],
  );
  const toggle = (actorId: string) =>
    onChange(selected.has(actorId) ? selectedActorIds.filter((id) => id !== actorId) : [...selectedActorIds, actorId]);

  const summary =
    selectedActorIds.length === 0
      ? 'All actors'
      : selectedActorIds.length === 1
        ? (names.get(selectedActorIds[0] ?? '') ?? '1 actor')
        : `${selectedActorIds.length} actors`;

  return (
    <Combobox
      className="filter filter--actor"
      label="Actor"
      options={options}
      selectedIds={selected}
      multiple
      summary={summary}
      onPick={toggle}
    />
  );
}
