import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostileDatasets } from '../test/hostile-datasets';
import { createDatasetLineReader, formatDatasetLines } from './dataset-lines';
import { createRecordValidator, validateDataset, type ValidationResult } from './dataset-validation';

const committed = readFileSync('public/data/dataset.json', 'utf8');

/** Checks a dataset the way the loader reads a file in the line layout: record by record, as lines arrive. */
function validateLines(dataset: Record<string, unknown> & { schemaVersion: number }): ValidationResult | null {
  const validator = createRecordValidator();
  const reader = createDatasetLineReader(validator.add);
  const text = formatDatasetLines(dataset);
  for (let at = 0; at < text.length; at += 4096) reader.push(text.slice(at, at + 4096));
  const laidOut = reader.end();
  return laidOut === null ? null : validator.finish(laidOut.header, laidOut.collections);
}

const inLineLayout = (value: unknown): value is Record<string, unknown> & { schemaVersion: number } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.entries(value).every(([name, records]) => name === 'schemaVersion' || Array.isArray(records));

describe('the app’s check on a corpus of broken and hostile datasets', () => {
  it('has one case per failure mode, each with a name of its own', () => {
    const names = hostileDatasets.map((dataset) => dataset.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(hostileDatasets.map((hostile) => [hostile.name, hostile] as const))(
    'refuses %s, naming where and what, whole and record by record alike',
    (_, { change, reported }) => {
      const dataset = change(JSON.parse(committed) as Parameters<typeof change>[0]);
      const whole = validateDataset(dataset);
      expect(whole.ok).toBe(false);
      if (whole.ok) return;
      const message = typeof reported.message === 'string' ? reported.message : expect.stringMatching(reported.message);
      expect(whole.problems).toContainEqual({ path: reported.path, message });
      for (const problem of whole.problems) expect(problem.message).not.toBe('');
      if (inLineLayout(dataset)) expect(validateLines(dataset)).toEqual(whole);
      // Nothing in the data reaches the objects every script shares.
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );
});
