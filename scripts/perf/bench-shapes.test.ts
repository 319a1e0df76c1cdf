import { datasetSlug, planDatasets, synthArgs } from './bench-shapes';

describe('planDatasets', () => {
  it('measures each synthetic size in every shape and layout asked for, and the real dataset once', () => {
    const plan = planDatasets(['real', '1000'], ['today', 'diverse'], ['lines', 'json']);
    expect(plan.map(datasetSlug)).toEqual([
      'real',
      '1000-today-lines',
      '1000-today-json',
      '1000-diverse-lines',
      '1000-diverse-json',
    ]);
  });

  it('refuses a shape, layout or size it does not know, naming what it takes', () => {
    expect(() => planDatasets(['1000'], ['huge'], ['lines'])).toThrow(
      /--shapes takes today, diverse, many-places, many-towns/,
    );
    expect(() => planDatasets(['1000'], ['today'], ['csv'])).toThrow(/--layouts takes lines, json/);
    expect(() => planDatasets(['lots'], ['today'], ['lines'])).toThrow(/--sizes/);
  });
});

describe('synthArgs', () => {
  it('asks the synthesiser for the shape’s counts and the layout', () => {
    expect(synthArgs({ kind: 'synthetic', events: 100_000, shape: 'diverse', layout: 'json' })).toEqual([
      '--events',
      '100000',
      '--layout',
      'json',
      '--places',
      '2000',
      '--towns',
      '2000',
      '--actors',
      '500',
      '--sources',
      '1000',
      '--quotes',
      '20000',
    ]);
    expect(synthArgs({ kind: 'synthetic', events: 10, shape: 'today', layout: 'lines' })).toEqual([
      '--events',
      '10',
      '--layout',
      'lines',
    ]);
  });
});
