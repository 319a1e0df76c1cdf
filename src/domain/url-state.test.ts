import fc from 'fast-check';
import { metrics } from '../data/schema';
import { testWording } from '../test/wording';
import {
  defaultUrlState,
  describeUrlNotice,
  describeUrlNotices,
  chartMetrics,
  embedViews,
  knownParams,
  parseUrlState,
  serializeUrlState,
  themes,
  withChartSettings,
  withFilters,
  type UrlState,
} from './url-state';

const en = testWording('en');
import { locales } from './locale';

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const validState: fc.Arbitrary<UrlState> = fc
  .record({
    actorIds: fc.uniqueArray(slug, { maxLength: 4 }),
    placeId: fc.option(slug, { nil: null }),
    dates: fc.tuple(fc.option(isoDate, { nil: null }), fc.option(isoDate, { nil: null })),
    quoteId: fc.option(slug, { nil: null }),
    sourceId: fc.option(slug, { nil: null }),
    span: fc.option(
      fc.tuple(fc.nat({ max: 50_000 }), fc.integer({ min: 1, max: 5_000 })).map(([start, length]) => ({
        start,
        end: start + length,
      })),
      { nil: null },
    ),
    view: fc.option(fc.constantFrom(...embedViews), { nil: null }),
    theme: fc.option(fc.constantFrom(...themes), { nil: null }),
    metric: fc.option(fc.constantFrom(...chartMetrics), { nil: null }),
    table: fc.boolean(),
    lang: fc.option(fc.constantFrom(...locales), { nil: null }),
    childId: fc.option(
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== ''),
      {
        nil: null,
      },
    ),
  })
  .map(({ actorIds, placeId, dates: [a, b], quoteId, sourceId, span, view, theme, childId, metric, table, lang }) => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return {
      filters: { actorIds, placeId, from, to },
      quoteId,
      sourceId,
      span: sourceId === null ? null : span,
      view,
      theme,
      childId,
      metric,
      table,
      lang,
    };
  });

// Parameters a host page or an analytics tool might append; the app must carry them along untouched.
const foreignParam = fc
  .tuple(fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,8}$/), fc.string({ maxLength: 12 }))
  .filter(([name]) => !(knownParams as readonly string[]).includes(name))
  .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);

