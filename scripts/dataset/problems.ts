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

/** Collects every problem of a build so an editor can fix them all in one pass. */
export class Problems {
  readonly list: Problem[] = [];

  add(location: Location, reason: string): void {
    this.list.push({ ...location, reason });
  }

  get count(): number {
    return this.list.length;
  }
}
