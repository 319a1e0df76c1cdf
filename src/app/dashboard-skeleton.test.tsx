import { act, render, screen } from '@testing-library/react';
import { datasetProgress } from '../data/dataset-progress';
import { getDatasetUrl } from '../data/dataset-query';
import { DashboardSkeleton } from './dashboard-skeleton';

describe('DashboardSkeleton', () => {
  const progress = datasetProgress(getDatasetUrl());
  afterEach(() => act(() => progress.report({ phase: 'downloading', received: 0, total: null })));

  it('says how much of the data has come, and that it is being checked once it has all come', () => {
    render(<DashboardSkeleton />);
    expect(screen.getByText('Loading the data…', { selector: '.filter-summary__count' })).toBeVisible();
    act(() => progress.report({ phase: 'downloading', received: 36_250_000, total: 72_500_000 }));
    expect(screen.getByText('Loading the data… 50%', { selector: '.filter-summary__count' })).toBeVisible();
    act(() => progress.report({ phase: 'checking' }));
    expect(screen.getByText('Checking the data…', { selector: '.filter-summary__count' })).toBeVisible();
  });

  it('counts megabytes when the server does not say how many will come', () => {
    render(<DashboardSkeleton />);
    act(() => progress.report({ phase: 'downloading', received: 12_400_000, total: null }));
    expect(screen.getByText('Loading the data… 12 MB', { selector: '.filter-summary__count' })).toBeVisible();
  });

  it('says it over the facts’ block too, for the eye only (the page’s CSS shows it on narrow screens)', () => {
    render(<DashboardSkeleton />);
    act(() => progress.report({ phase: 'downloading', received: 36_250_000, total: 72_500_000 }));
    const overBlock = screen.getByText('Loading the data… 50%', { selector: '.skeleton-progress__text' });
    expect(overBlock).toHaveAttribute('aria-hidden', 'true');
  });

  it('tells a screen reader that the data is loading, then that it is being checked, not every percent', () => {
    render(<DashboardSkeleton />);
    act(() => progress.report({ phase: 'downloading', received: 1, total: 4 }));
    const said = () => screen.getAllByRole('status').map((status) => status.textContent);
    expect(said()).toContain('Loading the data…');
    expect(said().join(' ')).not.toContain('%');
    act(() => progress.report({ phase: 'checking' }));
    expect(said()).toContain('Checking the data…');
  });
});
