import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecordValidator, validateDataset, type ValidationResult } from './dataset-validation';
import type { Dataset } from './schema';

const committed = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const [place] = committed.places;
if (!place) throw new Error('the dataset has places');

const BAD_RECORDS = 200_000;
/** The committed dataset with 200,000 more places, each made by `bad`. */
const withPlaces = (bad: (index: number) => Record<string, unknown>) => ({
  ...committed,
  places: [...committed.places, ...Array.from({ length: BAD_RECORDS }, (_, index) => ({ ...place, ...bad(index) }))],
});
const wrongLatitude = (index: number) => ({ id: `bad-${index}`, lat: 'north' });

/** Feeds a dataset to the record-by-record check the way the loader does, a thousand records at a time. */
function validateInRecords(dataset: Record<string, unknown>): ValidationResult {
  const validator = createRecordValidator();
  const { schemaVersion, ...collections } = dataset;
  for (const [name, records] of Object.entries(collections)) {
    const list = records as unknown[];
    for (let first = 0; first < list.length; first += 1000) validator.add(name, first, list.slice(first, first + 1000));
  }
  return validator.finish({ schemaVersion }, Object.keys(collections));
}

// Generous: this is about memory and the stack, never speed, and the machine may be busy.
describe('a dataset with 200,000 bad records', { timeout: 60_000 }, () => {
  const firstBad = committed.places.length;

  it('lists the first 100 problems and counts the rest, checked whole', () => {
    const result = validateDataset(withPlaces(wrongLatitude));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(100);
    expect(result.problems[0]).toEqual({ path: ['places', firstBad, 'lat'], message: 'expected number' });
    expect(result.more).toBe(BAD_RECORDS - 100);
  });

  it('lists the first 100 problems and counts the rest, checked record by record', () => {
    const result = validateInRecords(withPlaces(wrongLatitude));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(100);
    expect(result.problems[99]).toEqual({ path: ['places', firstBad + 99, 'lat'], message: 'expected number' });
    expect(result.more).toBe(BAD_RECORDS - 100);
  });

  it('does the same for broken references, found once every record has the right shape', () => {
    const dangling = (index: number) => ({ id: `bad-${index}`, parentId: 'nowhere' });
    for (const result of [validateDataset(withPlaces(dangling)), validateInRecords(withPlaces(dangling))]) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problems).toHaveLength(100);
      expect(result.problems[0]).toEqual({
        path: ['places', firstBad, 'parentId'],
        message: 'refers to unknown place "nowhere"',
      });
      expect(result.more).toBe(BAD_RECORDS - 100);
    }
  });
});

describe('validateDataset', () => {
  it('accepts the committed dataset, whole and record by record', () => {
    expect(validateDataset(committed).ok).toBe(true);
    expect(validateInRecords({ ...committed }).ok).toBe(true);
  });

  it('refuses a file that is not an object, and names the collections that are missing or not lists', () => {
    expect(validateDataset([])).toEqual({ ok: false, problems: [{ path: [], message: 'expected object' }], more: 0 });
    const withoutFigures = Object.fromEntries(Object.entries(committed).filter(([name]) => name !== 'figures'));
    expect(validateDataset({ ...withoutFigures, quotes: {} })).toEqual({
      ok: false,
      problems: [
        { path: ['quotes'], message: 'expected array' },
        { path: ['figures'], message: 'expected array' },
      ],
      more: 0,
    });
  });
});

describe('however many records are bad', { timeout: 60_000 }, () => {
  it('lists up to 100 problems and counts the rest, the same whole and record by record', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 1000 }), (bad, sliceSize) => {
        const dataset = {
          ...committed,
          places: [
            ...committed.places,
            ...Array.from({ length: bad }, (_, index) => ({ ...place, id: `bad-${index}`, lat: 'north' })),
          ],
        };
        const whole = validateDataset(dataset);
        const validator = createRecordValidator();
        const { schemaVersion, ...collections } = dataset;
        for (const [name, list] of Object.entries(collections))
          for (let first = 0; first < list.length; first += sliceSize)
            validator.add(name, first, list.slice(first, first + sliceSize));
        expect(validator.finish({ schemaVersion }, Object.keys(collections))).toEqual(whole);
        if (bad === 0) expect(whole.ok).toBe(true);
        else if (!whole.ok) {
          expect(whole.problems).toHaveLength(Math.min(bad, 100));
          expect(whole.problems.length + whole.more).toBe(bad);
        } else throw new Error(`${bad} bad records were accepted`);
      }),
      { numRuns: 60, seed: 20200812 },
    );
  });
});
