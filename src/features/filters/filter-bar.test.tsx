import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyFilters, type Filters } from '../../domain/url-state';
import { dashboardDataset as dataset } from '../../test/fixtures/dashboard-dataset';
import { FilterBar } from './filter-bar';

function renderBar(filters: Partial<Filters> = {}) {
  const onChange = vi.fn();
  const onClear = vi.fn();
  const props = {
    actors: dataset.actors,
    places: dataset.places,
    filters: { ...emptyFilters, ...filters },
    dateSpan: { min: '2020-08-09', max: '2020-10-27' },
    onChange,
    onClear,
  };
  const view = render(<FilterBar {...props} />);
  return { ...view, onChange, onClear, props };
}

describe('FilterBar', () => {
  it('labels its controls Actor, Place, From and To, with a Clear filters button', () => {
    renderBar();
    expect(screen.getByRole('combobox', { name: 'Actor' })).toHaveValue('All actors');
    expect(screen.getByRole('combobox', { name: 'Place' })).toHaveValue('All places');
    expect(screen.getByLabelText('From')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('To')).toHaveAttribute('type', 'date');
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('lists each place under its parent and filters by the chosen one, by keyboard', async () => {
    const user = userEvent.setup();
    const { onChange } = renderBar();
    const place = screen.getByRole('combobox', { name: 'Place' });
    expect(place).toHaveAttribute('aria-expanded', 'false');
    place.focus();
    await user.keyboard('{ArrowDown}');
    expect(place).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Place' });
    const names = within(listbox)
      .getAllByRole('option')
      .map((option) => option.textContent?.trim());
    expect(names).toEqual(['All places', 'Belarus', 'Minsk', 'Independence Square', 'Lithuania']);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(place).toHaveAttribute('aria-activedescendant', within(listbox).getByRole('option', { name: 'Minsk' }).id);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ placeId: 'minsk' });
    expect(place).toHaveAttribute('aria-expanded', 'false');
  });

  it('narrows the places as the reader types, and Escape closes the list', async () => {
    const user = userEvent.setup();
    const { onChange } = renderBar({ placeId: 'minsk' });
    const place = screen.getByRole('combobox', { name: 'Place' });
    expect(place).toHaveValue('Minsk');
    await user.click(place);
    await user.keyboard('lith');
    const listbox = screen.getByRole('listbox', { name: 'Place' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Lithuania']);
    await user.keyboard('{Escape}');
    expect(place).toHaveAttribute('aria-expanded', 'false');
    expect(place).toHaveValue('Minsk');
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{ArrowDown}');
    await user.click(
      within(screen.getByRole('listbox', { name: 'Place' })).getByRole('option', { name: 'All places' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({ placeId: null });
  });

  it('adds and removes actors, the list staying open for the next', async () => {
    const user = userEvent.setup();
    const { onChange } = renderBar({ actorIds: ['lukashenko'] });
    const actor = screen.getByRole('combobox', { name: 'Actor' });
    expect(actor).toHaveValue('Alexander Lukashenko');
    await user.click(actor);
    const listbox = screen.getByRole('listbox', { name: 'Actor' });
    expect(listbox).toHaveAttribute('aria-multiselectable', 'true');
    expect(within(listbox).getByRole('option', { name: /^Alexander Lukashenko/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('europ{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ actorIds: ['lukashenko', 'eu'] });
    expect(actor).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(actor).toHaveAttribute('aria-expanded', 'false');
    expect(actor).toHaveFocus();
  });

  it('draws only the options in view, however many there are', async () => {
    const user = userEvent.setup();
    const places = Array.from({ length: 5000 }, (_, index) => ({
      ...dataset.places[0]!,
      id: `p${index}`,
      name: `Place ${index}`,
      parentId: null,
    }));
    const { rerender, props } = renderBar();
    rerender(<FilterBar {...props} places={places} />);
    await user.click(screen.getByRole('combobox', { name: 'Place' }));
    const listbox = screen.getByRole('listbox', { name: 'Place' });
    const options = within(listbox).getAllByRole('option');
    expect(options.length).toBeLessThan(20);
    expect(options[0]).toHaveAttribute('aria-setsize', '5001');
  });

  it('filters by a date only once it is complete, not at each digit of the year', () => {
    const { onChange } = renderBar();
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '0002-08-15' } });
    fireEvent.change(from, { target: { value: '0202-08-15' } });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(from, { target: { value: '2020-08-15' } });
    expect(onChange).toHaveBeenCalledWith({ from: '2020-08-15' });
    fireEvent.change(from, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: null });
  });

  it('shows dates that arrive from the URL, as after Back or Clear filters', () => {
    const { rerender, props } = renderBar({ to: '2020-08-20' });
    expect(screen.getByLabelText('To')).toHaveValue('2020-08-20');
    rerender(<FilterBar {...props} filters={emptyFilters} />);
    expect(screen.getByLabelText('To')).toHaveValue('');
  });

  it('clears every filter at once', async () => {
    const { onClear } = renderBar({ placeId: 'minsk' });
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});
