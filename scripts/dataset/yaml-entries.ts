import { type Document, isAlias, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { abbreviate } from './anchor';
import type { Problems } from './problems';

/** One list item of an annotation file, with the line it starts on so errors can point at it. */
export interface YamlEntry {
  value: unknown;
  line: number;
  index: number;
}

/**
 * Parses a YAML file that holds a list of entries. Syntax errors, warnings (an unknown tag) and the features an
 * annotation file never needs (anchors, aliases, merge keys, keys that are lists or maps, YAML 1.1, under which
 * `2020-08-17` and `yes` change meaning) become problems with their line, never exceptions; a file with any of
 * them gives no entries.
 */
export function parseYamlEntries(file: string, text: string, problems: Problems): YamlEntry[] {
  const lineCounter = new LineCounter();
  // resolveKnownTags off: a YAML 1.1 tag such as !!binary is reported (a warning) rather than quietly decoded.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, merge: false, resolveKnownTags: false });
  const report = (offset: number, reason: string) =>
    problems.add({ file, line: lineCounter.linePos(offset).line, entry: 'YAML' }, reason);
  const before = problems.count;
  for (const error of [...document.errors, ...document.warnings])
    report(error.pos[0], error.message.split('\n')[0] ?? 'syntax error');
  if (problems.count === before) refuseUnusedFeatures(document, text, report);
  if (problems.count > before || document.contents === null) return [];
  if (!isSeq(document.contents)) {
    problems.add({ file, entry: 'file' }, 'must be a list of entries (each starting with "- ")');
    return [];
  }
  return document.contents.items.map((item, index) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    return { value: (item as { toJSON(): unknown }).toJSON(), line: lineCounter.linePos(offset).line, index };
  });
}

const NO_ANCHORS = 'anchors and aliases are not used in annotation files; write the value out where it is needed';

/** Reports what YAML allows but an annotation file must not use, each at its own line. */
function refuseUnusedFeatures(
  document: Document,
  text: string,
  report: (offset: number, reason: string) => void,
): void {
  const { version } = document.directives?.yaml ?? { version: '1.2' };
  if (version !== '1.2') report(0, `%YAML ${version}: annotation files are YAML 1.2; remove the directive`);
  const rangeOf = (node: unknown) => (node as { range?: [number, number, number] | null }).range ?? [0, 0, 0];
  const at = (node: unknown) => rangeOf(node)[0];
  visit(document, {
    Alias: (_, node) => report(at(node), `alias *${node.source}: ${NO_ANCHORS}`),
    Node: (_, node) => {
      if (!isAlias(node) && node.anchor) report(at(node), `anchor &${node.anchor}: ${NO_ANCHORS}`);
    },
    Pair: (_, pair) => {
      if (isScalar(pair.key) && pair.key.value === '<<')
        report(at(pair.key), 'merge key <<: merge keys are not used in annotation files; write the fields out in full');
      else if (pair.key !== null && !isScalar(pair.key))
        report(
          at(pair.key),
          `key ${abbreviate(text.slice(...rangeOf(pair.key).slice(0, 2)), 40)}: a key is a plain name such as "id"`,
        );
    },
  });
}
