import { describe, expect, it } from 'vitest';
import { problemsWith } from './build-fixture';
import { hostileBuildInputs } from './fixtures/hostile-build-inputs';

describe('the data build on a corpus of broken and hostile inputs', () => {
  it('has one case per failure mode, each with a name of its own', () => {
    const names = hostileBuildInputs.map((input) => input.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(hostileBuildInputs.map((input) => [input.name, input] as const))(
    'refuses %s, naming file, entry and reason',
    (_, { yaml, texts, reported }) => {
      const problems = problemsWith(yaml, texts);
      expect(problems).toContain(reported);
      // Every problem is one line that names a file (and line, when known), an entry and a reason.
      for (const line of problems) expect(line).toMatch(/^data\/[^\s:]+(:\d+)?: [^:]+(: .+)?: \S.*$/);
    },
  );
});
