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
    expect(screen.getByRole('button', { name: 'Actor All actors' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Place' })).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText('To')).toHaveAttribute('type', 'date');
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('lists each place under its parent and filters by the chosen one', async () => {
    const { onChange } = renderBar();
    const place = screen.getByRole('combobox', { name: 'Place' });
    const names = within(place)
      .getAllByRole('option')
      .map((option) => option.textContent?.trim());
    expect(names).toEqual(['All places', 'Belarus', 'Minsk', 'Independence Square', 'Lithuania']);
    await userEvent.selectOptions(place, 'minsk');
    expect(onChange).toHaveBeenCalledWith({ placeId: 'minsk' });
    await userEvent.selectOptions(place, '');
    expect(onChange).toHaveBeenLastCalledWith({ placeId: null });
  });

  it('adds and removes actors from a keyboard-usable list that Escape closes', async () => {
    const user = userEvent.setup();
    const { onChange } = renderBar({ actorIds: ['lukashenko'] });
    const button = screen.getByRole('button', { name: /^Actor/ });
    expect(button).toHaveTextContent('Alexander Lukashenko');
    expect(button).toHaveAttribute('aria-expanded', 'false');

    button.focus();
    await user.keyboard('{Enter}');
    const group = screen.getByRole('group', { name: 'Actor' });
    expect(within(group).getByRole('checkbox', { name: 'Alexander Lukashenko' })).toBeChecked();

    await user.click(within(group).getByRole('checkbox', { name: 'European Union' }));
    expect(onChange).toHaveBeenLastCalledWith({ actorIds: ['lukashenko', 'eu'] });
    await user.click(within(group).getByRole('checkbox', { name: 'Alexander Lukashenko' }));
    expect(onChange).toHaveBeenLastCalledWith({ actorIds: [] });

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Actor' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('keeps the actors’ checkboxes out of the page until the list is opened', async () => {
    const user = userEvent.setup();
    const { container } = renderBar();
    // Hidden or not, a closed list of hundreds of actors would still be styled and laid out on each change.
    expect(container.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: /^Actor/ }));
    expect(within(screen.getByRole('group', { name: 'Actor' })).getAllByRole('checkbox')).toHaveLength(
      dataset.actors.length,
    );
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(container.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
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
