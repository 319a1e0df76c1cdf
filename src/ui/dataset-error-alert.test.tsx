import { render, screen } from '@testing-library/react';
import { DatasetLoadError } from '../data/dataset-query';
import { DatasetErrorAlert } from './dataset-error-alert';

describe('DatasetErrorAlert', () => {
  it('lists the first problems of a very bad file and counts all the others, not only those the check kept', () => {
    // What the check hands over for 200,000 bad records: the first 100 listed, the rest only counted.
    const problems = Array.from({ length: 100 }, (_, index) => ({
      path: `places[${index}].lat`,
      message: 'expected number',
    }));
    const error = new DatasetLoadError({ kind: 'schema', problems, more: 199_900 });
    render(
      <DatasetErrorAlert title="The data could not be loaded" error={error} retrying={false} onRetry={() => {}} />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('places[2].lat: expected number');
    expect(alert).not.toHaveTextContent('places[3].lat');
    expect(alert).toHaveTextContent('and 199,997 more.');
  });
});
