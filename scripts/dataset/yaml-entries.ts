import { isSeq, LineCounter, parseDocument } from 'yaml';
import type { Problems } from './problems';

/** One list item of an annotation file, with the line it starts on so errors can point at it. */
export interface YamlEntry {
  value: unknown;
  line: number;
  index: number;
}

/** Parses a YAML file that holds a list of entries; syntax errors become problems, never exceptions. */
export function parseYamlEntries(file: string, text: string, problems: Problems): YamlEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      const line = lineCounter.linePos(error.pos[0]).line;
      problems.add({ file, line, entry: 'YAML' }, error.message.split('\n')[0] ?? 'syntax error');
    }
    return [];
  }
  if (document.contents === null) return [];
  if (!isSeq(document.contents)) {
    problems.add({ file, entry: 'file' }, 'must be a list of entries (each starting with "- ")');
    return [];
  }
  return document.contents.items.map((item, index) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    return { value: (item as { toJSON(): unknown }).toJSON(), line: lineCounter.linePos(offset).line, index };
  });
}
