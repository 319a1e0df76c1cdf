import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HowToRead } from './how-to-read';

describe('HowToRead', () => {
  it('explains every mark behind one disclosure', async () => {
    render(<HowToRead />);
    const summary = screen.getByText('How to read this');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    // jsdom does not map Enter on a summary to a click as browsers do; the e2e specs open it from the keyboard.
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    for (const mark of ['the article gives no date', 'CNN estimate', 'via Belta', 'Place inferred', 'Sources disagree'])
      expect(details).toHaveTextContent(mark);
  });
});
