import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Actor } from '../../data/schema';
import { groupActorsBySide } from '../../domain/actor-groups';

interface ActorPickerProps {
  actors: readonly Actor[];
  selectedActorIds: readonly string[];
  onChange: (actorIds: string[]) => void;
}

/**
 * The Actor filter: a button that opens a list of checkboxes, grouped by side. A disclosure rather
 * than a select, because a multiple select is hard to use by keyboard and touch alike.
 */
export function ActorPicker({ actors, selectedActorIds, onChange }: ActorPickerProps) {
  const [open, setOpen] = useState(false);
  const labelId = useId();
  const buttonId = useId();
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const selected = new Set(selectedActorIds);
  const names = useMemo(() => new Map(actors.map((actor) => [actor.id, actor.name])), [actors]);

  useEffect(() => {
    if (!open) return;
    // Clicking or tabbing elsewhere closes the list, as it would a native select.
    const closeOutside = (event: Event) => {
      if (event.target instanceof Node && !containerRef.current?.contains(event.target)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  const toggle = (actorId: string) =>
    onChange(selected.has(actorId) ? selectedActorIds.filter((id) => id !== actorId) : [...selectedActorIds, actorId]);

  const summary =
    selectedActorIds.length === 0
      ? 'All actors'
      : selectedActorIds.length === 1
        ? (names.get(selectedActorIds[0] ?? '') ?? '1 actor')
        : `${selectedActorIds.length} actors`;

  return (
    <div className="filter filter--actor" ref={containerRef}>
      <span className="filter__label" id={labelId}>
        Actor
      </span>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="filter__control actor-picker__button"
        aria-labelledby={`${labelId} ${buttonId}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {summary}
      </button>
      {/* The panel stays for the button's aria-controls; its checkboxes (one per actor, hundreds in a large
          dataset) exist only while it is open, so a closed picker costs no layout or style work. */}
      <div id={panelId} className="actor-picker__panel" role="group" aria-labelledby={labelId} hidden={!open}>
        {open ? <ActorOptions actors={actors} selected={selected} onToggle={toggle} /> : null}
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        >
          Done
        </button>
      </div>
    </div>
  );
}

interface ActorOptionsProps {
  actors: readonly Actor[];
  selected: ReadonlySet<string>;
  onToggle: (actorId: string) => void;
}

/** One checkbox per actor, grouped by side. */
function ActorOptions({ actors, selected, onToggle }: ActorOptionsProps) {
  return groupActorsBySide(actors).map((group) => (
    <fieldset key={group.side} className="actor-picker__group">
      <legend>{group.label}</legend>
      {group.actors.map((actor) => (
        <label key={actor.id} className="actor-picker__option">
          <input type="checkbox" checked={selected.has(actor.id)} onChange={() => onToggle(actor.id)} />
          {actor.name}
        </label>
      ))}
    </fieldset>
  ));
}
