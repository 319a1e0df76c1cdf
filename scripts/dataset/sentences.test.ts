import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXT, FIXTURE_YAML, fixtureInput, problemsWith } from './build-fixture';
import { compileDataset } from './compile';
import { formatProblem } from './problems';
import { splitSentences } from './sentences';

const sentencesOf = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it('splits a paragraph into sentences, offsets selecting each without the spaces around it', () => {
    const text = '  Police detained 200 people. Thousands marched on Sunday!  Why?';
    expect(sentencesOf(text)).toEqual(['Police detained 200 people.', 'Thousands marched on Sunday!', 'Why?']);
  });

  it('never runs a sentence across a line break, so a heading without a full stop stands alone', () => {
    expect(sentencesOf('Work Stoppages\nWorkers walked out. They went home.\n\n\nOfficial Apology')).toEqual([
      'Work Stoppages',
      'Workers walked out.',
      'They went home.',
      'Official Apology',
    ]);
  });

  it('continues a sentence that the segmenter ends after a quoted "!" or "?"', () => {
    expect(sentencesOf('“Go away!” workers chanted at him. “Why?” asked Ms Smith. Then he left.')).toEqual([
      '“Go away!” workers chanted at him.',
      '“Why?” asked Ms Smith.',
      'Then he left.',
    ]);
  });

  it('keeps a paragraph that starts in lower case as a sentence of its own', () => {
    expect(sentencesOf('He left.\nand then came back.')).toEqual(['He left.', 'and then came back.']);
  });

  it('skips lines made only of whitespace', () => {
    expect(splitSentences(' \n\t\n')).toEqual([]);
  });
});

describe('the data build accounts for every sentence', () => {
  it('lists a sentence that holds no evidence and is not in the ledger, with its file and line', () => {
    expect(problemsWith({ ledger: '[]' })).toEqual([
      'data/sources/fixture-2020-08-17.txt:7: sentence "The crisis has no end in sight.": holds no evidence and is not in data/annotations/context.yaml: record what it reports (an event, a quote, a figure), or list it there with a reason',
    ]);
  });

  it('counts the words of an attribution as evidence of their sentence', () => {
    // The attributing words now stand in a sentence of their own.
    const texts = {
      'fixture-2020-08-17': FIXTURE_TEXT.replace(
        'gathered in Minsk, the opposition said.',
        'gathered in Minsk. That is what the opposition said.',
      ),
    };
    expect(problemsWith({}, texts)).toEqual([]);
    const unattributed = FIXTURE_YAML.events.replace(
      /attribution:\n {4}actor: opposition[^]*?said\n/,
      'attribution: null\n',
    );
    expect(problemsWith({ events: unattributed }, texts)).toEqual([
      'data/sources/fixture-2020-08-17.txt:5: sentence "That is what the opposition said.": holds no evidence and is not in data/annotations/context.yaml: record what it reports (an event, a quote, a figure), or list it there with a reason',
    ]);
  });

  it('refuses a ledger entry on a sentence that holds evidence', () => {
    const ledger = `${FIXTURE_YAML.ledger}- source: fixture-2020-08-17\n  exact: Police in Belarus\n  reason: background\n  note: Who detains.\n`;
    expect(problemsWith({ ledger })).toEqual([
      'data/annotations/context.yaml:6: context #2 "Police in Belarus": its sentence already holds evidence (event "election"): only sentences that hold none are listed',
    ]);
  });

  it('refuses two entries on one sentence, and an entry spanning two sentences', () => {
    const ledger =
      `${FIXTURE_YAML.ledger}- source: fixture-2020-08-17\n  exact: no end in sight\n  reason: assessment\n  note: Again.\n` +
      `- source: fixture-2020-08-17\n  exact: "elections.” Workers"\n  reason: summary\n  note: Two sentences.\n`;
    expect(problemsWith({ ledger })).toEqual([
      'data/annotations/context.yaml:6: context #2 "no end in sight": its sentence is already listed by context #1 "The crisis has no end in sight."',
      'data/annotations/context.yaml:10: context #3 "elections.” Workers": spans two sentences: anchor it inside the one sentence it stands for',
    ]);
  });

  it('refuses a ledger entry without a reason from the list or without a note', () => {
    const ledger = FIXTURE_YAML.ledger
      .replace('reason: assessment', 'reason: opinion')
      .replace("note: The article's reading of the situation.", 'note: " "');
    expect(problemsWith({ ledger })).toEqual([
      'data/annotations/context.yaml:2: context #1: reason: Invalid option: expected one of "heading"|"summary"|"background"|"assessment"',
      'data/annotations/context.yaml:2: context #1: note: must say in a short sentence why the sentence records nothing',
      // A refused entry lists nothing, so its sentence is left over too.
      'data/sources/fixture-2020-08-17.txt:7: sentence "The crisis has no end in sight.": holds no evidence and is not in data/annotations/context.yaml: record what it reports (an event, a quote, a figure), or list it there with a reason',
    ]);
  });

  it('counts every sentence and passage left over in a long article, listing the first 100 at their lines', () => {
    const paragraphs = Array.from({ length: 3000 }, (_, index) => `Paragraph ${index + 1} says “something ${index}”.`);
    const text = `${FIXTURE_TEXT}${paragraphs.join('\n\n')}\n`;
    const result = compileDataset(fixtureInput({}, { 'fixture-2020-08-17': text }).input);
    if (result.ok) throw new Error('the build fails');
    // The passages are checked first: the first 100 listed are the first 100 of them.
    const listed = result.problems.map(formatProblem);
    expect(listed).toHaveLength(100);
    expect(listed.every((problem) => problem.includes(': quoted passage "something'))).toBe(true);
    const firstLine = FIXTURE_TEXT.split('\n').length;
    expect(listed[99]).toMatch(
      new RegExp(`^data/sources/fixture-2020-08-17\\.txt:${firstLine + 198}: quoted passage "something 99"`),
    );
    expect(result.more).toBe(2 * 3000 - 100);
  });
});
