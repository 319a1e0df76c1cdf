import { render } from '@testing-library/react';
import { numberFormat } from '../../domain/intl-formats';
import { ChartAxes, ValueGridLines } from './chart-axes';
import { Y_AXIS_WIDTH } from './chart-geometry';
import { getPlotGeometry } from './plot-geometry';

const time = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const WIDTH = 600;
const HEIGHT = 300;
const first = time('2020-08-09');
const last = time('2020-10-27');
const middle = (first + last) / 2;
const dateTicks = [first, middle, last];
const valueTicks = [0, 10_000, 20_000];
const russianNumbers = numberFormat('ru');

/** The chart's axes as the timeline draws them, in an SVG of the chart's size, with no band of vague reports. */
function renderAxes() {
  const geometry = getPlotGeometry({
    width: WIDTH,
    height: HEIGHT,
    domain: { x: [first, last], y: [0, 20_000] },
    bandHeight: 0,
  });
  render(
    <svg width={WIDTH} height={HEIGHT}>
      <ValueGridLines ticks={valueTicks} geometry={geometry} />
      <ChartAxes
        geometry={geometry}
        dateTicks={dateTicks}
        valueTicks={valueTicks}
        formatDate={(value) => new Date(value).toISOString().slice(5, 10)}
        formatValue={(value) => russianNumbers.format(value)}
        unit="человек задержано"
      />
    </svg>,
  );
  const box = geometry.plot;
  const plot = { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
  const attribute = (element: Element, name: string) => Number(element.getAttribute(name));
  const labels = (axis: 'date' | 'value') => [
    ...document.querySelectorAll(`.timeline-chart__axis--${axis} .timeline-chart__tick-label`),
  ];
  return { plot, attribute, labels };
}

describe('ChartAxes', () => {
  it('labels each value in the reader’s locale on its grid line, the higher value higher up', () => {
    const { attribute, labels, plot } = renderAxes();
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

  it('puts each date under the plot where it falls in time, the first and last days inside the plot', () => {
    const { attribute, labels, plot } = renderAxes();
    const dateLabels = labels('date');
    expect(dateLabels.map((label) => label.textContent)).toEqual(['08-09', '09-17', '10-27']);
    const [x0, x1, x2] = dateLabels.map((label) => attribute(label, 'x'));
    expect(x0).toBeGreaterThan(plot.left);
    expect(x2).toBeLessThan(plot.right);
    // Halfway in time is halfway across.
    expect(x1).toBeCloseTo((x0! + x2!) / 2);
    for (const label of dateLabels) expect(attribute(label, 'y')).toBeGreaterThan(plot.bottom);
  });

  it('writes the unit up the value axis, inside its room left of the plot', () => {
    const { attribute, plot } = renderAxes();
    const unit = document.querySelector('.timeline-chart__unit')!;
    expect(unit.textContent).toBe('человек задержано');
    expect(unit.getAttribute('transform')).toMatch(/^rotate\(-90,/);
    expect(attribute(unit, 'x')).toBeGreaterThan(plot.left - Y_AXIS_WIDTH);
    expect(attribute(unit, 'x')).toBeLessThan(plot.left);
    expect(attribute(unit, 'y')).toBeLessThan(plot.bottom);
  });
});
