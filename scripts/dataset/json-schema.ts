import { toJSONSchema } from 'zod/v4/core';
import { datasetSchema, isoDateSchema } from '../../src/data/schema';
import { DATE_RANGE_TEXT } from '../../src/data/iso-date';

/** Years 1900–2100 as a pattern: the range check is code in zod, which JSON Schema cannot carry as it is. */
export const dateRangePattern = '^(?:19\\d\\d|20\\d\\d|2100)-';

/** The published JSON Schema, generated from the same zod schema the app validates with. */
export function datasetJsonSchema(): Record<string, unknown> {
  // The integrity checks (references, offsets) are code, not JSON Schema: docs/data.md describes them.
  const schema = toJSONSchema(datasetSchema, {
    unrepresentable: 'any',
    // Other tools validate against this file alone, so the dates' range goes in as a second pattern.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== isoDateSchema) return;
      jsonSchema.allOf = [{ pattern: dateRangePattern }];
      jsonSchema.description = `A calendar day, YYYY-MM-DD: ${DATE_RANGE_TEXT}.`;
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'dataset.schema.json',
    title: 'Belarus 2020 protests: verified dataset',
    description:
      'Every event, quote and figure carries evidence: start and end are offsets into the original article, and select exact through the kept ranges of sources[sourceId].excerpts. See docs/data.md.',
  };
}

/** Stable, diff-friendly JSON: two-space indent and a final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
