import type { DateBasis, Evidence, Quote } from '../../src/data/schema';
import { abbreviate } from './anchor';
import { quoteEntrySchema, type QuoteEntry } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { References } from './compile-actors-places';
import type { CompileContext } from './compile-context';
import { parseCollection } from './parse-entries';
import type { Location } from './problems';

/** Quotes: words inside quotation marks, attributed, dated when the article says when. */
export function compileQuotes(file: EntryFile, context: CompileContext, references: References): Quote[] {
  const entries = parseCollection(file, quoteEntrySchema, 'quote', context.problems);
  return entries.flatMap(({ entry, at }) => compileQuote(entry, at, { context, references }) ?? []);
}

interface QuoteChecks {
  context: CompileContext;
  references: References;
}

/** One quote, or null when a rule refused it (each refusal is a problem). */
function compileQuote(entry: QuoteEntry, at: Location, { context, references }: QuoteChecks): Quote | null {
  references.checkActor(entry.actor, at);
  references.checkPlace(entry.place, at);
  const evidence = context.anchorEvidence(entry.evidence, at);
  const dating = dateQuote(entry, at, context);
  if (!dating.ok || !evidence) return null;
  checkInsideQuotationMarks(evidence, at, context);
  const first = evidence[0];
  if (!first) return null;
  return {
    id: entry.id,
    actorId: entry.actor,
    text: first.exact,
    date: entry.date,
    dateBasis: dating.dateBasis,
    placeId: entry.place,
    medium: entry.medium,
    evidence,
  };
}

/** A quote may be undated; a dated one needs its basis, as events and figures do. */
function dateQuote(
  entry: QuoteEntry,
  at: Location,
  context: CompileContext,
): { ok: true; dateBasis: DateBasis | null } | { ok: false } {
  if (entry.date === null) {
    if (entry.basis !== undefined) context.problems.add(at, `basis "${entry.basis}" is given but date is null`);
    return { ok: true, dateBasis: null };
  }
  if (entry.basis === undefined) {
    context.problems.add(at, `date ${entry.date} needs a basis: "published" or the words that date it in the article`);
    return { ok: false };
  }
  const dateBasis = context.resolveDate(entry.date, entry.basis, entry.basisSource, entry.evidence, at);
  return dateBasis ? { ok: true, dateBasis } : { ok: false };
}

function checkInsideQuotationMarks(evidence: readonly Evidence[], at: Location, context: CompileContext): void {
  evidence.forEach((item, index) => {
    if (!context.insideAQuotedPassage(item)) {
      context.problems.add(
        { ...at, entry: `${at.entry}: evidence ${index + 1}` },
        `"${abbreviate(item.exact)}" is not inside quotation marks in source "${item.sourceId}": a quote must be the article's quoted words`,
      );
    }
  });
}
