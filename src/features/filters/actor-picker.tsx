import { useMemo } from 'react';
import type { Actor } from '../../data/schema';
import { groupActorsBySide } from '../../domain/actor-groups';
import { formatDisplayName, getDisplayName } from '../../domain/display-name';
import { useI18n } from '../../ui/i18n/i18n';
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
  const { t, locale } = useI18n();
  const selected = useMemo(() => new Set(selectedActorIds), [selectedActorIds]);
  // "Аляксандр Лукашэнка (Alexander Lukashenko)": typing either spelling finds the actor.
  const names = useMemo(
    () => new Map(actors.map((actor) => [actor.id, formatDisplayName(getDisplayName(actor, locale), t)])),
    [actors, locale, t],
  );
  const options = useMemo(
    (): ComboboxOption[] =>
      groupActorsBySide(actors, t).flatMap((group) =>
        group.actors.map((actor) => ({
          id: actor.id,
          label: names.get(actor.id) ?? actor.name,
          detail: t(`actors.side.${group.side}`),
        })),
      ),
    [actors, names, t],
  );
  const toggle = (actorId: string) =>
    onChange(selected.has(actorId) ? selectedActorIds.filter((id) => id !== actorId) : [...selectedActorIds, actorId]);

  const summary =
    selectedActorIds.length === 0
      ? t('filters.allActors')
      : selectedActorIds.length === 1
        ? (names.get(selectedActorIds[0] ?? '') ?? t('filters.actorCount', { count: 1 }))
        : t('filters.actorCount', { count: selectedActorIds.length });

  return (
    <Combobox
      className="filter filter--actor"
      label={t('filters.actor')}
      options={options}
      selectedIds={selected}
      multiple
      summary={summary}
      onPick={toggle}
    />
  );
}
