import { toJSONSchema } from 'zod/v4/core';
import { datasetSchema } from '../../src/data/schema';

/** The published JSON Schema, generated from the same zod schema the app validates with. */
export function datasetJsonSchema(): Record<string, unknown> {
  // The integrity checks (references, offsets) are code, not JSON Schema: docs/data.md describes them.
  const schema = toJSONSchema(datasetSchema, { unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'dataset.schema.json',
    title: 'Belarus 2020 protests: verified dataset',
    description:
      'Every event, quote and figure carries evidence: sources[sourceId].text.slice(start, end) === exact. See docs/data.md.',
  };
}

/** Stable, diff-friendly JSON: two-space indent and a final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
