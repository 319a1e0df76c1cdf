import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPreloadable } from './lazy-preloadable';

function Chart({ label }: { label: string }) {
  return <p>{label}</p>;
}

function renderInSuspense(node: React.ReactNode) {
  return render(<Suspense fallback={<p>Loading the chart</p>}>{node}</Suspense>);
}

describe('lazyPreloadable', () => {
  it('renders a preloaded component at once, never showing the Suspense fallback', async () => {
    const { Component, preload } = lazyPreloadable(() => Promise.resolve(Chart));
    await preload();
    renderInSuspense(<Component label="Detentions" />);
    expect(screen.queryByText('Loading the chart')).not.toBeInTheDocument();
    expect(screen.getByText('Detentions')).toBeInTheDocument();
  });

  it('suspends like React.lazy when the code has not loaded yet, then renders it', async () => {
    const { Component } = lazyPreloadable(() => Promise.resolve(Chart));
    renderInSuspense(<Component label="Detentions" />);
    expect(screen.getByText('Loading the chart')).toBeInTheDocument();
    expect(await screen.findByText('Detentions')).toBeInTheDocument();
  });

  it('loads the code once however often it is asked for', async () => {
    let loads = 0;
    const { preload } = lazyPreloadable(() => {
      loads += 1;
      return Promise.resolve(Chart);
    });
    await Promise.all([preload(), preload()]);
    await preload();
    expect(loads).toBe(1);
  });

  it('asks again after a failed download', async () => {
    let attempts = 0;
    const { preload } = lazyPreloadable(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Chart);
    });
    await expect(preload()).rejects.toThrow('offline');
    await act(async () => {
      await preload();
    });
    expect(attempts).toBe(2);
  });
});
