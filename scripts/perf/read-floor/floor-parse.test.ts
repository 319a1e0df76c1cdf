import { formatDatasetLines } from '../../../src/data/dataset-lines';
import { parseLines, parseWhole } from './floor-parse';

// Records whose text could pass for structure: a brace opening a string, a comma and a bracket closing one.
const dataset = {
  schemaVersion: 2,
  sources: [{ id: 'a', text: '{"not":"a record"},' }],
  actors: [],
  events: [
    { id: 'e1', title: 'ends in ],' },
    { id: 'e2', title: '{' },
  ],
};

describe('the floor parse', () => {
  it('reads every record of a file in the line layout, as the app writes it', () => {
    expect(parseLines(formatDatasetLines(dataset))).toBe(3);
  });

  it('reads every record of a file written whole', () => {
    expect(parseWhole(JSON.stringify(dataset))).toBe(3);
  });

  it('fails loudly on a line the layout would not write', () => {
    expect(() => parseLines('{"schemaVersion":2,\n"events":[\n{"id":\n]}\n')).toThrow(SyntaxError);
  });
});
