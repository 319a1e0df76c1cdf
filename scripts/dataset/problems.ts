import { ProblemList } from '../../src/data/problem-list';

/** Where a problem lies: the file, the line of the entry when known, and the entry's name ("quote \"x\""). */
export interface Location {
  file: string;
  line?: number;
  entry: string;
}

export interface Problem extends Location {
  reason: string;
}

/** One line an editor can act on: `data/annotations/quotes.yaml:42: quote "x": evidence 1: …`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.entry}: ${problem.reason}`;
}

/**
 * Collects every problem of a build so an editor can fix them all in one pass. The first 100 are kept and the
 * rest counted (`ProblemList`, the same limit as the app's check): a broken file of a million entries is
 * reported as quickly, and in as little memory, as one with a hundred.
 */
export class Problems {
  private readonly found = new ProblemList<Problem>();

  add(location: Location, reason: string): void {
    this.found.add({ ...location, reason });
  }

  /** The problems kept, in the order they were found. */
  get list(): readonly Problem[] {
    return this.found.listed;
  }

  /** Every problem found, kept or not. */
  get count(): number {
    return this.found.count;
  }

  /** The problems found beyond those kept. */
  get more(): number {
    return this.found.more;
  }
}

const count = new Intl.NumberFormat('en-GB');

/** What `npm run data` prints when it refuses the data: how many problems, each kept one, and how many more. */
export function formatBuildFailure({ problems, more }: { problems: readonly Problem[]; more: number }): string {
  const total = problems.length + more;
  const lines = [`The dataset was not built: ${count.format(total)} problem${total === 1 ? '' : 's'}.`, ''];
  for (const problem of problems) lines.push(`  ${formatProblem(problem)}`);
  if (more > 0) lines.push(`  … and ${count.format(more)} more: fix these and run the build again to see the rest.`);
  lines.push('', 'See "Adding an article" in README.md for what each message means.');
  return lines.join('\n');
}
