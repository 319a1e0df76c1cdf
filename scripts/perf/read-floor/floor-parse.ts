/** The browser-only parse of the floor (see floor-worker.ts): each layout read the way the app reads it. */

/** Every record line parsed on its own (its trailing comma cut), the records kept; returns how many. */
export function parseLines(text: string): number {
  const kept: unknown[] = [];
  for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.startsWith('{')) kept.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line));
    start = end + 1;
  }
  return kept.length;
}

/** The whole file parsed at once; returns how many records its collections hold. */
export function parseWhole(text: string): number {
  const dataset = JSON.parse(text) as Record<string, unknown>;
  return Object.values(dataset).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
}
