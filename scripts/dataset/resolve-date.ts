import * as chrono from 'chrono-node';

export type DateResolution = { ok: true; date: string } | { ok: false; reason: string };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Resolves a date expression as it stands in an article ("on Monday", "yesterday", "last Sunday’s vote",
 * "August 9") against the article's publication date. Articles report the past, so a bare weekday means the
 * latest such day on or before publication; chrono alone picks the nearest, which can lie in the next week.
 */
export function resolveDateExpression(expression: string, published: string): DateResolution {
  // Noon UTC keeps the calendar day the same whatever the machine's time zone.
  const reference = new Date(`${published}T12:00:00Z`);
  const results = chrono.parse(expression, { instant: reference, timezone: 'UTC' });
  const first = results[0];
  if (first === undefined)
    return { ok: false, reason: `"${expression}" is not a date expression chrono-node can read` };
  const { start } = first;
  let resolved = Date.UTC(start.get('year') ?? 0, (start.get('month') ?? 1) - 1, start.get('day') ?? 1);
  if (!start.isCertain('day') && start.isCertain('weekday') && resolved > reference.getTime()) {
    resolved -= 7 * DAY_MS;
  }
  return { ok: true, date: new Date(resolved).toISOString().slice(0, 10) };
}
