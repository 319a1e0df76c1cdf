import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/data/schema';
import { FIXTURE_TEXT, FIXTURE_YAML, fixtureInput } from './build-fixture';
import type { BuildInput } from './build-input';
import { compileDataset } from './compile';

type Annotated = 'quotes' | 'figures' | 'events';
interface EntryValue {
  id: string;
  evidence: { source: string; exact: string; prefix?: string; suffix?: string }[];
  date?: string | null;
  asOf?: string;
  actor?: string;
  place?: string | null;
}

/** Random edits an editor could make by mistake, applied to one entry of the valid fixture. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('move' as const),
    start: fc.nat(FIXTURE_TEXT.length - 1),
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat(30) }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
  fc.record({ kind: fc.constant('unknown-id' as const), id: fc.stringMatching(/^[a-z]{1,8}$/) }),
  fc.record({
    kind: fc.constant('shift-date' as const),
    days: fc.integer({ min: -400, max: 400 }).filter((d) => d !== 0),
  }),
);
const target = fc.record({ collection: fc.constantFrom<Annotated>('quotes', 'figures', 'events'), index: fc.nat(2) });

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(input: BuildInput, collection: Annotated, index: number, change: Edit): string | null {
  const entries = input[collection].entries;
  const entry = entries[index % entries.length]?.value as EntryValue | undefined;
  if (!entry) return null;
  const evidence = entry.evidence[0];
  if (!evidence) return null;
  switch (change.kind) {
    case 'move':
      evidence.exact = FIXTURE_TEXT.slice(change.start, change.start + change.length);
      delete evidence.prefix;
      delete evidence.suffix;
      break;
    case 'truncate':
      evidence.exact = evidence.exact.slice(0, change.keep);
      break;
    case 'duplicate':
      entry.evidence.push({ ...evidence });
      break;
    case 'unknown-id':
      if ('actor' in entry) entry.actor = `x${change.id}`;
      else entry.place = `x${change.id}`;
      break;
    case 'shift-date': {
      const key = 'asOf' in entry ? 'asOf' : 'date';
      const current = entry[key] ?? '2020-08-17';
      entry[key] = new Date(Date.parse(`${current}T00:00:00Z`) + change.days * 86_400_000).toISOString().slice(0, 10);
      break;
    }
  }
  return entry.id;
}

// Generous, as for the other property tests: a hundred builds take seconds on a busy machine.
describe('compileDataset under random annotation edits', { timeout: 60_000 }, () => {
  it('either verifies every anchor or names the edited entry; it never emits an unverified anchor', () => {
    fc.assert(
      fc.property(target, edit, ({ collection, index }, change) => {
        const { input } = fixtureInput();
        const editedId = applyEdit(input, collection, index, change);
        const result = compileDataset(input);
        if (result.ok) {
          expect(datasetSchema.safeParse(result.dataset).success).toBe(true);
          const source = result.dataset.sources[0];
          const all = [...result.dataset.quotes, ...result.dataset.figures, ...result.dataset.events].flatMap(
            (item) => item.evidence,
          );
          for (const item of all) expect(source?.text.slice(item.start, item.end)).toBe(item.exact);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(problem.file).not.toBe('');
            expect(problem.reason).not.toBe('');
          }
          // Moved words can also leave a passage in quotation marks or a sentence unaccounted for, or put evidence
          // in a sentence the ledger lists: those are reported where they are.
          const named = result.problems.some(
            (problem) =>
              problem.entry.includes(`"${editedId}"`) || /^(quoted passage|sentence|context #)/.test(problem.entry),
          );
          expect(named).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20200809 },
    );
  });
});

/** Days of 2020, as YYYY-MM-DD. */
const day2020 = fc
  .integer({ min: 0, max: 365 })
  .map((offset) => new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10));

