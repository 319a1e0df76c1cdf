import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterPaint } from './use-after-paint';

function Costly() {
  return <p>{useAfterPaint() ? 'The chart' : 'Its placeholder'}</p>;
}

describe('useAfterPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] }));
  afterEach(() => vi.useRealTimers());

  it('shows the placeholder first and the costly part only in a task after the next frame', () => {
    render(<Costly />);
    expect(screen.getByText('Its placeholder')).toBeInTheDocument();
    // The frame alone is not enough: the drawing waits for a task of its own after it.
    act(() => {
      vi.advanceTimersToNextFrame();
    });
    expect(screen.getByText('Its placeholder')).toBeInTheDocument();
    act(() => {
      vi.advanceTimersToNextTimer();
    });
    expect(screen.getByText('The chart')).toBeInTheDocument();
  });

  it('draws even where no frame comes, as in a hidden tab', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    try {
      render(<Costly />);
      act(() => {
        vi.advanceTimersByTime(200);
      });
      expect(screen.getByText('The chart')).toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
