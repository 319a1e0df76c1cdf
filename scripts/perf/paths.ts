/** Where the measuring scripts (bench, budgets, lighthouse) find the project and the build they measure. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the measuring scripts write what they measured (git-ignored). */
export const benchResultsDir = join(projectRoot, 'bench-results');

/**
 * The build to measure: the `--dist <dir>` a script was given, else dist/. A run with its own build cannot have
 * it swapped out by a concurrent `npm run build`.
 */
export function resolveDist(dist: string | undefined): string {
  return dist === undefined ? join(projectRoot, 'dist') : resolve(dist);
}

/** `--dist` read straight from the command line, for check-budgets.ts, which reads its own arguments. */
export function distFromArgs(argv: readonly string[] = process.argv): string {
  const flag = argv.indexOf('--dist');
  return resolveDist(flag === -1 ? undefined : (argv[flag + 1] ?? 'dist'));
}
