/** Where the measuring scripts (bench, budgets, lighthouse) find the project and the build they measure. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The build to measure: `--dist <dir>` from the command line, else dist/. A run with its own build cannot have
 * it swapped out by a concurrent `npm run build`.
 */
export function distFromArgs(argv: readonly string[] = process.argv): string {
  const flag = argv.indexOf('--dist');
  return flag === -1 ? join(projectRoot, 'dist') : resolve(argv[flag + 1] ?? 'dist');
}
