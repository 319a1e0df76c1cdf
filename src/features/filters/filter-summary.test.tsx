import { render, screen } from '@testing-library/react';
import { filterDataset } from '../../domain/filters';
import { emptyFilters } from '../../domain/url-state';
import { loadCatalogue } from '../../ui/i18n/catalogue';
import { createI18n, I18nProvider } from '../../ui/i18n/i18n';
import { dashboardDataset as dataset } from '../../test/fixtures/dashboard-dataset';
import { FilterSummary } from './filter-summary';

// The fixture holds 3 quotes (one undated), 2 events and 2 figures.
const totals = { quotes: 3, events: 2, figures: 2 };

describe('FilterSummary', () => {
  it('says everything is shown when nothing is filtered', () => {
    render(<FilterSummary view={filterDataset(dataset, emptyFilters)} totals={totals} actorFilterActive={false} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Showing all 3 quotes, 2 events and 2 figures\.$/);
  });

  it('counts what a date filter shows', () => {
    const view = filterDataset(dataset, { ...emptyFilters, from: '2020-08-17' });
    render(<FilterSummary view={view} totals={totals} actorFilterActive={false} />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Showing 2 of 3 quotes, 1 of 2 events and 0 of 2 figures\.$/);
  });

  it('says when an item without a date of its own is shown by the day it was reported', () => {
    // The undated quote was reported on 16 August.
    const view = filterDataset(dataset, { ...emptyFilters, from: '2020-08-16' });
    render(<FilterSummary view={view} totals={totals} actorFilterActive={false} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Showing all 3 quotes, all 2 events and 1 of 2 figures\.1 item without a date of its own is included by the day it was first reported\.$/,
    );
  });

  it('explains that figures ignore the actor filter', () => {
    const view = filterDataset(dataset, { ...emptyFilters, actorIds: ['eu'] });
    render(<FilterSummary view={view} totals={totals} actorFilterActive />);
    expect(screen.getByRole('status')).toHaveTextContent(/^Showing 0 of 3 quotes, 0 of 2 events and all 2 figures\./);
    expect(screen.getByText(/Figures are not attributed to actors/)).toBeInTheDocument();
  });

  it('counts in Russian with the plural form each number takes', async () => {
    const i18n = createI18n('ru', await loadCatalogue('ru'));
    const view = filterDataset(dataset, { ...emptyFilters, from: '2020-08-16' });
    render(
      <I18nProvider i18n={i18n}>
        <FilterSummary view={view} totals={totals} actorFilterActive={false} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Показано: все 3 цитаты, все 2 события и 1 из 2 цифр\.1 запись без собственной даты включена/,
    );
  });
});
