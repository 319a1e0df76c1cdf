import type { Source } from '../../src/data/schema';
import { sourceEntrySchema } from './annotation-schema';
import type { BuildInput } from './build-input';
import { parseCollection } from './parse-entries';
import type { Problems } from './problems';

/** Sources: every listed article has its text, and every text is listed. */
export function compileSources({ sources: file, texts }: BuildInput, problems: Problems): Source[] {
  const entries = parseCollection(file, sourceEntrySchema, 'source', problems);
  const sources: Source[] = [];
  for (const { entry, at } of entries) {
    const text = texts.get(entry.id);
    if (!text) {
      problems.add(at, `no article text: expected data/sources/${entry.id}.txt`);
      continue;
    }
    sources.push({
      id: entry.id,
      published: entry.published,
      outlet: entry.outlet,
      headline: entry.headline,
      url: entry.url,
      rights: entry.rights,
      // Whole while the annotations are checked against it; excerpt-sources.ts cuts it down at the end.
      text: text.text,
      excerpts: [{ start: 0, end: text.text.length }],
    });
  }
  for (const [id, { file: textFile }] of texts) {
    if (!entries.some(({ entry }) => entry.id === id)) {
      problems.add(
        { file: textFile, entry: `source "${id}"` },
        `article is not listed in ${file.file} (add its id and publication date there)`,
      );
    }
  }
  return sources;
}
