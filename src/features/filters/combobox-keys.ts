/** What a key pressed in a combobox's field does (WAI-ARIA combobox pattern, list popup). */
export type ComboboxAction =
  { kind: 'open'; to: 'selected' } | { kind: 'move'; to: number } | { kind: 'pick' } | { kind: 'close' } | null;

/** Rows a Page Up or Page Down moves: one short of the rows in view, so the reader keeps their place. */
export const PAGE_ROWS = 7;

export function getComboboxAction(
  key: string,
  state: { open: boolean; searching: boolean; active: number; count: number },
): ComboboxAction {
  const { open, searching, active, count } = state;
  const to = (index: number) => ({ kind: 'move' as const, to: Math.max(0, Math.min(count - 1, index)) });
  switch (key) {
    case 'ArrowDown':
      return open ? to(active + 1) : { kind: 'open', to: 'selected' };
    case 'ArrowUp':
      return open ? to(active - 1) : { kind: 'open', to: 'selected' };
    case 'PageDown':
      return open ? to(active + PAGE_ROWS) : null;
    case 'PageUp':
      return open ? to(active - PAGE_ROWS) : null;
    case 'Enter':
      return open && active >= 0 && active < count ? { kind: 'pick' } : null;
    case 'Escape':
      return open || searching ? { kind: 'close' } : null;
    default:
      return null;
  }
}
