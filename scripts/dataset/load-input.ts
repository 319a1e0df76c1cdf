import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuildInput, EntryFile } from './build-input';
import type { Problems } from './problems';
import { parseYamlEntries } from './yaml-entries';

/** The annotation files an editor works in, under data/annotations/. */
export const ANNOTATION_FILES = {
  actors: 'actors.yaml',
  places: 'places.yaml',
  events: 'events.yaml',
  quotes: 'quotes.yaml',
  figures: 'figures.yaml',
  notSpeech: 'not-speech.yaml',
  ledger: 'context.yaml',
} as const;

/** Reads data/ from disk into the build's input; missing or unreadable files become problems. */
export function loadBuildInput(root: string, problems: Problems): BuildInput {
  const dataDir = join(root, 'data');
  const shown = (path: string) => relative(root, path);
  const readEntries = (path: string): EntryFile => {
    const file = shown(path);
    if (!existsSync(path)) {
      problems.add({ file, entry: 'file' }, 'is missing');
      return { file, entries: [] };
    }
    return { file, entries: parseYamlEntries(file, readFileSync(path, 'utf8'), problems) };
  };

  const textDir = join(dataDir, 'sources');
  const texts: BuildInput['texts'] = new Map();
  for (const name of existsSync(textDir) ? readdirSync(textDir).sort() : []) {
    if (!name.endsWith('.txt')) continue;
    const path = join(textDir, name);
    texts.set(name.slice(0, -'.txt'.length), { file: shown(path), text: readFileSync(path, 'utf8') });
  }

  const annotation = (name: string) => readEntries(join(dataDir, 'annotations', name));
  return {
    sources: readEntries(join(dataDir, 'sources.yaml')),
    texts,
    actors: annotation(ANNOTATION_FILES.actors),
    places: annotation(ANNOTATION_FILES.places),
    events: annotation(ANNOTATION_FILES.events),
    quotes: annotation(ANNOTATION_FILES.quotes),
    figures: annotation(ANNOTATION_FILES.figures),
    notSpeech: annotation(ANNOTATION_FILES.notSpeech),
    ledger: annotation(ANNOTATION_FILES.ledger),
  };
}
