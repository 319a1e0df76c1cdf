import { act, render, screen, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import type { Figure, Metric } from '../../data/schema';
import { getDatasetNames } from '../../domain/dataset-names';
import { getFigureSeries, type FigurePoint } from '../../domain/figure-series';
import { getVoiceOf } from '../../domain/item-voice';
import { getDateSpan } from '../../domain/filters';
import { mapDataset, mapEvents, mapFigures } from '../../test/fixtures/map-dataset';
import { voiceDataset } from '../../test/fixtures/voice-dataset';
import { loadCatalogue } from '../../ui/i18n/catalogue';
import { createI18n, I18nProvider } from '../../ui/i18n/i18n';
import { FigureMarks } from './chart-layers';
import { getPlotGeometry } from './plot-geometry';
import { DetentionsChart, type DetentionsChartProps } from './detentions-chart';
import { testWording } from '../../test/wording';

const english = testWording('en');

/** The chart with its settings kept the way the page keeps them (in the URL), reporting each change. */
function ChartWithSettings(props: DetentionsChartProps) {
  const [settings, setSettings] = useState({ metric: props.metric, table: props.showTable });
  return (
    <DetentionsChart
      {...props}
      metric={settings.metric}
      showTable={settings.table}
      onChartSettingsChange={(patch) => {
        props.onChartSettingsChange(patch);
        setSettings((previous) => ({ ...previous, ...patch }));
      }}
    />
  );
}

function renderChart(
  overrides: Partial<DetentionsChartProps> = {},
  wrapper?: (props: { children: ReactNode }) => ReactNode,
) {
  const props: DetentionsChartProps = {
    metric: 'detentions' satisfies Metric,
    showTable: false,
    onChartSettingsChange: vi.fn(),
    figures: mapFigures,
    events: mapEvents,
    dateSpan: getDateSpan(mapDataset),
    from: null,
    to: null,
    sourceName: getDatasetNames(mapDataset).sourceName,
    voiceOf: getVoiceOf(mapDataset, english),
    onDateRangeChange: vi.fn(),
    onOpenEvidence: vi.fn(),
    ...overrides,
  };
  return { props, ...render(<ChartWithSettings {...props} />, { wrapper }) };
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

  it('opens with the metric and the table a link asks for, and hands every change to the page', async () => {
    const user = userEvent.setup();
    const { props } = renderChart({ metric: 'crowd', showTable: true });
    expect(screen.getByRole('radio', { name: /^Crowd sizes/ })).toBeChecked();
    expect(screen.getByRole('table', { name: 'Crowd sizes as reported: 1 crowd-size report' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /^Deaths/ }));
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(props.onChartSettingsChange).toHaveBeenNthCalledWith(1, { metric: 'deaths' });
    expect(props.onChartSettingsChange).toHaveBeenNthCalledWith(2, { table: false });
  });

  it('draws no milestone outside the dates shown, and names those it leaves out', () => {
    renderChart({ from: '2020-08-16', to: '2020-08-16' });
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['16 Aug 2020: March of Freedom']);
    expect(
      screen.getByText(
        /Not drawn, outside these dates: Presidential election \(9 Aug 2020\); National strike \(26 Oct 2020\)\.$/,
      ),
    ).toBeInTheDocument();
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

describe('DetentionsChart in Russian', () => {
  async function inRussian() {
    const i18n = createI18n('ru', await loadCatalogue('ru'));
    return ({ children }: { children: ReactNode }) => <I18nProvider i18n={i18n}>{children}</I18nProvider>;
  }

  it('says what it shows, dates and counts in Russian, and leaves the articles’ words as they are', async () => {
    renderChart({ from: '2020-08-16', to: '2020-08-16' }, await inRussian());
    expect(
      screen.getByText('1 сообщение о задержаниях за 16 авг. 2020 г., ни в одном не названо число: thousands.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['16 авг. 2020 г.: March of Freedom']);
    expect(
      screen.getByText(
        /Вне выбранных дат и потому не отмечены: Presidential election \(9 авг\. 2020 г\.\); National strike \(26 окт\. 2020 г\.\)\.$/,
      ),
    ).toBeInTheDocument();
  });

  it('writes its table’s range and numbers the Russian way', async () => {
    const user = userEvent.setup();
    renderChart({ to: '2020-10-27' }, await inRussian());
    await user.click(screen.getByRole('button', { name: 'Показать таблицей' }));
    const table = screen.getByRole('table', {
      name: 'Задержания по сообщениям, начало периода — 27 окт. 2020 г.: 4 сообщения о задержаниях',
    });
    expect(within(table).getByText(/^15\s000$/)).toBeInTheDocument();
    // A date breaks only before its year, never inside "окт." or "г.".
    const dates = [...table.querySelectorAll('time')].map((time) => time.textContent);
    expect(dates).toContain('27\u00a0окт. 2020\u00a0г.');
  });

  it('names each point in Russian around the article’s words', async () => {
    const { marks } = await renderMarks(detentions, getVoiceOf(mapDataset, english), await inRussian());
    const names = marks.map((mark) => mark.getAttribute('aria-label'));
    // The date comes with who says so (item-voice); the words around it are the chart's own.
    expect(names.some((name) => /^around 15,000 человек задержано, .+\. Открыть источник\.$/.test(name ?? ''))).toBe(
      true,
    );
    expect(names.some((name) => /^«scores» человек задержано \(число не названо\)/.test(name ?? ''))).toBe(true);
  });
});

/** The chart's marks in a chart of fixed size (the page's chart takes its width from the layout, which jsdom lacks). */
async function renderMarks(
  figures: Figure[],
  voiceOf = getVoiceOf(mapDataset, english),
  wrapper?: (props: { children: ReactNode }) => ReactNode,
) {
  const series = getFigureSeries(figures, figures[0]?.metric ?? 'detentions');
  const points = [...series.numeric, ...series.vague].sort((a, b) => a.time - b.time);
  const onActivate = vi.fn<(point: FigurePoint) => void>();
  const onOpen = vi.fn<(point: FigurePoint) => void>();
  const max = Math.max(...points.map((point) => point.value ?? 0));
  const times = points.map((point) => point.time);
  const domain = { x: [Math.min(...times), Math.max(...times)], y: [0, max * 1.2] } as const;
  const geometry = getPlotGeometry({ width: 900, height: 400, domain, bandHeight: 32 });
  render(
    <svg width={900} height={400}>
      <FigureMarks
        points={points}
        geometry={geometry}
        vagueRows={1}
        activeId={null}
        tooltipId="tooltip"
        voiceOf={voiceOf}
        onActivate={onActivate}
        onDeactivate={vi.fn()}
        onOpen={onOpen}
      />
    </svg>,
    { wrapper },
  );
  const marks = await screen.findAllByRole('button');
  const printedLabels = () => [...document.querySelectorAll('.figure-mark__label')].map((label) => label.textContent);
  return { points, marks, onActivate, onOpen, printedLabels };
}

/** Many detention reports a day apart, every third giving no number; one stands out as the highest. */
function manyFigures(count: number, peakIndex: number): Figure[] {
  const base = mapFigures.find((figure) => figure.id === 'detained-6700')!;
  return Array.from({ length: count }, (_, index) => {
    const asOf = new Date(Date.UTC(2020, 7, 1 + index)).toISOString().slice(0, 10);
    const value = index % 3 === 2 ? null : index === peakIndex ? 90_000 : 100 + index;
    const label = value === null ? `dozens ${index}` : `about ${value}`;
    return { ...base, id: `report-${index}`, asOf, value, label };
  });
}

describe('DetentionsChart marks who says so, and when', () => {
  const renderVoiceChart = () =>
    renderChart({
      figures: voiceDataset.figures,
      events: voiceDataset.events,
      dateSpan: getDateSpan(voiceDataset),
      sourceName: getDatasetNames(voiceDataset).sourceName,
      voiceOf: getVoiceOf(voiceDataset, english),
    });
  const rowOf = (table: HTMLElement, label: string) =>
    within(table).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;

  it('names who reports each figure in the table, and who estimated a crowd with the words that say so', async () => {
    const user = userEvent.setup();
    renderVoiceChart();
    await user.click(screen.getByRole('radio', { name: /^Crowd sizes/ }));
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Crowd sizes as reported: 1 crowd-size report' });
    const reportedBy = within(table)
      .getAllByRole('columnheader')
      .findIndex((cell) => cell.textContent === 'Reported by');
    const cells = within(rowOf(table, 'around 50,000')).getAllByRole('cell');
    // The row header is not a cell: the column's index among cells is one less.
    expect(cells[reportedBy - 1]).toHaveTextContent('CNN estimate a CNN crew in Minsk estimated');
  });

  it('dates an undated figure by its report, and notes an inferred place', async () => {
    const user = userEvent.setup();
    renderVoiceChart();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const row = rowOf(screen.getByRole('table'), 'scores');
    expect(row).toHaveTextContent('Reported 27 Oct 2020; the article gives no date');
    expect(row).toHaveTextContent('Article of 27 Oct 2020');
    expect(row).toHaveTextContent('Place inferred: The article speaks of the country without naming it.');
  });

  it('names each point with who says so and when', async () => {
    const { marks } = await renderMarks(
      voiceDataset.figures.filter((figure) => figure.metric === 'crowd'),
      getVoiceOf(voiceDataset, english),
    );
    expect(marks[0]).toHaveAccessibleName('around 50,000 people, 16 Aug 2020, CNN estimate. Open the source.');
  });
});

describe('FigureMarks', () => {
  it('prints every report’s label when there are few', async () => {
    const { marks, printedLabels } = await renderMarks(detentions);
    expect(marks).toHaveLength(detentions.length);
    expect(printedLabels().sort()).toEqual(detentions.map((figure) => figure.label).sort());
  });

  it('with many reports prints only the highest and the latest number, and still names every point', async () => {
    const figures = manyFigures(60, 10);
    const { marks, printedLabels, onActivate, points } = await renderMarks(figures);
    expect(marks).toHaveLength(60);
    // The 60th report gives no number, so the latest number is the 59th's.
    expect(printedLabels().sort()).toEqual(['about 158', 'about 90000']);
    // Unlabelled points keep their name and their quote on focus.
    const quiet = screen.getByRole('button', { name: /^about 103 people detained, 4 Aug 2020\./ });
    act(() => quiet.focus());
    expect(onActivate).toHaveBeenLastCalledWith(
      points.find((point) => point.figure.id === 'report-3'),
      expect.anything(),
    );
    expect(screen.getByRole('button', { name: /^“dozens 2” people detained \(no number given\)/ })).toBeInTheDocument();
  });

  it('is one tab stop; the arrow keys, Home and End move between points in date order', async () => {
    const user = userEvent.setup();
    const figures = manyFigures(50, 10);
    const { marks, onOpen } = await renderMarks(figures);
    const names = marks.map((mark) => mark.getAttribute('aria-label'));
    const focusedIndex = () => names.indexOf(document.activeElement?.getAttribute('aria-label') ?? null);

    await user.tab();
    expect(focusedIndex()).toBe(0);
    expect(names[0]).toMatch(/1 Aug 2020/);
    await user.keyboard('{ArrowLeft}');
    expect(focusedIndex()).toBe(0);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedIndex()).toBe(2);
    expect(names[2]).toMatch(/3 Aug 2020/);
    await user.keyboard('{End}');
    expect(focusedIndex()).toBe(49);
    await user.keyboard('{ArrowRight}');
    expect(focusedIndex()).toBe(49);
    await user.keyboard('{Home}{ArrowRight}');
    expect(focusedIndex()).toBe(1);
    // Only the point last focused stays in the tab order, so Tab leaves the chart and Shift+Tab returns to it.
    expect(marks.filter((mark) => mark.tabIndex === 0)).toEqual([marks[1]]);
    await user.tab();
    expect(document.activeElement).toBe(document.body);
    await user.tab({ shift: true });
    expect(focusedIndex()).toBe(1);

    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ figure: figures[1] }));
  });
});
