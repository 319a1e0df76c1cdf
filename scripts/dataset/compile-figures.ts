import type { Figure } from '../../src/data/schema';
import { figureEntrySchema, type FigureEntry } from './annotation-schema';
import type { EntryFile } from './build-input';
import type { References } from './compile-actors-places';
import type { CompileContext } from './compile-context';
import { parseCollection } from './parse-entries';
import type { Location } from './problems';
import { numbersWrittenIn } from './written-number';

/** Figures: the number is the one the article writes, in the words it uses. */
export function compileFigures(file: EntryFile, context: CompileContext, references: References): Figure[] {
  const entries = parseCollection(file, figureEntrySchema, 'figure', context.problems);
  const figureIds = new Set(entries.map(({ entry }) => entry.id));
  return entries.flatMap(({ entry, at }) => compileFigure(entry, at, { context, references, figureIds }) ?? []);
}

interface FigureChecks {
  context: CompileContext;
  references: References;
  figureIds: ReadonlySet<string>;
}

/** One figure, or null when a rule refused it (each refusal is a problem). */
function compileFigure(
  entry: FigureEntry,
  at: Location,
  { context, references, figureIds }: FigureChecks,
): Figure | null {
  const { problems } = context;
  references.checkPlace(entry.place, at);
  entry.disputedBy.forEach((id) => {
    if (!figureIds.has(id)) problems.add(at, `disputedBy refers to unknown figure "${id}"`);
  });
  const evidence = context.anchorEvidence(entry.evidence, at);
  const dateBasis = context.resolveDate(entry.asOf, entry.basis, entry.basisSource, entry.evidence, at);
  if (!evidence || !dateBasis) return null;
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
    dateBasis,
    placeId: entry.place,
    evidence,
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
