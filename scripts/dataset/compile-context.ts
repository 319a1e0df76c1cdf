import type { DateBasis, Evidence, Source } from '../../src/data/schema';
import { anchorQuote, contextAround } from './anchor';
import type { EvidenceEntry } from './annotation-schema';
import type { BuildInput } from './build-input';
import { resolveDateBasis } from './date-basis';
import { indexLines, type LineIndex } from './line-index';
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
  /**
   * `anchorEvidence` for the evidence of an event, quote or figure: what it anchors is also kept in `recorded`,
   * even if a later rule refuses the item, so that its sentences are not reported again as unaccounted for.
   */
  anchorItemEvidence(list: readonly EvidenceEntry[], at: Location): Evidence[] | null;
  /** Anchors one piece of words (an attribution's, a relay's), reported as `<entry>: <label>`. */
  anchorWords(words: EvidenceEntry, at: Location, label: string): Evidence | null;
  /** Keeps words an item records (an attribution's, a relay's, once accepted) in `recorded`. */
  record(owner: string, words: Evidence): void;
  /** Every piece of an item's words anchored so far, with whose it is ("quote \"x\""). */
  readonly recorded: readonly RecordedWords[];
  /** Proves a date from its basis: the publication date ("published") or the article's own words. */
  resolveDate(
    date: string,
    basis: string,
    basisSource: string | undefined,
    evidence: readonly EvidenceEntry[],
    at: Location,
  ): DateBasis | null;
  /**
   * A date that may be null (the articles give none): then no basis may be given; otherwise it needs one, proved
   * as `resolveDate` does. `ok` is false when a rule refused it.
   */
  resolveOptionalDate(dating: OptionalDating, at: Location): { ok: true; dateBasis: DateBasis | null } | { ok: false };
  /** When the item was first reported: the earliest publication date among its evidence's sources. */
  reportedOf(evidence: readonly Evidence[]): string;
  /** Whether the article names the words as a whole word ("Minsk", not inside "Minskers"). */
  namesWord(sourceId: string, words: string): boolean;
  /** The text file of a source and the line of an offset in it, for problems that point into an article. */
  whereIn(sourceId: string, offset: number): { file: string; line: number };
  /** The passages in quotation marks of a source, in text order. */
  quotedPassagesIn(sourceId: string): readonly QuotedPassage[];
  /** Whether anchored words lie inside one passage in quotation marks. */
  insideAQuotedPassage(evidence: Evidence): boolean;
}

/** Anchored words of an item, and whose they are, for messages: `quote "x"`, `event "y": attribution`. */
export interface RecordedWords extends Evidence {
  owner: string;
}

/** A date as an annotation may give it: null, or with its basis. */
export interface OptionalDating {
  date: string | null;
  basis?: string | undefined;
  basisSource?: string | undefined;
  evidence: readonly EvidenceEntry[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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
  const lineIndexes = new Map<string, LineIndex>();
  const normalisedTexts = new Map<string, string>();
  // Each article in NFC, made the first time some words fail to anchor in it (for the hint in anchorQuote).
  const normalisedText = (source: Source) => {
    let normalised = normalisedTexts.get(source.id);
    if (normalised === undefined) {
      normalised = source.text.normalize('NFC');
      normalisedTexts.set(source.id, normalised);
    }
    return normalised;
  };
  const recorded: RecordedWords[] = [];
  const resolveDate: CompileContext['resolveDate'] = (date, basis, basisSource, evidence, at) =>
    resolveDateBasis({ date, basis, basisSource, evidence, at }, sourceById, problems);
  const anchorEvidence: CompileContext['anchorEvidence'] = (list, at, label = 'evidence') => {
    const anchored = anchorEach(list, at, label, { sourceById, normalisedText, problems });
    // The completeness checks leave these sources out (completeness.ts, sentences.ts).
    for (const source of anchored.unanchoredIn) sourcesWithUnanchoredWords.add(source);
    return anchored.evidence.length === list.length ? anchored.evidence : null;
  };
  return {
    problems,
    sources,
    sourceById,
    texts,
    sourcesWithUnanchoredWords,
    occursInSomeSource: (words) => sources.some((source) => source.text.includes(words)),
    anchorEvidence,
    anchorItemEvidence: (list, at) => {
      const anchored = anchorEvidence(list, at);
      for (const piece of anchored ?? []) recorded.push({ ...piece, owner: at.entry });
      return anchored;
    },
    anchorWords: (words, at, label) => {
      // anchorEach numbers its pieces ("evidence 1"); a single piece is named by its label alone.
      return anchorEvidence([words], { ...at, entry: `${at.entry}: ${label}` }, '')?.[0] ?? null;
    },
    record: (owner, words) => recorded.push({ ...words, owner }),
    recorded,
    resolveDate,
    resolveOptionalDate: ({ date, basis, basisSource, evidence }, at) => {
      if (date === null) {
        if (basis !== undefined) problems.add(at, `basis "${basis}" is given but date is null`);
        return basis === undefined ? { ok: true, dateBasis: null } : { ok: false };
      }
      if (basis === undefined) {
        problems.add(at, `date ${date} needs a basis: "published" or the words that date it in the article`);
        return { ok: false };
      }
      const dateBasis = resolveDate(date, basis, basisSource, evidence, at);
      return dateBasis ? { ok: true, dateBasis } : { ok: false };
    },
    reportedOf: (evidence) =>
      evidence
        .map((item) => sourceById.get(item.sourceId)?.published ?? '')
        .reduce((earliest, date) => (date < earliest ? date : earliest)),
    namesWord: (sourceId, words) => {
      const text = sourceById.get(sourceId)?.text ?? '';
      for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) {
        const [before, after] = [text[at - 1], text[at + words.length]];
        if (!(before && LETTER_OR_DIGIT.test(before)) && !(after && LETTER_OR_DIGIT.test(after))) return true;
      }
      return false;
    },
    whereIn: (sourceId, offset) => {
      let lines = lineIndexes.get(sourceId);
      if (!lines) {
        lines = indexLines(sourceById.get(sourceId)?.text ?? '');
        lineIndexes.set(sourceId, lines);
      }
      return { file: texts.get(sourceId)?.file ?? sourceId, line: lines.lineOf(offset) };
    },
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
  {
    sourceById,
    normalisedText,
    problems,
  }: {
    sourceById: ReadonlyMap<string, Source>;
    normalisedText: (source: Source) => string;
    problems: Problems;
  },
): { evidence: Evidence[]; unanchoredIn: string[] } {
  const evidence: Evidence[] = [];
  const unanchoredIn: string[] = [];
  list.forEach((item, index) => {
    const where = label === '' ? at : { ...at, entry: `${at.entry}: ${label} ${index + 1}` };
    const source = sourceById.get(item.source);
    if (!source) {
      problems.add(where, `unknown source "${item.source}"`);
      return;
    }
    const found = anchorQuote(source.text, item, () => normalisedText(source));
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
