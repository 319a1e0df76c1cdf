/**
 * Every sentence accounted for: each sentence of each article holds evidence (of an event, a quote or a figure,
 * or the words of an attribution or a relay) or is listed in the sentence ledger, context.yaml, with a reason.
 */
import { abbreviate } from './anchor';
import { contextEntrySchema, contextReasons, type ContextReason } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { CompileContext } from './compile-context';
import { parseEntries } from './parse-entries';
import type { Location } from './problems';

/** A sentence as offsets into its article, without the whitespace around it. */
export interface Sentence {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const STARTS_LOWER_CASE = /^\p{Ll}/u;

/**
 * Splits an article into sentences: each paragraph (a line) on its own, with Intl.Segmenter. A segment that
 * starts with a lower-case letter continues the sentence before it: the segmenter ends a sentence after a quoted
 * "!" or "?" (`"Go away!" workers chanted.`). Whitespace-only segments are skipped.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let previous: Sentence | null = null;
    for (const { segment, index } of segmenter.segment(line)) {
      const lead = segment.search(/\S/);
      if (lead === -1) continue;
      const start = lineStart + index + lead;
      const end = lineStart + index + segment.trimEnd().length;
      if (previous !== null && STARTS_LOWER_CASE.test(segment.slice(lead))) previous.end = end;
      else {
        previous = { start, end };
        sentences.push(previous);
      }
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

/** How the sentences of the articles were accounted for. */
export interface SentenceCounts {
  sentences: number;
  sentencesWithEvidence: number;
  sentencesInLedger: Record<ContextReason, number>;
}

/** What one sentence holds: the first words recorded in it, and the ledger entry that lists it. */
interface SentenceState {
  sentence: Sentence;
  recorded: string | null;
  listed: string | null;
}

/**
 * Checks that every sentence holds some item's words (`context.recorded`: evidence, attributions, relays) or
 * stands in the ledger, and that the ledger lists only such sentences, each once, each entry inside one
 * sentence. Returns how the sentences were accounted for.
 */
export function checkSentences(ledger: EntryFile, context: CompileContext): SentenceCounts {
  const states = new Map(
    context.sources.map((source) => [
      source.id,
      splitSentences(source.text).map((sentence): SentenceState => ({ sentence, recorded: null, listed: null })),
    ]),
  );
  for (const span of context.recorded) {
    for (const state of statesOverlapping(states.get(span.sourceId) ?? [], span)) state.recorded ??= span.owner;
  }
  const counts: SentenceCounts = {
    sentences: 0,
    sentencesWithEvidence: 0,
    sentencesInLedger: Object.fromEntries(contextReasons.map((reason) => [reason, 0])) as Record<ContextReason, number>,
  };
  for (const listed of checkLedger(ledger, states, context)) counts.sentencesInLedger[listed] += 1;

  for (const source of context.sources) {
    for (const { sentence, recorded, listed } of states.get(source.id) ?? []) {
      counts.sentences += 1;
      if (recorded !== null) counts.sentencesWithEvidence += 1;
      // Its unanchored words are already reported; listing its sentences as unaccounted would only repeat that.
      if (recorded !== null || listed !== null || context.sourcesWithUnanchoredWords.has(source.id)) continue;
      const words = source.text.slice(sentence.start, sentence.end);
      context.problems.add(
        { ...context.whereIn(source.id, sentence.start), entry: `sentence "${abbreviate(words)}"` },
        `holds no evidence and is not in ${ledger.file}: record what it reports (an event, a quote, a figure), or list it there with a reason`,
      );
    }
  }
  return counts;
}

/** Anchors the ledger's entries to their sentences; returns the reason of each entry accepted. */
function checkLedger(
  ledger: EntryFile,
  states: ReadonlyMap<string, SentenceState[]>,
  context: CompileContext,
): ContextReason[] {
  const accepted: ContextReason[] = [];
  parseEntries(ledger, contextEntrySchema, 'context', context.problems).forEach(({ entry, at }, index) => {
    const name = `context #${index + 1} "${abbreviate(entry.exact, 40)}"`;
    const named: Location = { ...at, entry: name };
    const span = context.anchorEvidence([entry], named, '')?.[0];
    if (!span) return;
    const [state, ...more] = statesOverlapping(states.get(entry.source) ?? [], span);
    if (!state) {
      context.problems.add(named, 'lies in no sentence: anchor it inside the sentence it stands for');
      return;
    }
    if (more.length > 0 || span.start < state.sentence.start || span.end > state.sentence.end)
      context.problems.add(named, 'spans two sentences: anchor it inside the one sentence it stands for');
    else if (state.recorded !== null)
      context.problems.add(
        named,
        `its sentence already holds evidence (${state.recorded}): only sentences that hold none are listed`,
      );
    else if (state.listed !== null) context.problems.add(named, `its sentence is already listed by ${state.listed}`);
    else {
      state.listed = name;
      accepted.push(entry.reason);
    }
  });
  return accepted;
}

/** The sentences (in text order) that share at least one character with the span. */
function statesOverlapping(states: readonly SentenceState[], span: { start: number; end: number }): SentenceState[] {
  // The first sentence that ends after the span starts.
  let low = 0;
  let high = states.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (states[middle]!.sentence.end <= span.start) low = middle + 1;
    else high = middle;
  }
  const found: SentenceState[] = [];
  for (let at = low; at < states.length && states[at]!.sentence.start < span.end; at++) found.push(states[at]!);
  return found;
}
