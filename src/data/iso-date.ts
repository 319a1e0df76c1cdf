/**
 * The days the dataset and the app's URLs may name. Bounded, so that no date (typed, or in a file edited by hand)
 * can stretch the timeline over thousands of years. No zod here: reading the URL must not put the validator in
 * the first script a page loads; src/data/schema.ts and the editors' schema build on these.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

/** The range as a clause: "must be a day from 1900-01-01 to 2100-12-31". */
export const DATE_RANGE_TEXT = `a day from ${EARLIEST_DATE} to ${LATEST_DATE}`;

const isoDateShape = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a date written YYYY-MM-DD lies within the range (so written, dates compare as strings). */
export function isWithinDateRange(date: string): boolean {
  return date >= EARLIEST_DATE && date <= LATEST_DATE;
}

/** Whether the text is a real calendar day written YYYY-MM-DD (no 2020-02-30), whatever its year. */
export function isCalendarDay(value: string): boolean {
  const match = isoDateShape.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// The same rule as isoDateSchema in src/data/schema.ts, which checks the calendar with zod (a test holds the two
// together).
/** Whether the text is a real calendar day written YYYY-MM-DD, within the range. */
export function isIsoDate(value: string): boolean {
  return isCalendarDay(value) && isWithinDateRange(value);
}
