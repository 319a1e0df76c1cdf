import type { Evidence, Quote } from '../../src/data/schema';
import { abbreviate } from './anchor';
import { quoteEntrySchema, type QuoteEntry } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { References } from './compile-actors-places';
import type { CompileContext } from './compile-context';
import { checkDisputes, checkInferred, checkPlaceNamed, compileRelay, type ItemChecks } from './item-rules';
import { parseCollection } from './parse-entries';
import type { Location } from './problems';

/** Quotes: words inside quotation marks, attributed, dated when the article says when, relayed by whom. */
export function compileQuotes(file: EntryFile, context: CompileContext, references: References): Quote[] {
  const entries = parseCollection(file, quoteEntrySchema, 'quote', context.problems);
  checkDisputes(entries, 'quote', context.problems);
  return entries.flatMap(({ entry, at }) => compileQuote(entry, at, context, references) ?? []);
}

/** One quote, or null when a rule refused it (each refusal is a problem). */
function compileQuote(entry: QuoteEntry, at: Location, context: CompileContext, references: References): Quote | null {
  const checks: ItemChecks = { context, references, kind: 'quote', evidence: entry.evidence };
  references.checkActor(entry.actor, at);
  references.checkPlace(entry.place, at);
  const inferred = checkInferred(
    entry.inferred,
    { placeId: entry.place, date: entry.date, actorId: entry.actor },
    at,
    checks,
  );
  checkPlaceNamed(entry.place, entry.inferred, at, checks);
  const via = compileRelay(entry.via, at, checks);
  const evidence = context.anchorItemEvidence(entry.evidence, at);
  const dating = context.resolveOptionalDate(entry, at);
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
    reported: context.reportedOf(evidence),
    placeId: entry.place,
    medium: entry.medium,
    evidence,
    via,
    inferred,
    disputedBy: [...entry.disputedBy],
  };
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
