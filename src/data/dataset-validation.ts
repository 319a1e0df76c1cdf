/**
 * The runtime check of a dataset, whole or record by record as it downloads. Both apply `schema.ts`: the
 * same shape rules, then the same integrity rules, with the same paths in what they report.
 */
import type * as z from 'zod/mini';
import { collectionSchemas, datasetSchema, findIntegrityProblems, schemaVersionSchema, type Dataset } from './schema';

/** Where in the file (`['quotes', 3, 'actorId']`) and what is wrong there. */
export interface ValidationProblem {
  path: PropertyKey[];
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: ValidationProblem[] };

type CollectionName = keyof typeof collectionSchemas;

/** Checks a whole parsed file. */
export function validateDataset(json: unknown): ValidationResult {
  const result = datasetSchema.safeParse(json);
  return result.success ? { ok: true, dataset: result.data } : { ok: false, problems: toProblems(result.error, []) };
}

/**
 * Checks records as they arrive (see `dataset-lines.ts`), so that little is left to do after the last byte:
 * `finish` adds the header, the collections that never came, and the references between records.
 */
export function createRecordValidator() {
  const dataset: Omit<Dataset, 'schemaVersion'> = {
    sources: [],
    actors: [],
    places: [],
    events: [],
    quotes: [],
    figures: [],
  };
  const problems: ValidationProblem[] = [];

  return {
    add: (collection: string, firstIndex: number, records: unknown[]) => {
      // Like z.object, a collection the schema does not know is left out rather than refused.
      if (!isCollectionName(collection)) return;
      const result = collectionSchemas[collection].safeParse(records);
      if (!result.success) {
        for (const problem of toProblems(result.error, []))
          problems.push({
            path: [collection, firstIndex + Number(problem.path[0]), ...problem.path.slice(1)],
            message: problem.message,
          });
      } else if (problems.length === 0) (dataset[collection] as unknown[]).push(...result.data);
    },
    finish: (header: Record<string, unknown>, collections: readonly string[]): ValidationResult => {
      const version = schemaVersionSchema.safeParse(header.schemaVersion);
      const found: ValidationProblem[] = version.success ? [] : toProblems(version.error, ['schemaVersion']);
      for (const name of Object.keys(collectionSchemas))
        if (!collections.includes(name)) found.push({ path: [name], message: 'expected array' });
      found.push(...problems);
      if (!version.success || found.length > 0) return { ok: false, problems: found };
      const whole: Dataset = { schemaVersion: version.data, ...dataset };
      const integrity = findIntegrityProblems(whole);
      return integrity.length > 0 ? { ok: false, problems: integrity } : { ok: true, dataset: whole };
    },
  };
}

function isCollectionName(name: string): name is CollectionName {
  return Object.hasOwn(collectionSchemas, name);
}

function toProblems(error: z.core.$ZodError, prefix: PropertyKey[]): ValidationProblem[] {
  // zod/mini's messages are terse ("Invalid input"); the path is what tells an editor where to look.
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path],
    message: issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message,
  }));
}
