import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_FILE_NAMES, FIXTURE_TEXT, FIXTURE_YAML, type FixtureFile } from './build-fixture';
import { compileDataset } from './compile';
import { loadBuildInput } from './load-input';
import { formatProblem, Problems } from './problems';

const TEXT_FILE = 'data/sources/fixture-2020-08-17.txt';
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory, removed after the test. */
function temporaryDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'load-input-'));
  made.push(dir);
  return dir;
}

/** Writes the build fixture as a repository's data/ tree; `text` replaces the article's bytes. */
function fixtureTree(text: string | Uint8Array = FIXTURE_TEXT): string {
  const root = temporaryDir();
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  for (const [name, path] of Object.entries(FIXTURE_FILE_NAMES)) write(path, FIXTURE_YAML[name as FixtureFile]);
  write(TEXT_FILE, text);
  return root;
}

/** Reads the tree as the build does; returns the report's lines for reading it, and the input. */
function load(root: string) {
  const problems = new Problems();
  const input = loadBuildInput(root, problems);
  return { input, problems: problems.list.map(formatProblem) };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('loadBuildInput', () => {
  it('reads the fixture written to disk, and it builds', () => {
    const problems = new Problems();
    const result = compileDataset(loadBuildInput(fixtureTree(), problems), problems);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it('refuses an article with Windows line endings, naming the line of the first', () => {
    const { problems, input } = load(fixtureTree(FIXTURE_TEXT.replace(/\n/g, '\r\n')));
    expect(problems).toEqual([
      `${TEXT_FILE}:1: file: holds a carriage return (\\r, from Windows line endings), which the published text would keep: save the file with LF line endings`,
    ]);
    // The text is still read, so that the rest of the build checks it too.
    expect(input.texts.get('fixture-2020-08-17')?.text).toContain('\r\n');
  });

  it('refuses an article that starts with a byte order mark', () => {
    expect(load(fixtureTree(`\uFEFF${FIXTURE_TEXT}`)).problems).toEqual([
      `${TEXT_FILE}:1: file: starts with a byte order mark (U+FEFF), which would shift every offset by one: save the file as UTF-8 without BOM`,
    ]);
  });

  it('refuses an article that is not valid UTF-8, naming the line', () => {
    const [first, second, ...rest] = FIXTURE_TEXT.split('\n');
    const head = bytes(`${first}\n${second}\n`);
    const text = new Uint8Array([...head, 0xff, ...bytes(rest.join('\n'))]);
    expect(load(fixtureTree(text)).problems).toEqual([
      `${TEXT_FILE}:3: file: is not valid UTF-8 (from this line on): save the file as UTF-8`,
    ]);
  });

  it('refuses an annotation file that is not valid UTF-8, and reads one with a byte order mark', () => {
    const root = fixtureTree();
    writeFileSync(join(root, FIXTURE_FILE_NAMES.actors), new Uint8Array([...bytes('- id: a\n  name: '), 0xc3, 0x28]));
    writeFileSync(join(root, FIXTURE_FILE_NAMES.places), `\uFEFF${FIXTURE_YAML.places}`);
    const { problems, input } = load(root);
    expect(problems).toEqual([
      `${FIXTURE_FILE_NAMES.actors}:2: file: is not valid UTF-8 (from this line on): save the file as UTF-8`,
    ]);
    expect(input.places.entries).toHaveLength(2);
  });

  it('refuses a symbolic link to a file outside the repository, and never reads it', () => {
    const outside = join(temporaryDir(), 'secret.txt');
    writeFileSync(outside, 'SECRET: the key is 1234');
    const root = fixtureTree();
    rmSync(join(root, TEXT_FILE));
    symlinkSync(outside, join(root, TEXT_FILE));
    rmSync(join(root, FIXTURE_FILE_NAMES.actors));
    symlinkSync(outside, join(root, FIXTURE_FILE_NAMES.actors));
    const { problems, input } = load(root);
    const refusal =
      'file: is a symbolic link: the build reads only files kept in the repository; put the file itself here';
    expect(problems).toEqual([`${TEXT_FILE}: ${refusal}`, `${FIXTURE_FILE_NAMES.actors}: ${refusal}`]);
    expect(JSON.stringify([...input.texts.values(), input.actors])).not.toContain('SECRET');
  });

  it('refuses data/sources/ when it is itself a symbolic link', () => {
    const root = fixtureTree();
    const elsewhere = join(temporaryDir(), 'sources');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'fixture-2020-08-17.txt'), FIXTURE_TEXT);
    rmSync(join(root, 'data/sources'), { recursive: true });
    symlinkSync(elsewhere, join(root, 'data/sources'));
    const { problems, input } = load(root);
    expect(problems).toEqual([
      'data/sources: folder: is a symbolic link: the build reads only files kept in the repository; put the folder itself here',
    ]);
    expect(input.texts.size).toBe(0);
  });

  it('refuses data/ when it is a symbolic link, reading nothing through it', () => {
    const real = fixtureTree();
    const root = temporaryDir();
    symlinkSync(join(real, 'data'), join(root, 'data'));
    const { problems, input } = load(root);
    expect(problems).toEqual([
      'data: folder: is a symbolic link: the build reads only files kept in the repository; put the folder itself here',
    ]);
    expect([input.texts.size, input.sources.entries.length, input.quotes.entries.length]).toEqual([0, 0, 0]);
  });

  it('reports every file missing when there is no data/ at all', () => {
    expect(load(temporaryDir()).problems).toEqual(
      Object.values(FIXTURE_FILE_NAMES).map((file) => `${file}: file: is missing`),
    );
  });

  it('refuses a folder named like an article', () => {
    const root = fixtureTree();
    mkdirSync(join(root, 'data/sources/folder.txt'));
    expect(load(root).problems).toEqual(['data/sources/folder.txt: file: is not a file']);
  });
});
