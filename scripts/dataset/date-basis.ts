import type { DateBasis, Source } from '../../src/data/schema';
import type { EvidenceEntry } from './annotation-schema';
import type { Location, Problems } from './problems';
import { resolveDateExpression } from './resolve-date';

/** A date as an annotation gives it: the date, its basis, and the evidence it is about. */
export interface Dating {
  date: string;
  basis: string;
  basisSource: string | undefined;
  evidence: readonly EvidenceEntry[];
  at: Location;
}

/**
 * Proves a date from its basis: the publication date ("published") or the article's own words, resolved against
 * the publication date. No date may lie after the publication of the evidence it rests on.
 */
export function resolveDateBasis(
  { date, basis, basisSource, evidence, at }: Dating,
  sourceById: ReadonlyMap<string, Source>,
  problems: Problems,
): DateBasis | null {
  const sourceId = basisSource ?? evidence[0]?.source ?? '';
  const source = sourceById.get(sourceId);
  if (!source) {
    problems.add(at, `date basis refers to unknown source "${sourceId}"`);
    return null;
  }
  for (const item of evidence) {
    const published = sourceById.get(item.source)?.published;
    if (published !== undefined && date > published) {
      problems.add(at, `date ${date} is after the publication date ${published} of source "${item.source}"`);
      return null;
    }
  }
  if (basis === 'published') {
    if (date !== source.published) {
      problems.add(
        at,
        `date ${date} is not the publication date ${source.published} of source "${sourceId}" (basis: published)`,
      );
      return null;
    }
    return { sourceId, expression: null };
  }
  if (!source.text.includes(basis)) {
    problems.add(at, `date basis "${basis}" is not in source "${sourceId}"`);
    return null;
  }
  const resolved = resolveDateExpression(basis, source.published);
  if (!resolved.ok) {
    problems.add(at, resolved.reason);
    return null;
  }
  if (resolved.date !== date) {
    problems.add(
      at,
      `date ${date} does not match "${basis}", which resolves to ${resolved.date} from the publication date ${source.published} of source "${sourceId}"`,
    );
    return null;
  }
  return { sourceId, expression: basis };
}
