import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Region } from './region';

function Broken(): never {
  throw new Error('the view’s code failed');
}

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Pressed {count} times
    </button>
  );
}

describe('Region', () => {
  beforeEach(() => {
    // React and the boundary log the caught error; the test expects it, the output need not show it.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a failing view’s message under its own heading while a sibling view keeps working', async () => {
    render(
      <>
        <Region id="chart" title="Detentions over time" caption="As the articles report them.">
          <Broken />
        </Region>
        <Region id="actors" title="Actors">
          <Counter />
        </Region>
      </>,
    );

    const chart = screen.getByRole('region', { name: 'Detentions over time' });
    expect(chart).toHaveTextContent('As the articles report them.');
    const alert = screen.getByRole('alert');
    expect(chart).toContainElement(alert);
    expect(alert).toHaveTextContent(
      'The Detentions over time view could not be shown. The rest of the page still works; reloading may bring it back.',
    );
    expect(alert).not.toHaveTextContent('the view’s code failed');

    const actors = screen.getByRole('region', { name: 'Actors' });
    expect(actors).not.toContainElement(alert);
    await userEvent.click(screen.getByRole('button', { name: 'Pressed 0 times' }));
    expect(screen.getByRole('button', { name: 'Pressed 1 times' })).toBeInTheDocument();
  });

  it('names the view that failed', () => {
    render(
      <Region id="actors" title="Actors">
        <Broken />
      </Region>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/^The Actors view could not be shown\./);
  });
});
