/**
 * Which unit test files must run in a module graph of their own. The rest share one per worker: starting a
 * fresh graph and DOM for each of about 120 files was more than half the unit run. A file needs its own when it
 * replaces a module (`vi.mock`), a global, an environment variable or anything on a prototype, or asks for a DOM of
 * its own, since in a shared graph that change could reach the next file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const changesSharedState = /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(|\.prototype\b|@vitest-environment/;

/**
 * The test files (`.test.ts`, `.test.tsx`) in `root` itself and anywhere under `dirs` that change shared state, as
 * paths relative to `root`, the way the test config's globs name them.
 */
export function testFilesNeedingIsolation(root: string, dirs: readonly string[]): string[] {
  const topLevel = readdirSync(root, { encoding: 'utf8' });
  const nested = dirs.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`),
  );
  return [...topLevel, ...nested].filter(
    (file) => /\.test\.tsx?$/.test(file) && changesSharedState.test(readFileSync(join(root, file), 'utf8')),
  );
}