describe('parseUrlState', () => {
  it('reads every parameter of the contract', () => {
    const { state, notices } = parseUrlState(
      '?actor=lukashenko,tikhanouskaya&place=minsk&from=2020-08-09&to=2020-08-20&quote=q-1&source=cnn-2020-08-17&span=10-42&view=chart&theme=dark&childId=graphic-1&metric=crowd&table=1&lang=be',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      filters: { actorIds: ['lukashenko', 'tikhanouskaya'], placeId: 'minsk', from: '2020-08-09', to: '2020-08-20' },
      quoteId: 'q-1',
      sourceId: 'cnn-2020-08-17',
      span: { start: 10, end: 42 },
      view: 'chart',
      theme: 'dark',
      childId: 'graphic-1',
      metric: 'crowd',
      table: true,
      lang: 'be',
    });
  });

  it('drops a language the interface does not speak, saying which it does', () => {
    const { state, notices } = parseUrlState('?lang=de');
    expect(state.lang).toBeNull();
    expect(notices).toEqual([
      {
        param: 'lang',
        value: 'de',
        action: 'ignored',
        reason: { key: 'url.reason.oneOf', values: { options: 'en, be, ru' } },
      },
    ]);
  });

  it('gives the default state for an empty query string', () => {
    expect(parseUrlState('')).toEqual({ state: defaultUrlState, notices: [] });
    expect(parseUrlState('?')).toEqual({ state: defaultUrlState, notices: [] });
  });

  it('ignores unknown parameters silently', () => {
    expect(parseUrlState('?utm_source=newsletter&initialWidth=600&parentUrl=https%3A%2F%2Fexample.org')).toEqual({
      state: defaultUrlState,
      notices: [],
    });
  });

  it('leaves `embed` alone: only the legacy redirect (public/legacy-embed.js) reads it, before the app starts', () => {
    const { state, notices } = parseUrlState('?embed=yes&view=chart');
    expect(notices).toEqual([]);
    expect(state.view).toBe('chart');
    expect(serializeUrlState({ ...state, view: 'map' }, '?embed=yes&view=chart')).toBe('?view=map&embed=yes');
  });

  it.each([
    ['from', '2020-13-45'],
    ['to', 'yesterday'],
    ['place', 'Minsk City'],
    ['quote', '<b>x</b>'],
    ['source', '../../etc/passwd'],
    ['span', '20-10'],
    ['view', 'table'],
    ['theme', 'sepia'],
    ['metric', 'arrests'],
    ['table', 'yes'],
  ])('drops a malformed %s with a notice that names it', (param, value) => {
    const { state, notices } = parseUrlState(`?${param}=${encodeURIComponent(value)}&source=ok`);
    expect(notices).toEqual([expect.objectContaining({ param, value, action: 'ignored' })]);
    expect(serializeUrlState(state)).not.toContain(`${param}=${encodeURIComponent(value)}`);
  });

  it('keeps the valid actors of a list and reports the malformed one', () => {
    const { state, notices } = parseUrlState('?actor=lukashenko,<script>,,lukashenko,putin');
    expect(state.filters.actorIds).toEqual(['lukashenko', 'putin']);
    expect(notices).toEqual([expect.objectContaining({ param: 'actor', value: '<script>' })]);
  });

  it('reads repeated actor parameters as one list', () => {
    expect(parseUrlState('?actor=a&actor=b,c').state.filters.actorIds).toEqual(['a', 'b', 'c']);
  });

  it('drops a day before 1900 or after 2100 and says which days it takes', () => {
    const { state, notices } = parseUrlState('?from=0000-01-01&to=2101-01-01');
    expect(state.filters).toMatchObject({ from: null, to: null });
    expect(notices.map((notice) => describeUrlNotice(notice, en))).toEqual([
      'Ignored from=“0000-01-01”: not a day from 1900-01-01 to 2100-12-31.',
      'Ignored to=“2101-01-01”: not a day from 1900-01-01 to 2100-12-31.',
    ]);
  });

  it('swaps a reversed date range and says so', () => {
    const { state, notices } = parseUrlState('?from=2020-09-01&to=2020-08-01');
    expect(state.filters).toMatchObject({ from: '2020-08-01', to: '2020-09-01' });
    expect(notices).toEqual([expect.objectContaining({ param: 'to', action: 'adjusted' })]);
  });

  it('ignores a span that has no source to point into', () => {
    const { state, notices } = parseUrlState('?span=1-5');
    expect(state.span).toBeNull();
    expect(notices).toEqual([
      expect.objectContaining({ param: 'span', reason: { key: 'url.reason.spanNeedsSource' } }),
    ]);
  });

  it('never throws, whatever the query string holds', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        expect(() => parseUrlState(search)).not.toThrow();
      }),
    );
    expect(() => parseUrlState('?from=%E0%A4%A&actor=%')).not.toThrow();
  });
});

describe('serializeUrlState', () => {
  it('round-trips every valid state, with no notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(parseUrlState(serializeUrlState(state))).toEqual({ state, notices: [] });
      }),
    );
  });

  it('keeps the parameters a host page appended, exactly as written', () => {
    fc.assert(
      fc.property(validState, fc.array(foreignParam, { maxLength: 3 }), (state, foreign) => {
        const previous = `?${['actor=old', ...foreign, 'from=2020-01-01'].join('&')}`;
        const next = serializeUrlState(state, previous);
        for (const segment of foreign) expect(next).toContain(segment);
        expect(parseUrlState(next).state).toEqual(state);
      }),
    );
  });

  it('drops a malformed known parameter once the state is written back', () => {
    const previous = '?from=not-a-date&ref=home';
    const { state } = parseUrlState(previous);
    expect(serializeUrlState(state, previous)).toBe('?ref=home');
  });

  it('writes an empty string for the default state so links stay clean', () => {
    expect(serializeUrlState(defaultUrlState)).toBe('');
  });

  it('writes actor lists with readable commas', () => {
    const state = withFilters(defaultUrlState, { actorIds: ['lukashenko', 'tikhanouskaya'] });
    expect(serializeUrlState(state)).toBe('?actor=lukashenko,tikhanouskaya');
  });
});

describe('withFilters', () => {
  it('moves To along when From is set past it, so the range never empties by accident', () => {
    const state = withFilters(defaultUrlState, { from: '2020-08-01', to: '2020-08-10' });
    expect(withFilters(state, { from: '2020-08-20' }).filters).toMatchObject({ from: '2020-08-20', to: '2020-08-20' });
    expect(withFilters(state, { to: '2020-07-01' }).filters).toMatchObject({ from: '2020-07-01', to: '2020-07-01' });
  });
});

