import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSchema, isoDateSchema } from '../data/schema';
import { dashboardDataset } from '../test/fixtures/dashboard-dataset';
import { testWording } from '../test/wording';
import { reconcileUrlState } from './reconcile-url-state';
import {
  describeUrlNotices,
  chartMetrics,
  embedViews,
  knownParams,
  parseUrlState,
  serializeUrlState,
  themes,
  type UrlState,
} from './url-state';
import { locales } from './locale';

const RUNS = 1000;
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/);
const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Query strings a hostile or careless host page could produce: known keys with any value, unknown keys, junk. */
const hostileValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '%E0%A4%A',
    '-1-5',
    '2020-02-30',
    '__proto__',
    'constructor',
  ),
);
const hostileQuery = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...knownParams), fc.string()), hostileValue), { maxLength: 12 })
  .map((pairs) => pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&'));
const rawQuery = fc.oneof(hostileQuery, fc.string(), fc.string({ unit: 'binary' }));

/** Any state the app itself could be in. */
const validState: fc.Arbitrary<UrlState> = fc
  .record({
    actorIds: fc.uniqueArray(slug, { maxLength: 4 }),
    placeId: fc.option(slug, { nil: null }),
    dates: fc.tuple(fc.option(isoDate, { nil: null }), fc.option(isoDate, { nil: null })),
    quoteId: fc.option(slug, { nil: null }),
    source: fc.option(
      fc.record({
        id: slug,
        span: fc.option(fc.tuple(fc.nat(9_000_000), fc.integer({ min: 1, max: 5000 })), { nil: null }),
      }),
      { nil: null },
    ),
    view: fc.option(fc.constantFrom(...embedViews), { nil: null }),
    theme: fc.option(fc.constantFrom(...themes), { nil: null }),
    metric: fc.option(fc.constantFrom(...chartMetrics), { nil: null }),
    table: fc.boolean(),
    lang: fc.option(fc.constantFrom(...locales), { nil: null }),
    childId: fc.option(fc.stringMatching(/^[A-Za-z][\w-]{0,30}$/), { nil: null }),
  })
  .map(({ actorIds, placeId, dates, quoteId, source, view, theme, childId, metric, table, lang }) => {
    const [a, b] = dates;
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return {
      filters: { actorIds, placeId, from, to },
      quoteId,
      sourceId: source?.id ?? null,
      span: source?.span ? { start: source.span[0], end: source.span[0] + source.span[1] } : null,
      view,
      theme,
      childId,
      metric,
      table,
      lang,
    };
  });

describe('parseUrlState on any query string', () => {
  it('never throws and yields only valid values, each bad one reported', () => {
    fc.assert(
      fc.property(rawQuery, (query) => {
        const { state, notices } = parseUrlState(query);
        const { actorIds, placeId, from, to } = state.filters;
        for (const id of [...actorIds, placeId, state.quoteId, state.sourceId]) {
          if (id !== null) expect(idSchema.safeParse(id).success).toBe(true);
        }
        for (const date of [from, to]) if (date !== null) expect(isoDateSchema.safeParse(date).success).toBe(true);
        if (from !== null && to !== null) expect(from <= to).toBe(true);
        if (state.span) expect(state.span.start).toBeLessThan(state.span.end);
        if (state.view !== null) expect(embedViews).toContain(state.view);
        if (state.metric !== null) expect(chartMetrics).toContain(state.metric);
        for (const notice of notices) expect(knownParams).toContain(notice.param);
      }),
      { numRuns: RUNS, seed: 1 },
    );
  });

  it('ignores unknown parameters silently', () => {
    fc.assert(
      fc.property(
        fc.string().filter((key) => !(knownParams as readonly string[]).includes(key.trim())),
        fc.string(),
        (key, value) => {
          const query = new URLSearchParams([[key, value]]).toString();
          expect(parseUrlState(query).notices).toEqual([]);
        },
      ),
      { numRuns: RUNS, seed: 2 },
    );
  });
});

describe('serializeUrlState', () => {
  it('round-trips every valid state through the URL', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const parsed = parseUrlState(serializeUrlState(state));
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual(state);
      }),
      { numRuns: RUNS, seed: 3 },
    );
  });

  it('keeps the parameters a host page appended', () => {
    fc.assert(
      fc.property(validState, fc.stringMatching(/^utm_[a-z]{1,6}$/), fc.string(), (state, key, value) => {
        const previous = new URLSearchParams([[key, value]]).toString();
        const written = new URLSearchParams(serializeUrlState(state, `?${previous}`));
        expect(written.get(key)).toBe(value);
      }),
      { numRuns: RUNS, seed: 4 },
    );
  });
});

describe('describeUrlNotices on any link', () => {
  // Up to thousands of actor values, ids the data lacks and malformed ones mixed, before any hostile query.
  const manyActors = fc
    .array(fc.oneof(slug, hostileValue), { maxLength: 3000, size: 'max' })
    .map((values) => values.map((value) => `actor=${encodeURIComponent(value)}`).join('&'));

  it('says at most one line per parameter and reason, each of a readable length', () => {
    fc.assert(
      fc.property(manyActors, hostileQuery, (actors, rest) => {
        const { state, notices } = parseUrlState(`${actors}&${rest}`);
        const all = [...notices, ...reconcileUrlState(dashboardDataset, state).notices];
        const kinds = new Set(all.map((notice) => JSON.stringify([notice.param, notice.action, notice.reason])));
        const lines = describeUrlNotices(all, testWording('en'));
        expect(lines).toHaveLength(kinds.size);
        for (const line of lines) expect(line.length).toBeLessThan(300);
      }),
      // Fewer runs than the other properties: each carries about a thousand values.
      { numRuns: 100, seed: 5 },
    );
  }, 30_000);
});
