import type { Evidence, Quote } from '../../src/data/schema';
import { abbreviate } from './anchor';
import { notSpeechEntrySchema } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { CompileContext } from './compile-context';
import { parseEntries } from './parse-entries';
import type { QuotedPassage } from './quoted-passages';

/** How the quoted passages of the articles were accounted for. */
export interface QuotedPassageCounts {
  quotedPassages: number;
  quotedPassagesAsQuotes: number;
  quotedPassagesNotSpeech: number;
}

/**
 * Completeness: every passage in quotation marks is some quote's evidence or is listed in not-speech.yaml, with a
 * reason, as not speech (a name, a term, a subheading). Returns how the passages were accounted for.
 */
export function checkQuotedPassages(
  notSpeech: EntryFile,
  quotes: readonly Quote[],
  context: CompileContext,
): QuotedPassageCounts {
  const listed = anchorNotSpeech(notSpeech, context);
  const quoted = quotes.flatMap((quote) => quote.evidence);
  const counts: QuotedPassageCounts = { quotedPassages: 0, quotedPassagesAsQuotes: 0, quotedPassagesNotSpeech: 0 };
  for (const source of context.sources) {
    const quoteSpans = quoted.filter((item) => item.sourceId === source.id);
    const listedSpans = listed.filter((item) => item.sourceId === source.id);
    for (const passage of context.quotedPassagesIn(source.id)) {
      counts.quotedPassages += 1;
      // Its unanchored words are already reported; listing its passages as unaccounted would only repeat that.
      if (context.sourcesWithUnanchoredWords.has(source.id)) continue;
      if (quoteSpans.some((span) => overlaps(passage, span))) counts.quotedPassagesAsQuotes += 1;
      else if (listedSpans.some((span) => overlaps(passage, span))) counts.quotedPassagesNotSpeech += 1;
      else {
        context.problems.add(
          { ...context.whereIn(source.id, passage.start), entry: `quoted passage "${abbreviate(passage.text)}"` },
          `is neither a quote's evidence nor listed in ${notSpeech.file} with a reason`,
        );
      }
    }
  }
  return counts;
}

/** The not-speech entries' words, anchored; each must itself lie in quotation marks. */
function anchorNotSpeech(file: EntryFile, context: CompileContext): Evidence[] {
  const spans: Evidence[] = [];
  parseEntries(file, notSpeechEntrySchema, 'not-speech', context.problems).forEach(({ entry, at }, index) => {
    const named = { ...at, entry: `not-speech #${index + 1} "${abbreviate(entry.exact, 40)}"` };
    const span = context.anchorEvidence([entry], named, 'text')?.[0];
    if (!span) return;
    if (!context.insideAQuotedPassage(span)) {
      context.problems.add(
        named,
        `is not inside quotation marks in source "${entry.source}"; only quoted passages need listing`,
      );
      return;
    }
    spans.push(span);
  });
  return spans;
}

const overlaps = (passage: QuotedPassage, span: Evidence) =>
  (span.start >= passage.start && span.end <= passage.end) || (passage.start >= span.start && passage.end <= span.end);
