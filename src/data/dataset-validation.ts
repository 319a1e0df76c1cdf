/**
 * The runtime check of a dataset, whole or record by record as it downloads. Both apply `schema.ts`: the
 * same shape rules, then the same integrity rules, with the same paths in what they report. Both list the
 * first problems and count the rest (`ProblemList`), so a huge broken file is refused as quickly, and in as
 * little memory, as a small one.
 */
import type * as z from 'zod/mini';
import { compileFastCheck, type FastCheck } from './dataset-fast-check';
import { createIntegrityScreen } from './integrity-screen';
import { ProblemList } from './problem-list';
import { collectionSchemas, findIntegrityProblems, schemaVersionSchema, type Dataset } from './schema';

/** Where in the file (`['quotes', 3, 'actorId']`) and what is wrong there. */
export interface ValidationProblem {
  path: PropertyKey[];
  message: string;
}

/** On failure: the first problems found, and how many more there are (`and 199,900 more`). */
export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: ValidationProblem[]; more: number };

export type CollectionName = keyof typeof collectionSchemas;

/**
 * How many records of a whole file are checked at once. zod gathers a check's issues by spreading them into a
 * call (`push(...issues)`): a whole collection of 200,000 bad records overflows the stack; a slice never does.
 */
const recordsPerCheck = 1000;

/**
 * Checks a whole parsed file: its collections slice by slice, through the record-by-record check, so that
 * the two report the same problems in the same order.
 */
export function validateDataset(json: unknown, onKept?: KeptHandler): ValidationResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, problems: [{ path: [], message: 'expected object' }], more: 0 };
  const records = createRecordValidator(onKept);
  const collections: string[] = [];
  for (const [name, value] of Object.entries(json)) {
    // Anything else under a collection's name is reported by `finish` as not a list.
    if (!Array.isArray(value)) continue;
    collections.push(name);
    for (let first = 0; first < value.length; first += recordsPerCheck)
      records.add(name, first, value.slice(first, first + recordsPerCheck));
  }
  return records.finish(json as Record<string, unknown>, collections);
}

/**
 * Told of each run of records that passed, in order, as long as none has failed: a worker passes them on.
 * `text`, when given, is the record lines that `parseRecordLines` turns back into exactly these records (they passed
 * unchanged).
 */
export type KeptHandler = (collection: CollectionName, records: unknown[], text?: string) => void;

/**
 * Checks records as they arrive (see `dataset-lines.ts`), so that little is left to do after the last byte:
 * `finish` adds the header, the collections that never came, and the references between records. Keeps the
 * records, and gives the dataset.
 */
export function createRecordValidator(onKept?: KeptHandler) {
  const dataset: Omit<Dataset, 'schemaVersion'> = {
    sources: [],
    actors: [],
    places: [],
    events: [],
    quotes: [],
    figures: [],
  };
  const screen = createIntegrityScreen();
  const shapes = createShapeCheck((collection, records, text) => {
    const kept = dataset[collection] as unknown[];
    for (const record of records) kept.push(record);
    screen.add(collection, records);
    onKept?.(collection, records, text);
  });
  return {
    add: shapes.add,
    finish: (header: Record<string, unknown>, collections: readonly string[]): ValidationResult => {
      const shape = shapes.finish(header, collections);
      if (!shape.ok) return shape;
      const whole: Dataset = { schemaVersion: shape.schemaVersion, ...dataset };
      // The screen clears a sound dataset without building a path for every reference; only the full check
      // names what is wrong.
      if (screen.finish()) return { ok: true, dataset: whole };
      const integrity = findIntegrityProblems(whole);
      return integrity.count > 0
        ? { ok: false, problems: integrity.listed, more: integrity.more }
        : { ok: true, dataset: whole };
    },
  };
}

/** Every record has the right shape, or what is wrong. */
type ShapeResult = { ok: true; schemaVersion: Dataset['schemaVersion'] } | Extract<ValidationResult, { ok: false }>;

/**
 * What the record-by-record check comes to when it hands its records on rather than keeping them: `unsure` when
 * the records have the right shape but may break an integrity rule, which only the whole file can say.
 */
export type ScreenResult = ShapeResult | { ok: 'unsure' };

/**
 * The same check for a reader that hands every record on as it passes (a worker) and keeps none, so that a
 * sound file is never held twice: integrity is only screened (`integrity-screen.ts`).
 */
export function createRecordScreen(onKept: KeptHandler) {
  const integrity = createIntegrityScreen();
  const shapes = createShapeCheck((collection, records, text) => {
    integrity.add(collection, records);
    onKept(collection, records, text);
  });
  return {
    add: shapes.add,
    finish: (header: Record<string, unknown>, collections: readonly string[]): ScreenResult => {
      const shape = shapes.finish(header, collections);
      if (!shape.ok) return shape;
      return integrity.finish() ? shape : { ok: 'unsure' };
    },
  };
}

/** The schema's shape rules, record by record; `onPassed` is told of each run that passed, while none has failed. */
function createShapeCheck(onPassed: KeptHandler) {
  const recordProblems = new ProblemList<ValidationProblem>();

  return {
    /** `text`, when given, is the JSON the records were parsed from, passed on with them if they are kept as is. */
    add: (collection: string, firstIndex: number, records: unknown[], text?: string) => {
      // Like z.object, a collection the schema does not know is left out rather than refused.
      if (!isCollectionName(collection)) return;
      // The common case, records that pass as they are, is answered without zod's copies; any doubt goes to zod.
      if (recordProblems.count === 0 && fastChecks[collection]?.(records)) {
        onPassed(collection, records, text);
        return;
      }
      const result = collectionSchemas[collection].safeParse(records);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const [index, ...rest] = issue.path;
          recordProblems.add({ path: [collection, firstIndex + Number(index), ...rest], message: messageOf(issue) });
        }
      } else if (recordProblems.count === 0) onPassed(collection, result.data);
    },
    finish: (header: Record<string, unknown>, collections: readonly string[]): ShapeResult => {
      const found = new ProblemList<ValidationProblem>();
      const version = schemaVersionSchema.safeParse(header.schemaVersion);
      if (!version.success)
        for (const issue of version.error.issues)
          found.add({ path: ['schemaVersion', ...issue.path], message: messageOf(issue) });
      for (const name of Object.keys(collectionSchemas))
        if (!collections.includes(name)) found.add({ path: [name], message: 'expected array' });
      for (const problem of recordProblems.listed) found.add(problem);
      const more = found.more + recordProblems.more;
      if (!version.success || found.count > 0) return { ok: false, problems: found.listed, more };
      return { ok: true, schemaVersion: version.data };
    },
  };
}

const fastChecks = Object.fromEntries(
  Object.entries(collectionSchemas).map(([name, schema]) => [name, compileFastCheck(schema)]),
) as Record<CollectionName, FastCheck | null>;

function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(collectionSchemas, name);
}

// zod/mini's messages are terse ("Invalid input"): say what was expected, and the path says where.
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((value) => JSON.stringify(value));
    return values.length === 1 ? `expected ${values[0]}` : `expected one of ${values.join(', ')}`;
  }
  return issue.message;
}
