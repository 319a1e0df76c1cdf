import { render, waitFor } from '@testing-library/react';
import { ComposedChart, XAxis, YAxis } from 'recharts';
import { numberFormat } from '../../domain/intl-formats';
import { ChartAxes, ValueGridLines } from './chart-axes';
import { PLOT_MARGIN, Y_AXIS_WIDTH } from './chart-geometry';

const time = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const WIDTH = 600;
const HEIGHT = 300;
const first = time('2020-08-09');
const last = time('2020-10-27');
const dateTicks = [time('2020-09-01'), time('2020-10-01')];
const valueTicks = [0, 10_000, 20_000];
const russianNumbers = numberFormat('ru');

/** The chart's axes as the timeline draws them: Recharts' axes hidden, giving the scales, the margin taking their room. */
async function renderAxes() {
  render(
    <ComposedChart width={WIDTH} height={HEIGHT} data={[{ time: first }, { time: last }]} margin={PLOT_MARGIN}>
      <XAxis hide dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} />
      <YAxis hide type="number" domain={[0, 20_000]} allowDataOverflow niceTicks="none" />
      <ValueGridLines ticks={valueTicks} />
      <ChartAxes
        dateTicks={dateTicks}
        valueTicks={valueTicks}
        formatDate={(value) => new Date(value).toISOString().slice(5, 10)}
        formatValue={(value) => russianNumbers.format(value)}
        unit="человек задержано"
      />
    </ComposedChart>,
  );
  // Recharts draws its children once its store has the axes, after the first render.
  await waitFor(() => expect(document.querySelector('.timeline-chart__axes')).not.toBeNull());
  const plot = {
    left: PLOT_MARGIN.left,
    right: WIDTH - PLOT_MARGIN.right,
    top: PLOT_MARGIN.top,
    bottom: HEIGHT - PLOT_MARGIN.bottom,
  };
  const attribute = (element: Element, name: string) => Number(element.getAttribute(name));
  const labels = (axis: 'date' | 'value') => [
    ...document.querySelectorAll(`.timeline-chart__axis--${axis} .timeline-chart__tick-label`),
  ];
  return { plot, attribute, labels };
}

describe('ChartAxes', () => {
  it('labels each value in the reader’s locale on its grid line, the higher value higher up', async () => {
    const { attribute, labels, plot } = await renderAxes();
    const valueLabels = labels('value');
    expect(valueLabels.map((label) => label.textContent)).toEqual(valueTicks.map((v) => russianNumbers.format(v)));
    const gridHeights = [...document.querySelectorAll('.timeline-chart__grid line')].map((line) =>
      attribute(line, 'y1'),
    );
    const labelHeights = valueLabels.map((label) => attribute(label, 'y'));
    expect(gridHeights).toEqual(expect.arrayContaining(labelHeights));
    expect(labelHeights[0]).toBeCloseTo(plot.bottom);
    expect(labelHeights[2]).toBeCloseTo(plot.top);
    expect(labelHeights[1]).toBeCloseTo((plot.top + plot.bottom) / 2);
    // Right-aligned left of the axis line, clear of the plot.
    for (const label of valueLabels) {
      expect(attribute(label, 'x')).toBeLessThan(plot.left);
      expect(label.getAttribute('text-anchor')).toBe('end');
    }
  });

  it('puts each date under the plot where its day falls on the time scale', async () => {
    const { attribute, labels, plot } = await renderAxes();
    const dateLabels = labels('date');
    expect(dateLabels.map((label) => label.textContent)).toEqual(['09-01', '10-01']);
    dateLabels.forEach((label, index) => {
      const share = (dateTicks[index]! - first) / (last - first);
      expect(attribute(label, 'x')).toBeCloseTo(plot.left + share * (plot.right - plot.left));
      expect(attribute(label, 'y')).toBeGreaterThan(plot.bottom);
    });
  });

  it('writes the unit up the value axis, inside its room left of the plot', async () => {
    const { attribute, plot } = await renderAxes();
    const unit = document.querySelector('.timeline-chart__unit')!;
    expect(unit.textContent).toBe('человек задержано');
    expect(unit.getAttribute('transform')).toMatch(/^rotate\(-90,/);
    expect(attribute(unit, 'x')).toBeGreaterThan(plot.left - Y_AXIS_WIDTH);
    expect(attribute(unit, 'x')).toBeLessThan(plot.left);
    expect(attribute(unit, 'y')).toBeLessThan(plot.bottom);
  });
});
