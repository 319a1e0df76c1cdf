import { describe, expect, it } from 'vitest';
import { getComboboxAction } from './combobox-keys';

const closed = { open: false, searching: false, active: 0, count: 20 };
const open = { ...closed, open: true };

describe('getComboboxAction', () => {
  it('opens the list on an arrow, at the selected option', () => {
    expect(getComboboxAction('ArrowDown', closed)).toEqual({ kind: 'open', to: 'selected' });
    expect(getComboboxAction('ArrowUp', closed)).toEqual({ kind: 'open', to: 'selected' });
  });

  it('moves through an open list without running off either end', () => {
    expect(getComboboxAction('ArrowDown', { ...open, active: 3 })).toEqual({ kind: 'move', to: 4 });
    expect(getComboboxAction('ArrowDown', { ...open, active: 19 })).toEqual({ kind: 'move', to: 19 });
    expect(getComboboxAction('ArrowUp', { ...open, active: 0 })).toEqual({ kind: 'move', to: 0 });
    expect(getComboboxAction('PageDown', { ...open, active: 15 })).toEqual({ kind: 'move', to: 19 });
    expect(getComboboxAction('PageUp', { ...open, active: 10 })).toEqual({ kind: 'move', to: 3 });
  });

  it('picks with Enter only when an option is active in an open list', () => {
    expect(getComboboxAction('Enter', { ...open, active: 2 })).toEqual({ kind: 'pick' });
    expect(getComboboxAction('Enter', closed)).toBeNull();
    expect(getComboboxAction('Enter', { ...open, active: -1, count: 0 })).toBeNull();
  });

  it('closes with Escape, and leaves Escape to the page when there is nothing to close', () => {
    expect(getComboboxAction('Escape', open)).toEqual({ kind: 'close' });
    expect(getComboboxAction('Escape', { ...closed, searching: true })).toEqual({ kind: 'close' });
    expect(getComboboxAction('Escape', closed)).toBeNull();
    expect(getComboboxAction('a', open)).toBeNull();
  });
});
