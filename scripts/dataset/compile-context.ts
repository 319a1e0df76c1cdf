import type { DateBasis, Evidence, Source } from '../../src/data/schema';
import { anchorQuote, contextAround } from './anchor';
import type { EvidenceEntry } from './annotation-schema';
import type { BuildInput } from './build-input';
import { resolveDateBasis } from './date-basis';
import type { Location, Problems } from './problems';
import { findQuotedPassages, type QuotedPassage } from './quoted-passages';

/**
 * What every collection's compile step shares: where problems go, the articles, and the two checks most rules
 * build on, anchoring evidence and resolving dates. Each step reports into `problems` and returns what it compiled.
 */
export interface CompileContext {
  readonly problems: Problems;
  /** The listed articles that have a text, in the order data/sources.yaml lists them. */
  readonly sources: readonly Source[];
  readonly sourceById: ReadonlyMap<string, Source>;
  /** The article text files by source id, so a problem can point into the text itself. */
  readonly texts: BuildInput['texts'];
  /** Sources where some words failed to anchor; see `anchorEvidence`. */
  readonly sourcesWithUnanchoredWords: ReadonlySet<string>;
  /** Whether the words stand in any article (an alias, a place name). */
  occursInSomeSource(words: string): boolean;
  /**
   * Gives each piece of evidence its offsets, reporting words that are not in their source exactly once.
   * Returns null unless every piece anchored. Editors never type offsets: this is the only way evidence gets them.
   */
  anchorEvidence(list: readonly EvidenceEntry[], at: Location, label?: string): Evidence[] | null;
  /** Proves a date from its basis: the publication date ("published") or the article's own words. */
  resolveDate(
    date: string,
    basis: string,
    basisSource: string | undefined,
    evidence: readonly EvidenceEntry[],
    at: Location,
  ): DateBasis | null;
  /** The passages in quotation marks of a source, in text order. */
  quotedPassagesIn(sourceId: string): readonly QuotedPassage[];
  /** Whether anchored words lie inside one passage in quotation marks. */
  insideAQuotedPassage(evidence: Evidence): boolean;
}

/** Sets up the shared checks over the articles that compiled. */
export function createCompileContext(
  sources: readonly Source[],
  texts: BuildInput['texts'],
  problems: Problems,
): CompileContext {
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const sourcesWithUnanchoredWords = new Set<string>();
  const passagesBySource = new Map(sources.map((source) => [source.id, findQuotedPassages(source.text)]));
  const quotedPassagesIn = (sourceId: string) => passagesBySource.get(sourceId) ?? [];
  return {
    problems,
    sources,
    sourceById,
    texts,
    sourcesWithUnanchoredWords,
    occursInSomeSource: (words) => sources.some((source) => source.text.includes(words)),
    anchorEvidence: (list, at, label = 'evidence') => {
      const anchored = anchorEach(list, at, label, sourceById, problems);
      // The completeness check leaves these sources out (completeness.ts).
      for (const source of anchored.unanchoredIn) sourcesWithUnanchoredWords.add(source);
      return anchored.evidence.length === list.length ? anchored.evidence : null;
    },
    resolveDate: (date, basis, basisSource, evidence, at) =>
      resolveDateBasis({ date, basis, basisSource, evidence, at }, sourceById, problems),
    quotedPassagesIn,
    insideAQuotedPassage: (evidence) =>
      quotedPassagesIn(evidence.sourceId).some(
        (passage) => evidence.start >= passage.start && evidence.end <= passage.end,
      ),
  };
}

function anchorEach(
  list: readonly EvidenceEntry[],
  at: Location,
  label: string,
  sourceById: ReadonlyMap<string, Source>,
  problems: Problems,
): { evidence: Evidence[]; unanchoredIn: string[] } {
  const evidence: Evidence[] = [];
  const unanchoredIn: string[] = [];
  list.forEach((item, index) => {
    const where = { ...at, entry: `${at.entry}: ${label} ${index + 1}` };
    const source = sourceById.get(item.source);
    if (!source) {
      problems.add(where, `unknown source "${item.source}"`);
      return;
    }
    const found = anchorQuote(source.text, item);
    if (!found.ok) {
      unanchoredIn.push(item.source);
      problems.add(where, `${found.reason} (source "${item.source}")`);
      return;
    }
    evidence.push({
      sourceId: item.source,
      start: found.start,
      end: found.end,
      exact: item.exact,
      ...contextAround(source.text, found.start, found.end),
    });
  });
  return { evidence, unanchoredIn };
}