describe('withChartSettings', () => {
  it('keeps the filters and writes the default metric as no parameter, so links stay short', () => {
    const state = parseUrlState('?place=minsk&metric=crowd').state;
    expect(serializeUrlState(withChartSettings(state, { table: true }))).toBe('?place=minsk&metric=crowd&table=1');
    expect(serializeUrlState(withChartSettings(state, { metric: 'detentions' }))).toBe('?place=minsk');
  });
});

describe('chartMetrics', () => {
  it('are the metrics the dataset schema allows', () => {
    expect([...chartMetrics]).toEqual([...metrics]);
  });
});

describe('describeUrlNotice', () => {
  it('shortens long values so a URL cannot flood the page', () => {
    const text = describeUrlNotice(
      {
        param: 'place',
        value: 'x'.repeat(500),
        action: 'ignored',
        reason: { key: 'url.reason.notPlaceId' },
      },
      en,
    );
    expect(text.length).toBeLessThan(100);
    expect(text).toMatch(/^Ignored place=/);
  });
});

describe('describeUrlNotices', () => {
  const unknownActor = (value: string) =>
    ({ param: 'actor', value, action: 'ignored', reason: { key: 'url.reason.unknownActor' } }) as const;

  it('says many notices of one kind in one line: the count, a few examples, how many more', () => {
    const notices = Array.from({ length: 2000 }, (_, index) => unknownActor(`a${index}`));
    expect(describeUrlNotices(notices, en)).toEqual([
      'Ignored 2,000 actor values (“a0”, “a1”, “a2” and 1,997 more): no actor has this id.',
    ]);
  });

  it('keeps one line per kind, in the order the link gave them, and a lone notice as its own sentence', () => {
    const notices = [
      unknownActor('a0'),
      { param: 'from', value: '2020-02-31', action: 'ignored', reason: { key: 'url.reason.notDate' } },
      unknownActor('a1'),
      { param: 'actor', value: 'A!', action: 'ignored', reason: { key: 'url.reason.notActorId' } },
    ] as const;
    expect(describeUrlNotices(notices, en)).toEqual([
      'Ignored 2 actor values (“a0”, “a1”): no actor has this id.',
      'Ignored from=“2020-02-31”: not a date in the form YYYY-MM-DD.',
      'Ignored actor=“A!”: not an actor id.',
    ]);
  });

  it('shortens each example as it shortens a lone value', () => {
    const [line] = describeUrlNotices([unknownActor('x'.repeat(500)), unknownActor('y'.repeat(500))], en);
    expect(line?.length).toBeLessThan(150);
  });

  it('says them in Russian and Belarusian, the count in the form each number takes', () => {
    const ru = testWording('ru');
    const be = testWording('be');
    const actors = (count: number) => Array.from({ length: count }, (_, index) => unknownActor(`a${index}`));
    expect(describeUrlNotices(actors(2000), ru)).toEqual([
      'Не учтено 2\u00a0000 значений параметра actor («a0», «a1», «a2» и ещё 1\u00a0997) — участника с таким идентификатором нет.',
    ]);
    expect(describeUrlNotices(actors(1), ru)).toEqual([
      'Не учтено: actor=«a0» — участника с таким идентификатором нет.',
    ]);
    expect(describeUrlNotices(actors(2), ru)[0]).toMatch(/^Не учтены 2 значения параметра actor \(«a0», «a1»\)/);
    expect(describeUrlNotices(actors(5), ru)[0]).toMatch(/^Не учтено 5 значений параметра actor/);
    expect(describeUrlNotices(actors(21), ru)[0]).toMatch(/^Не учтено 21 значение параметра actor/);
    expect(describeUrlNotices(actors(2), be)[0]).toMatch(/^Не ўлічаны 2 значэнні параметра actor/);
    expect(describeUrlNotices(actors(5), be)[0]).toMatch(/^Не ўлічана 5 значэнняў параметра actor/);
    expect(describeUrlNotices(actors(21), be)[0]).toMatch(/^Не ўлічана 21 значэнне параметра actor/);
    expect(describeUrlNotices(parseUrlState('?from=2020-09-01&to=2020-08-01').notices, be)).toEqual([
      'Выпраўлена: to=«2020-08-01» — раней, чым from=2020-09-01, таму даты памяняныя месцамі.',
    ]);
  });
});
