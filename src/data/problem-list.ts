/** How many problems a check keeps word for word; the rest are only counted ("and 199,900 more"). */
export const LISTED_PROBLEM_LIMIT = 100;

/**
 * Problems as a check finds them: the first `limit` kept, the rest counted. A file with a million bad records
 * then costs no more memory to report than one with a hundred, and no list is ever spread into a call's
 * arguments (which overflows the stack past about 120,000).
 */
export class ProblemList<T> {
  readonly listed: T[] = [];
  private unlisted = 0;

  constructor(readonly limit = LISTED_PROBLEM_LIMIT) {}

  add(problem: T): void {
    if (this.listed.length < this.limit) this.listed.push(problem);
    else this.unlisted += 1;
  }

  /** Every problem found, listed or not. */
  get count(): number {
    return this.listed.length + this.unlisted;
  }

  /** The problems found beyond the limit, counted but not kept. */
  get more(): number {
    return this.unlisted;
  }
}
