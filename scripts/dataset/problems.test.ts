import { describe, expect, it } from 'vitest';
import { fixtureInput } from './build-fixture';
import { compileDataset } from './compile';
import { formatBuildFailure, Problems } from './problems';

// Generous: this is about memory, never speed, and the machine may be busy.
describe('the data build with 200,000 problems', { timeout: 60_000 }, () => {
  // 200,000 actors of a kind the schema does not know, after the fixture's own: one problem each.
  const BAD_ENTRIES = 200_000;
  const { input } = fixtureInput();
  const firstLine = 1000;
  for (let index = 0; index < BAD_ENTRIES; index++) {
    input.actors.entries.push({
      value: { id: `robot-${index}`, name: 'Robot', kind: 'robot', side: 'other', description: 'Not real.' },
      line: firstLine + index,
      index: input.actors.entries.length,
    });
  }
  const result = compileDataset(input);

  it('keeps the first 100 problems and counts the rest', () => {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(100);
    expect(result.problems[0]).toEqual({
      file: 'data/annotations/actors.yaml',
      line: firstLine,
      entry: 'actor "robot-0"',
      reason: expect.stringMatching(/^kind: Invalid option/),
    });
    expect(result.more).toBe(BAD_ENTRIES - 100);
  });

  it('prints the problems it kept, then how many more there are', () => {
    if (result.ok) throw new Error('the build fails');
    const lines = formatBuildFailure(result).split('\n');
    expect(lines[0]).toBe('The dataset was not built: 200,000 problems.');
    expect(lines.filter((line) => line.startsWith('  data/annotations/actors.yaml:'))).toHaveLength(100);
    expect(lines).toContain('  … and 199,900 more: fix these and run the build again to see the rest.');
  });
});

describe('Problems', () => {
  it('counts every problem, lists at most 100, and says "and N more" only when there are more', () => {
    const problems = new Problems();
    for (let index = 0; index < 100; index++) problems.add({ file: 'f', entry: `e${index}` }, 'bad');
    expect([problems.count, problems.list.length, problems.more]).toEqual([100, 100, 0]);
    expect(formatBuildFailure({ problems: problems.list, more: problems.more })).not.toMatch(/more/);
    problems.add({ file: 'f', entry: 'one too many' }, 'bad');
    expect([problems.count, problems.list.length, problems.more]).toEqual([101, 100, 1]);
    expect(problems.list.some((problem) => problem.entry === 'one too many')).toBe(false);
  });

  it('names a single problem in the singular', () => {
    expect(formatBuildFailure({ problems: [{ file: 'f', entry: 'e', reason: 'r' }], more: 0 })).toMatch(
      /^The dataset was not built: 1 problem\.\n\n {2}f: e: r\n/,
    );
  });
});
