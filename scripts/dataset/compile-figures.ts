import type { Figure } from '../../src/data/schema';
import { figureEntrySchema, type FigureEntry } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { References } from './compile-actors-places';
import type { CompileContext } from './compile-context';
import { checkDisputes, checkInferred, checkPlaceNamed, compileAttribution, type ItemChecks } from './item-rules';
import { parseCollection } from './parse-entries';
import type { Location } from './problems';
import { numbersWrittenIn } from './written-number';

/** Figures: the number is the one the article writes, in the words it uses, and who counted it. */
export function compileFigures(file: EntryFile, context: CompileContext, references: References): Figure[] {
  const entries = parseCollection(file, figureEntrySchema, 'figure', context.problems);
  checkDisputes(entries, 'figure', context.problems);
  return entries.flatMap(({ entry, at }) => compileFigure(entry, at, context, references) ?? []);
}

/** One figure, or null when a rule refused it (each refusal is a problem). */
function compileFigure(
  entry: FigureEntry,
  at: Location,
  context: CompileContext,
  references: References,
): Figure | null {
  const { problems } = context;
  const checks: ItemChecks = { context, references, kind: 'figure', evidence: entry.evidence };
  references.checkPlace(entry.place, at);
  const inferred = checkInferred(entry.inferred, { placeId: entry.place, asOf: entry.asOf }, at, checks);
  checkPlaceNamed(entry.place, entry.inferred, at, checks);
  const attribution = compileAttribution(entry.attribution, at, checks);
  const evidence = context.anchorItemEvidence(entry.evidence, at);
  const dating = context.resolveOptionalDate({ ...entry, date: entry.asOf }, at);
  if (!evidence || !dating.ok) return null;
  const refusal = checkAmount(entry, evidence);
  if (refusal !== null) {
    problems.add(at, refusal);
    return null;
  }
  return {
    id: entry.id,
    metric: entry.metric,
    value: entry.value,
    low: entry.low,
    high: entry.high,
    qualifier: entry.qualifier,
    label: entry.label,
    asOf: entry.asOf,
    dateBasis: dating.dateBasis,
    reported: context.reportedOf(evidence),
    placeId: entry.place,
    evidence,
    attribution,
    inferred,
    disputedBy: [...entry.disputedBy],
  };
}

/** Why the label, value and range do not stand as the evidence writes them, or null when they do. */
function checkAmount(entry: FigureEntry, evidence: readonly { exact: string }[]): string | null {
  if (!evidence.some((item) => item.exact.includes(entry.label)))
    return `label "${entry.label}" is not part of the evidence's exact words`;
  if (entry.value !== null && !numbersWrittenIn(entry.label).includes(entry.value))
    return `value ${entry.value} is not the number written in the label "${entry.label}"`;
  const { low, value, high } = entry;
  if (
    (low !== null && value !== null && low > value) ||
    (high !== null && value !== null && high < value) ||
    (low !== null && high !== null && low > high)
  )
    return `low ${low} / value ${value} / high ${high} are not in order`;
  return null;
}
