import type { BuildInput } from './build-input';
import { compileActors, compilePlaces, referencesTo } from './compile-actors-places';
import { createCompileContext } from './compile-context';
import { compileEvents } from './compile-events';
import { compileFigures } from './compile-figures';
import { compileQuotes } from './compile-quotes';
import { compileSources } from './compile-sources';
import { checkQuotedPassages } from './completeness';
import { deriveDataset, type BuildResult } from './derive-dataset';
import { publishableSources } from './excerpt-sources';
import { Problems } from './problems';
import { checkSentences } from './sentences';

/**
 * Compiles the articles and their annotations into the published dataset, verifying every anchor, date,
 * reference, quotation mark and sentence on the way. Returns every problem at once rather than stopping at the first.
 *
 * One step per collection, in this order: later steps check references to what earlier ones compiled, and
 * the order is the order of the problems in the report. `problems` may already hold some (from reading the
 * files); the build fails if it holds any.
 */
export function compileDataset(input: BuildInput, problems = new Problems()): BuildResult {
  const sources = compileSources(input, problems);
  const context = createCompileContext(sources, input.texts, problems);
  const actors = compileActors(input.actors, context);
  const places = compilePlaces(input.places, context);
  const references = referencesTo(actors, places, problems);
  const events = compileEvents(input.events, context, references);
  const quotes = compileQuotes(input.quotes, context, references);
  const figures = compileFigures(input.figures, context, references);
  const passages = checkQuotedPassages(input.notSpeech, quotes, context);
  const sentences = checkSentences(input.ledger, context);
  if (problems.count > 0) return { ok: false, problems: [...problems.list], more: problems.more };
  const published = publishableSources(sources, { events, quotes, figures });
  return deriveDataset({ sources: published, actors, places, events, quotes, figures }, { ...passages, ...sentences });
}
