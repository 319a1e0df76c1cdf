import { render, screen } from '@testing-library/react';
import { filterDataset } from '../../domain/filters';
import { emptyFilters } from '../../domain/url-state';
import { dashboardDataset as dataset } from '../../test/fixtures/dashboard-dataset';
import { FilterSummary } from './filter-summary';

const totals = { quotes: dataset.quotes.length, events: dataset.events.length, figures: dataset.figures.length };

describe('FilterSummary', () => {
  it('says everything is shown when nothing is filtered', () => {
    render(<FilterSummary view={filterDataset(dataset, emptyFilters)} totals={totals} actorFilterActive={false} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      `Showing all ${totals.quotes} quotes, ${totals.events} events and ${totals.figures} figures.`,
    );
  });

  it('counts what a date filter shows and the undated quotes it leaves out', () => {
    const view = filterDataset(dataset, { ...emptyFilters, from: '2020-08-17' });
    render(<FilterSummary view={view} totals={totals} actorFilterActive={false} />);
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${view.quotes.length} of ${totals.quotes} quotes`);
    expect(
      screen.getByText(`${view.undatedQuotesHidden} undated quote is left out while a date is set.`),
    ).toBeInTheDocument();
  });

  it('explains that figures ignore the actor filter', () => {
    const view = filterDataset(dataset, { ...emptyFilters, actorIds: ['eu'] });
    render(<FilterSummary view={view} totals={totals} actorFilterActive />);
    expect(screen.getByRole('status')).toHaveTextContent(`all ${totals.figures} figures`);
    expect(screen.getByText(/Figures are not attributed to actors/)).toBeInTheDocument();
  });
});
