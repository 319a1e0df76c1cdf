import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { foldForSearch, matchesQuery } from '../../domain/text-search';
import { getRowWindow, scrollToRow, type RowWindow } from '../../domain/windowing';
import { useI18n } from '../../ui/i18n/i18n';
import { getComboboxAction } from './combobox-keys';

export interface ComboboxOption {
  id: string;
  label: string;
  /** Shown after the label, muted, and read with it: the actor's side. */
  detail?: string;
  /** Indentation: a city under its country. */
  depth?: number;
}

interface ComboboxProps {
  label: string;
  /** In the order they are listed. */
  options: readonly ComboboxOption[];
  selectedIds: ReadonlySet<string>;
  /** A multi-select stays open after a pick, so the reader can pick several. */
  multiple: boolean;
  /** What the field shows while the reader is not typing: the selection ("All places", "3 actors"). */
  summary: string;
  onPick: (optionId: string) => void;
  className?: string;
}

/** Must match `.combobox__option`'s height in global.css: rows are placed without measuring. */
const ROW_HEIGHT = 32;
const VISIBLE_ROWS = 8;

/**
 * A searchable picker in the WAI-ARIA combobox pattern: type to narrow the list, arrows to move, Enter to
 * pick, Escape to close. The list draws only the rows in view, so 20,000 options cost what 20 do.
 */
export function Combobox({ label, options, selectedIds, multiple, summary, onPick, className }: ComboboxProps) {
  const { t } = useI18n();
  const id = useId();
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const listbox = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  // Folded once per list of options, not on every key.
  const folded = useMemo(() => options.map((option) => foldForSearch(option.label)), [options]);
  const shown = useMemo(() => {
    const words = foldForSearch((query ?? '').trim());
    if (words === '') return options;
    return options.filter((_, index) => matchesQuery(folded[index] ?? '', words));
  }, [options, folded, query]);
  const activeIndex = Math.min(active, shown.length - 1);

  const close = () => (setOpen(false), setQuery(null));
  const openAt = (index: number) => {
    setOpen(true);
    setActive(Math.max(0, index));
  };
  const firstSelected = () =>
    Math.max(
      0,
      shown.findIndex((option) => selectedIds.has(option.id)),
    );
  const pick = (option: ComboboxOption | undefined) => {
    if (option === undefined) return;
    onPick(option.id);
    if (!multiple) close();
  };

  const viewport = Math.min(shown.length, VISIBLE_ROWS) * ROW_HEIGHT;
  useActiveRowInView(listbox, open ? activeIndex : -1, viewport, setScrollTop);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const action = getComboboxAction(event.key, {
      open,
      searching: query !== null,
      active: activeIndex,
      count: shown.length,
    });
    if (action === null) return;
    event.preventDefault();
    // Escape closes the list, not a dialog or disclosure around it.
    if (action.kind === 'close') event.stopPropagation();
    if (action.kind === 'open') openAt(firstSelected());
    else if (action.kind === 'move') setActive(action.to);
    else if (action.kind === 'pick') pick(shown[activeIndex]);
    else close();
  };

  const rows = rowsToDraw(getRowWindow(scrollTop, viewport, ROW_HEIGHT, shown.length), activeIndex);

  return (
    <div
      className={`combobox ${className ?? ''}`}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) close();
      }}
    >
      <label className="filter__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className="filter__control combobox__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        value={query ?? summary}
        onFocus={(event) => event.currentTarget.select()}
        onClick={() => (open ? close() : openAt(firstSelected()))}
        onChange={(event) => {
          setQuery(event.target.value);
          openAt(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="combobox__popup" hidden={!open}>
        <div
          ref={listbox}
          id={listboxId}
          role="listbox"
          aria-label={label}
          aria-multiselectable={multiple || undefined}
          className="combobox__listbox"
          style={{ height: viewport, '--rows': shown.length } as CSSProperties}
          onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        >
          {open
            ? rows.map((index) => (
                <OptionRow
                  key={shown[index]!.id}
                  id={optionId(index)}
                  option={shown[index]!}
                  index={index}
                  count={shown.length}
                  selected={selectedIds.has(shown[index]!.id)}
                  active={index === activeIndex}
                  multiple={multiple}
                  onPick={() => {
                    setActive(index);
                    pick(shown[index]);
                  }}
                />
              ))
            : null}
        </div>
        {open && shown.length === 0 ? <p className="combobox__empty">{t('filters.noMatch')}</p> : null}
      </div>
      <ClosedOnOutsidePointer open={open} onClose={close} input={input} />
    </div>
  );
}

/** Scrolls the list so the active row is in view, and reports where it scrolled to. */
function useActiveRowInView(
  listbox: RefObject<HTMLDivElement | null>,
  activeIndex: number,
  viewport: number,
  onScrolled: (scrollTop: number) => void,
) {
  useLayoutEffect(() => {
    const element = listbox.current;
    if (element === null || activeIndex < 0) return;
    const next = scrollToRow(element.scrollTop, viewport, ROW_HEIGHT, activeIndex);
    if (next !== element.scrollTop) element.scrollTo?.({ top: next });
    onScrolled(next);
  }, [listbox, activeIndex, viewport, onScrolled]);
}

/** The rows in view, and the active one wherever it is, so aria-activedescendant always names a drawn row. */
function rowsToDraw({ start, end }: RowWindow, active: number): number[] {
  const rows = Array.from({ length: end - start }, (_, offset) => start + offset);
  return active >= 0 && (active < start || active >= end) ? [...rows, active] : rows;
}

interface OptionRowProps {
  id: string;
  option: ComboboxOption;
  index: number;
  count: number;
  selected: boolean;
  active: boolean;
  multiple: boolean;
  onPick: () => void;
}

/** One row, placed by its index; the list is worked from the field, so the row itself takes no focus. */
function OptionRow({ id, option, index, count, selected, active, multiple, onPick }: OptionRowProps) {
  return (
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus -- the combobox pattern: keys go to the field, which names the active row (aria-activedescendant)
    <div
      id={id}
      role="option"
      aria-selected={selected}
      aria-setsize={count}
      aria-posinset={index + 1}
      className={`combobox__option${active ? ' combobox__option--active' : ''}`}
      style={{ top: index * ROW_HEIGHT, paddingLeft: `${0.5 + (option.depth ?? 0) * 0.9}rem` }}
      // Keeps focus in the field, where the keyboard works the list.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      {multiple ? (
        <span className="combobox__check" aria-hidden="true">
          {selected ? '✓' : ''}
        </span>
      ) : null}
      <span className="combobox__label">{option.label}</span>
      {option.detail ? <span className="combobox__detail">{` · ${option.detail}`}</span> : null}
    </div>
  );
}

/** A pointer pressed elsewhere on the page closes the list, as it would a native select. */
function ClosedOnOutsidePointer({
  open,
  onClose,
  input,
}: {
  open: boolean;
  onClose: () => void;
  input: RefObject<HTMLInputElement | null>;
}) {
  const latest = useRef(onClose);
  useEffect(() => {
    latest.current = onClose;
  });
  useEffect(() => {
    if (!open) return;
    const container = input.current?.parentElement;
    const onPointerDown = (event: Event) => {
      if (event.target instanceof Node && !container?.contains(event.target)) latest.current();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, input]);
  return null;
}
