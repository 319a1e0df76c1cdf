import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BuildInput, EntryFile } from './build-input';
import { indexLines } from './line-index';
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

const OUTSIDE = 'the build reads only files kept in the repository';

/**
 * Reads data/ from disk into the build's input. What cannot be read as it must be (missing, a symbolic link, not
 * UTF-8; for an article also a byte order mark or a carriage return) becomes a problem naming the file.
 */
export function loadBuildInput(root: string, problems: Problems): BuildInput {
  const shown = (path: string) => relative(root, path);
  const dataDir = join(root, 'data');
  const textDir = join(dataDir, 'sources');
  const annotationDir = join(dataDir, 'annotations');
  const dataReadable = mayRead(dataDir, shown(dataDir), problems);
  const readEntries = (path: string, readable = dataReadable): EntryFile => {
    const file = shown(path);
    const text = readable ? readUtf8(path, file, problems) : null;
    return { file, entries: text === null ? [] : parseYamlEntries(file, text, problems) };
  };

  const texts: BuildInput['texts'] = new Map();
  const textsReadable = dataReadable && mayRead(textDir, shown(textDir), problems);
  for (const name of textsReadable && existsSync(textDir) ? readdirSync(textDir).sort() : []) {
    if (!name.endsWith('.txt')) continue;
    const path = join(textDir, name);
    const text = readArticle(path, shown(path), problems);
    if (text !== null) texts.set(name.slice(0, -'.txt'.length), { file: shown(path), text });
  }

  const annotationsReadable = dataReadable && mayRead(annotationDir, shown(annotationDir), problems);
  const annotation = (name: string) => readEntries(join(annotationDir, name), annotationsReadable);
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

/**
 * Whether the build may read from a folder: false, with a problem, when it is a symbolic link (to anywhere) or
 * not a folder. A missing folder may be read from: its files are then reported missing (or, for articles, the
 * listed ones without a text).
 */
function mayRead(path: string, shown: string, problems: Problems): boolean {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (stats === undefined || stats.isDirectory()) return true;
  problems.add(
    { file: shown, entry: 'folder' },
    stats.isSymbolicLink() ? `is a symbolic link: ${OUTSIDE}; put the folder itself here` : 'is not a folder',
  );
  return false;
}

/**
 * A file's text, or null when it is missing, not a file, or a symbolic link (checked with lstat, before a byte is
 * read: a link could point anywhere on the machine). Bytes that are not UTF-8 are refused rather than turned into
 * U+FFFD; a byte order mark is dropped (`readArticle` refuses one).
 */
function readUtf8(path: string, file: string, problems: Problems, keepBom = false): string | null {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  const refuse = (reason: string) => {
    problems.add({ file, entry: 'file' }, reason);
    return null;
  };
  if (stats === undefined) return refuse('is missing');
  if (stats.isSymbolicLink()) return refuse(`is a symbolic link: ${OUTSIDE}; put the file itself here`);
  if (!stats.isFile()) return refuse('is not a file');
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepBom }).decode(bytes);
  } catch {
    problems.add(
      { file, line: lineOfFirstBadByte(bytes), entry: 'file' },
      'is not valid UTF-8 (from this line on): save the file as UTF-8',
    );
    return new TextDecoder('utf-8', { ignoreBOM: keepBom }).decode(bytes);
  }
}

/**
 * An article's text, exactly as its bytes say: evidence offsets count its characters, and the app shows it as it
 * is. So a byte order mark (one invisible character before the first word) and a carriage return (published
 * as is) are refused. The text is kept all the same, so the rest of the build checks it too.
 */
function readArticle(path: string, file: string, problems: Problems): string | null {
  const text = readUtf8(path, file, problems, true);
  if (text === null) return null;
  if (text.startsWith('\uFEFF'))
    problems.add(
      { file, line: 1, entry: 'file' },
      'starts with a byte order mark (U+FEFF), which would shift every offset by one: save the file as UTF-8 without BOM',
    );
  const carriageReturn = text.indexOf('\r');
  if (carriageReturn !== -1)
    problems.add(
      { file, line: indexLines(text).lineOf(carriageReturn), entry: 'file' },
      'holds a carriage return (\\r, from Windows line endings), which the published text would keep: save the file with LF line endings',
    );
  return text;
}

/** The line of the first bytes that are not UTF-8: the longest prefix that decodes, found by halving. */
function lineOfFirstBadByte(bytes: Uint8Array): number {
  const decodes = (length: number) => {
    try {
      // `stream` lets the prefix end inside a character; only bytes that can never be UTF-8 fail.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  let line = 1;
  for (let index = 0; index < good; index++) if (bytes[index] === 0x0a) line += 1;
  return line;
}
