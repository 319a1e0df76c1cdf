/**
 * Golden test of the data build: the fixture (build-fixture.ts) compiled into the very bytes `npm run data` would
 * write for it, compared with the committed fixture-dataset.golden.json beside this file. It fails when a change
 * moves anything in the output (order, offsets, context, dates, layout), and when the output depends on the
 * machine's time zone. After a deliberate change to the output, rewrite the file and review its diff:
 *
 *     UPDATE_GOLDEN=1 npx vitest run scripts/dataset/compile.golden.test.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDatasetLines } from '../../src/data/dataset-lines';
import { fixtureInput } from './build-fixture';
import { compileDataset } from './compile';
import { formatProblem } from './problems';

const goldenFile = join(dirname(fileURLToPath(import.meta.url)), 'fixture-dataset.golden.json');

function buildFixture(): string {
  const result = compileDataset(fixtureInput().input);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return formatDatasetLines(result.dataset);
}

/** Runs `build` with the process in another time zone; the check that the zone took effect keeps it honest. */
function inTimeZone<T>(zone: string, offsetMinutes: number, build: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    expect(new Date(Date.UTC(2020, 7, 17)).getTimezoneOffset()).toBe(offsetMinutes);
    return build();
  } finally {
    process.env.TZ = previous;
  }
}

describe('compileDataset output', () => {
  it('matches the committed golden dataset', () => {
    const built = buildFixture();
    if (process.env.UPDATE_GOLDEN) writeFileSync(goldenFile, built);
    if (!existsSync(goldenFile)) throw new Error(`${goldenFile} is missing: run with UPDATE_GOLDEN=1 to write it`);
    expect(built).toBe(readFileSync(goldenFile, 'utf8'));
  });

  it('is the same in time zones a day apart', () => {
    const golden = readFileSync(goldenFile, 'utf8');
    expect(inTimeZone('Pacific/Kiritimati', -14 * 60, buildFixture)).toBe(golden);
    expect(inTimeZone('Pacific/Pago_Pago', 11 * 60, buildFixture)).toBe(golden);
  });
});
