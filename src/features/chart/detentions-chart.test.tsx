import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { datasetQueryOptions } from '../../data/dataset-query';
import { mapDataset, mapEvents, mapFigures } from '../../test/fixtures/map-dataset';
import { DetentionsChart, type DetentionsChartProps } from './detentions-chart';

function renderChart(overrides: Partial<DetentionsChartProps> = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryOptions().queryKey, mapDataset);
  const props: DetentionsChartProps = {
    figures: mapFigures,
    events: mapEvents,
    from: null,
    to: null,
    onDateRangeChange: vi.fn(),
    onOpenEvidence: vi.fn(),
    ...overrides,
  };
  const view = render(
    <QueryClientProvider client={client}>
      <DetentionsChart {...props} />
    </QueryClientProvider>,
  );
  return { props, ...view };
}

const detentions = mapFigures.filter((figure) => figure.metric === 'detentions');

describe('DetentionsChart', () => {
  it('shows detentions first and says what the chart shows in words', () => {
    renderChart();
    expect(screen.getByRole('radio', { name: /^Detentions/ })).toBeChecked();
    expect(
      screen.getByText(
        '4 detention reports from 14 Aug 2020 to 27 Oct 2020; the highest reported: around 15,000 (27 Oct 2020). 2 give no number: thousands; scores.',
      ),
    ).toBeInTheDocument();
  });

  it('describes the milestones drawn on the chart', () => {
    renderChart();
    const moments = screen.getByRole('list');
    expect(
      within(moments)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['9 Aug 2020: Presidential election', '16 Aug 2020: March of Freedom', '26 Oct 2020: National strike']);
  });

  it('shows the same reports as a table, vague ones included, each with its source', async () => {
    const user = userEvent.setup();
    const { props } = renderChart();
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');

    const table = screen.getByRole('table', { name: 'Detentions as reported: 4 detention reports' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'more than 6,700',
      'Thousands',
      'scores',
      'around 15,000',
    ]);
    expect(within(rows[1]!).getByText('not given')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('6,700')).toBeInTheDocument();

    await user.click(
      within(rows[3]!).getByRole('button', { name: /^Source: Fixture News, 27 Oct 2020, for “around 15,000”/ }),
    );
    expect(props.onOpenEvidence).toHaveBeenCalledWith(
      detentions.find((figure) => figure.id === 'arrested-15000')!.evidence[0],
    );

    await user.click(toggle);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('switches the metric: crowd sizes and deaths from the same figures', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    await user.click(screen.getByRole('radio', { name: /^Crowd sizes/ }));
    expect(screen.getByRole('radio', { name: /^Crowd sizes/ })).toBeChecked();
    expect(screen.getByRole('table', { name: 'Crowd sizes as reported: 1 crowd-size report' })).toBeInTheDocument();
    expect(
      screen.getByText(/^1 crowd-size report on 16 Aug 2020; the highest reported: around 50,000/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /^Deaths/ }));
    expect(screen.getByRole('table', { name: 'Deaths as reported: 1 report of deaths' })).toBeInTheDocument();
  });

  it('counts each metric’s reports beside its name', () => {
    renderChart();
    expect(screen.getByRole('radio', { name: 'Detentions (4)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Crowd sizes (1)' })).toBeInTheDocument();
  });

  it('follows the date filter in its summary and table', async () => {
    const user = userEvent.setup();
    renderChart({ from: '2020-10-01', to: null });
    expect(screen.getByText(/^2 detention reports from 26 Oct 2020 to 27 Oct 2020/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(
      screen.getByRole('table', { name: 'Detentions as reported, 1 Oct 2020 to the end: 2 detention reports' }),
    ).toBeInTheDocument();
  });

  it('says so when the selection has no report of a metric', async () => {
    const user = userEvent.setup();
    renderChart({ figures: detentions });
    await user.click(screen.getByRole('radio', { name: /^Deaths/ }));
    expect(screen.getByText('No reports of deaths in the current selection.')).toBeInTheDocument();
  });
});
