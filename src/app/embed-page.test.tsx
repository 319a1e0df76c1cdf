import { act, render, screen } from '@testing-library/react';
import { datasetProgress } from '../data/dataset-progress';
import { getDatasetUrl } from '../data/dataset-query';
import { EmbedOnlyApp } from './embed-only-app';
import { createQueryClient } from './query-client';
import { createMemoryUrlStore } from './url-store';

// A download that never ends: the embed stays in its loading state for the whole test.
function renderLoadingEmbed(search: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(() => new Promise<Response>(() => undefined)),
  );
  render(<EmbedOnlyApp queryClient={createQueryClient()} urlStore={createMemoryUrlStore(search)} />);
}

describe('EmbedPage while the data loads', () => {
  const progress = datasetProgress(getDatasetUrl());
  afterEach(() => {
    act(() => progress.report({ phase: 'downloading', received: 0, total: null }));
    vi.unstubAllGlobals();
  });

  it.each(['chart', 'map', 'timeline', 'actors', 'quote'])(
    'the %s embed says over its block how much has come, for the eye only',
    async (view) => {
      renderLoadingEmbed(`?view=${view}&quoteId=q-1`);
      act(() => progress.report({ phase: 'downloading', received: 36_250_000, total: 72_500_000 }));
      const line = await screen.findByText('Loading the data… 50%', { selector: '.skeleton-progress__text' });
      expect(line).toHaveAttribute('aria-hidden', 'true');
    },
  );

  it('tells a screen reader once that the data is loading, then that it is being checked, not every percent', async () => {
    renderLoadingEmbed('?view=all');
    act(() => progress.report({ phase: 'downloading', received: 1, total: 4 }));
    expect(await screen.findAllByText('Loading the data… 25%')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading the data…$/);
    act(() => progress.report({ phase: 'checking' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Checking the data…$/);
  });
});