describe('compileDataset dates every item by when it was first reported', () => {
  it('gives an item reported by several articles the earliest of their publication dates', () => {
    fc.assert(
      fc.property(fc.array(day2020, { minLength: 1, maxLength: 4 }), (published) => {
        // More articles carrying the workers' chant, each published on its own day; the undated quote cites them all.
        const ids = published.map((_, index) => `extra-${index + 1}`);
        const sources =
          FIXTURE_YAML.sources +
          ids
            .map(
              (id, index) =>
                `- id: ${id}\n  published: ${published[index]}\n  outlet: null\n  headline: null\n  url: null\n  rights: full\n`,
            )
            .join('');
        const quotes = FIXTURE_YAML.quotes.replace(
          '      exact: Go away!\n',
          `      exact: Go away!\n${ids.map((id) => `    - source: ${id}\n      exact: Go away!\n`).join('')}`,
        );
        const texts = Object.fromEntries([
          ['fixture-2020-08-17', FIXTURE_TEXT],
          ...ids.map((id) => [id, 'Workers chanted "Go away!"\n']),
        ]);
        const result = compileDataset(fixtureInput({ sources, quotes }, texts).input);
        if (!result.ok) throw new Error(result.problems.map((problem) => problem.reason).join('\n'));
        const chant = result.dataset.quotes.find((quote) => quote.id === 'workers-go-away');
        expect(chant?.evidence).toHaveLength(published.length + 1);
        expect(chant?.reported).toBe([...published, '2020-08-17'].sort()[0]);
        // Every other item cites the first article only.
        for (const item of [...result.dataset.events, ...result.dataset.figures, ...result.dataset.quotes])
          if (item !== chant) expect(item.reported).toBe('2020-08-17');
      }),
      { numRuns: 100, seed: 20200817 },
    );
  });
});

/** Characters that are neither letters nor digits, as they stand in articles. */
const notWords = fc.string({
  unit: fc.constantFrom(' ', ',', '.', '!', '?', '“', '”', '"', '’', '—', '-', '(', ')', '\n', '\t', '\u00a0'),
  minLength: 1,
  maxLength: 6,
});

// Generous timeouts: a few hundred builds of the fixture, on a machine that may be busy.
describe('compileDataset never lets words without a letter or digit stand as evidence', { timeout: 60_000 }, () => {
  it('refuses them as evidence, attribution, relay, not-speech and ledger entries alike', () => {
    const places = {
      events: ['exact: the August 9 election', 'exact: the opposition said'],
      quotes: ['exact: according to state media'],
      notSpeech: ['exact: March of Freedom'],
      ledger: ['exact: The crisis has no end in sight.'],
    } as const;
    const slot = fc.constantFrom(
      ...Object.entries(places).flatMap(([file, list]) =>
        list.map((exact) => [file as keyof typeof places, exact] as const),
      ),
    );
    fc.assert(
      fc.property(slot, notWords, ([file, exact], words) => {
        const replaced = FIXTURE_YAML[file].replace(exact, `exact: ${JSON.stringify(words)}`);
        const result = compileDataset(fixtureInput({ [file]: replaced }).input);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.problems.map((problem) => problem.reason)).toContainEqual(
            expect.stringMatching(/exact: must hold a letter or a digit/),
          );
      }),
      { numRuns: 200, seed: 20200810 },
    );
  });
});

describe('compileDataset accepts a date only from 1900-01-01 to 2100-12-31', { timeout: 60_000 }, () => {
  it('refuses any year outside the range, and no year inside it for that reason', () => {
    const year = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1899, 1900, 2100, 2101));
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const { input } = fixtureInput({
          sources: FIXTURE_YAML.sources.replace('published: 2020-08-17', `published: ${date}`),
        });
        const result = compileDataset(input);
        const outOfRange =
          !result.ok && result.problems.some((problem) => problem.reason.includes('1900-01-01 to 2100-12-31'));
        expect(outOfRange).toBe(y < 1900 || y > 2100);
      }),
      { numRuns: 200, seed: 20200811 },
    );
  });
});
