import type { z } from 'zod';
import type { EntryFile } from './build-input';
import type { Location, Problems } from './problems';

/** An entry that has the right shape, with where it stands for messages about it. */
export interface Parsed<T> {
  entry: T;
  at: Location;
}

/** Validates each entry's shape; an entry that fails is reported and left out of later checks. */
export function parseEntries<S extends z.ZodType>(
  { file, entries }: EntryFile,
  schema: S,
  kind: string,
  problems: Problems,
): Parsed<z.infer<S>>[] {
  const parsed: Parsed<z.infer<S>>[] = [];
  for (const { value, line, index } of entries) {
    const id = (value as { id?: unknown } | null)?.id;
    const entry = typeof id === 'string' ? `${kind} "${id}"` : `${kind} #${index + 1}`;
    const at: Location = { file, line, entry };
    const result = schema.safeParse(value);
    if (result.success) {
      parsed.push({ entry: result.data, at });
    } else {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.add(at, `${field}${issue.message}`);
      }
    }
  }
  return parsed;
}

/** Parses a collection whose entries have ids, and reports every id used twice. */
export function parseCollection<S extends z.ZodType<{ id: string }>>(
  file: EntryFile,
  schema: S,
  kind: string,
  problems: Problems,
): Parsed<z.infer<S>>[] {
  const parsed = parseEntries(file, schema, kind, problems);
  const seen = new Map<string, Location>();
  for (const { entry, at } of parsed) {
    const first = seen.get(entry.id);
    if (first)
      problems.add(at, `duplicate ${kind} id "${entry.id}" (first defined at ${first.file}:${first.line ?? '?'})`);
    else seen.set(entry.id, at);
  }
  return parsed;
}
