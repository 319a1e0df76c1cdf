import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from './json-schema';

type Node = { pattern?: string; allOf?: Node[]; format?: string; properties?: Record<string, Node> };

/** The published schema's rule for a source's publication date, as another tool would read it. */
function publishedDateRule(): Node {
  const schema = datasetJsonSchema() as { properties: { sources: { items: Node } } };
  return schema.properties.sources.items.properties!.published!;
}

/** Whether a value passes every pattern the node states, as a JSON Schema validator would check them. */
function matchesPatterns(node: Node, value: string): boolean {
  const patterns = [node.pattern, ...(node.allOf ?? []).map((part) => part.pattern)].filter(Boolean);
  expect(patterns.length).toBeGreaterThan(1);
  return patterns.every((pattern) => new RegExp(pattern!, 'u').test(value));
}

describe('the published JSON Schema', () => {
  it('bounds dates to the years the app accepts, so other tools refuse what the app would refuse', () => {
    const rule = publishedDateRule();
    expect(rule.format).toBe('date');
    expect(matchesPatterns(rule, '1900-01-01')).toBe(true);
    expect(matchesPatterns(rule, '2100-12-31')).toBe(true);
    expect(matchesPatterns(rule, '1899-12-31')).toBe(false);
    expect(matchesPatterns(rule, '2101-01-01')).toBe(false);
    expect(matchesPatterns(rule, '0000-01-01')).toBe(false);
    expect(matchesPatterns(rule, '2020-02-30')).toBe(false);
  });
});
