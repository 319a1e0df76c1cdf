import type { YamlEntry } from './yaml-entries';

/** A file of entries as read from disk (or written by a test). */
export interface EntryFile {
  file: string;
  entries: YamlEntry[];
}

/** Everything the data build reads: the article list and texts, and the annotation files. */
export interface BuildInput {
  sources: EntryFile;
  /** Article texts by source id, exactly as in data/sources/<id>.txt. */
  texts: Map<string, { file: string; text: string }>;
  actors: EntryFile;
  places: EntryFile;
  events: EntryFile;
  quotes: EntryFile;
  figures: EntryFile;
  notSpeech: EntryFile;
  /** The sentence ledger, data/annotations/context.yaml: sentences that hold no evidence, each with its reason. */
  ledger: EntryFile;
}
