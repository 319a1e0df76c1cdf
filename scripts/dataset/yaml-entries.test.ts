import { describe, expect, it } from 'vitest';
import { formatProblem, Problems } from './problems';
import { parseYamlEntries } from './yaml-entries';

const FILE = 'data/annotations/actors.yaml';

/** Parses the text as an annotation file; returns the entries' values and the report's lines. */
function parse(text: string): { values: unknown[]; problems: string[] } {
  const problems = new Problems();
  const entries = parseYamlEntries(FILE, text, problems);
  return { values: entries.map((entry) => entry.value), problems: problems.list.map(formatProblem) };
}

describe('parseYamlEntries', () => {
  it('reads a list of entries, each with the line it starts on', () => {
    const problems = new Problems();
    const entries = parseYamlEntries(FILE, '- id: a\n  name: A\n\n- id: b\n', problems);
    expect(entries).toEqual([
      { value: { id: 'a', name: 'A' }, line: 1, index: 0 },
      { value: { id: 'b' }, line: 4, index: 1 },
    ]);
    expect(problems.count).toBe(0);
  });

  it('treats a warning as an error, with its line', () => {
    expect(parse('- id: a\n  name: !shout A\n')).toEqual({
      values: [],
      problems: [`${FILE}:2: YAML: Unresolved tag: !shout`],
    });
  });

  it('refuses anchors and aliases, naming each', () => {
    expect(parse('- id: a\n  kind: &kind person\n- id: b\n  kind: *kind\n')).toEqual({
      values: [],
      problems: [
        `${FILE}:2: YAML: anchor &kind: anchors and aliases are not used in annotation files; write the value out where it is needed`,
        `${FILE}:4: YAML: alias *kind: anchors and aliases are not used in annotation files; write the value out where it is needed`,
      ],
    });
  });

  it('refuses a merge key rather than read it as a field called "<<"', () => {
    expect(parse('- id: a\n  <<: { kind: person }\n')).toEqual({
      values: [],
      problems: [
        `${FILE}:2: YAML: merge key <<: merge keys are not used in annotation files; write the fields out in full`,
      ],
    });
  });

  it('refuses a key that is a list or a map', () => {
    expect(parse('- id: a\n  ? [name, kind]\n  : A\n')).toEqual({
      values: [],
      problems: [`${FILE}:2: YAML: key [name, kind]: a key is a plain name such as "id"`],
    });
  });

  it('refuses a %YAML 1.1 directive, under which dates and "yes" would change meaning', () => {
    expect(parse('%YAML 1.1\n---\n- id: a\n')).toEqual({
      values: [],
      problems: [`${FILE}:1: YAML: %YAML 1.1: annotation files are YAML 1.2; remove the directive`],
    });
  });

  it('reports a syntax error with its line', () => {
    expect(parse('- id: a\n  name: [unclosed\n').problems[0]).toMatch(new RegExp(`^${FILE}:\\d+: YAML: `));
  });

  it('refuses a file that is not a list of entries', () => {
    expect(parse('id: a\n')).toEqual({
      values: [],
      problems: [`${FILE}: file: must be a list of entries (each starting with "- ")`],
    });
  });
});
