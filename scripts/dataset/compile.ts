import type { z } from 'zod';
import type {
  Actor,
  Dataset,
  DatasetEvent,
  DateBasis,
  Evidence,
  Figure,
  Place,
  Quote,
  Source,
} from '../../src/data/schema';
import { datasetSchema, SCHEMA_VERSION } from '../../src/data/schema';
import { abbreviate, anchorQuote, contextAround } from './anchor';
import {
  actorEntrySchema,
  eventEntrySchema,
  figureEntrySchema,
  notSpeechEntrySchema,
  placeEntrySchema,
  quoteEntrySchema,
  sourceEntrySchema,
  type EvidenceEntry,
} from './annotation-schema';
import { findQuotedPassages, type QuotedPassage } from './quoted-passages';
import { type Location, Problems, type Problem } from './problems';
import { resolveDateExpression } from './resolve-date';
import { numbersWrittenIn } from './written-number';
import type { YamlEntry } from './yaml-entries';

/** A file of entries as read from disk (or written by a test). */
export interface EntryFile {
  file: string;
  entries: YamlEntry[];
}

export interface BuildInput {
  sources: EntryFile;
  /** Article texts by source id, exactly as in data/sources/<id>.txt. */
  texts: Map<string, { file: string; text: string }>;
  actors: EntryFile;
  places: EntryFile;
  events: EntryFile;
  quotes: EntryFile;
  figures: EntryFile;
  notSpeech: EntryFile;
}

export interface BuildStats {
  sources: number;
  actors: number;
  places: number;
  events: number;
  quotes: number;
  figures: number;
  evidence: number;
  quotedPassages: number;
  quotedPassagesAsQuotes: number;
  quotedPassagesNotSpeech: number;
}

export type BuildResult = { ok: true; dataset: Dataset; stats: BuildStats } | { ok: false; problems: Problem[] };

interface Parsed<T> {
  entry: T;
  at: Location;
}

/** Validates each entry's shape; an entry that fails is reported and left out of later checks. */
function parseEntries<S extends z.ZodType>(
  { file, entries }: EntryFile,
  schema: S,
  kind: string,
  problems: Problems,
): Parsed<z.infer<S>>[] {
  const parsed: Parsed<z.infer<S>>[] = [];
  for (const { value, line, index } of entries) {
    const id = (value as { id?: unknown } | null)?.id;
    const entry = typeof id === 'string' ? `${kind} "${id}"` : `${kind} #${index + 1}`;
    const at: Location = { file, line, entry };
    const result = schema.safeParse(value);
    if (result.success) {
      parsed.push({ entry: result.data, at });
    } else {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.add(at, `${field}${issue.message}`);
      }
    }
  }
  return parsed;
}

function checkUniqueIds(items: Parsed<{ id: string }>[], kind: string, problems: Problems): void {
  const seen = new Map<string, Location>();
  for (const { entry, at } of items) {
    const first = seen.get(entry.id);
    if (first)
      problems.add(at, `duplicate ${kind} id "${entry.id}" (first defined at ${first.file}:${first.line ?? '?'})`);
    else seen.set(entry.id, at);
  }
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDateThenId =
  <T extends { id: string }>(date: (item: T) => string | null) =>
  (a: T, b: T) => {
    const [da, db] = [date(a) ?? '9999', date(b) ?? '9999'];
    return da < db ? -1 : da > db ? 1 : byId(a, b);
  };

/**
 * Compiles the articles and their annotations into the published dataset, verifying every anchor, date,
 * reference and quotation mark on the way. Returns every problem at once rather than stopping at the first.
 */
export function compileDataset(input: BuildInput): BuildResult {
  const problems = new Problems();

  // Sources: every listed article has its text, and every text is listed.
  const sourceEntries = parseEntries(input.sources, sourceEntrySchema, 'source', problems);
  checkUniqueIds(sourceEntries, 'source', problems);
  const sources: Source[] = [];
  for (const { entry, at } of sourceEntries) {
    const text = input.texts.get(entry.id);
    if (!text) {
      problems.add(at, `no article text: expected data/sources/${entry.id}.txt`);
      continue;
    }
    sources.push({
      id: entry.id,
      published: entry.published,
      outlet: entry.outlet,
      headline: entry.headline,
      text: text.text,
    });
  }
  for (const [id, { file }] of input.texts) {
    if (!sourceEntries.some(({ entry }) => entry.id === id)) {
      problems.add(
        { file, entry: `source "${id}"` },
        `article is not listed in ${input.sources.file} (add its id and publication date there)`,
      );
    }
  }
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const allText = sources.map((source) => source.text);
  const occursInSomeSource = (words: string) => allText.some((text) => text.includes(words));

  // Evidence: words an editor copied, anchored to offsets here and nowhere else.
  let evidenceCount = 0;
  // A source with unanchored words is left out of the completeness check, which would only repeat the error.
  const sourcesWithUnanchoredWords = new Set<string>();
  const anchorEvidence = (list: EvidenceEntry[], at: Location, label = 'evidence'): Evidence[] | null => {
    const anchored: Evidence[] = [];
    list.forEach((item, index) => {
      const where = { ...at, entry: `${at.entry}: ${label} ${index + 1}` };
      const source = sourceById.get(item.source);
      if (!source) {
        problems.add(where, `unknown source "${item.source}"`);
        return;
      }
      const found = anchorQuote(source.text, item);
      if (!found.ok) {
        sourcesWithUnanchoredWords.add(item.source);
        problems.add(where, `${found.reason} (source "${item.source}")`);
        return;
      }
      anchored.push({
        sourceId: item.source,
        start: found.start,
        end: found.end,
        exact: item.exact,
        ...contextAround(source.text, found.start, found.end),
      });
    });
    evidenceCount += anchored.length;
    return anchored.length === list.length ? anchored : null;
  };

  // Dates: either the publication date or the article's own words, resolved against it.
  const resolveDate = (
    date: string,
    basis: string,
    basisSource: string | undefined,
    evidence: EvidenceEntry[],
    at: Location,
  ): DateBasis | null => {
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
  };

  // Actors and places: every alias and place name stands in some article.
  const actorEntries = parseEntries(input.actors, actorEntrySchema, 'actor', problems);
  checkUniqueIds(actorEntries, 'actor', problems);
  const actors: Actor[] = actorEntries.map(({ entry, at }) => {
    for (const alias of entry.aliases) {
      if (!occursInSomeSource(alias)) problems.add(at, `alias "${alias}" does not occur in any article`);
    }
    return {
      id: entry.id,
      name: entry.name,
      aliases: [...entry.aliases],
      kind: entry.kind,
      side: entry.side,
      description: entry.description,
    };
  });
  const actorIds = new Set(actors.map((actor) => actor.id));

  const placeEntries = parseEntries(input.places, placeEntrySchema, 'place', problems);
  checkUniqueIds(placeEntries, 'place', problems);
  const placeIds = new Set(placeEntries.map(({ entry }) => entry.id));
  const places: Place[] = placeEntries.map(({ entry, at }) => {
    if (!occursInSomeSource(entry.name)) problems.add(at, `place name "${entry.name}" does not occur in any article`);
    if (entry.parent !== null && !placeIds.has(entry.parent))
      problems.add(at, `parent refers to unknown place "${entry.parent}"`);
    if (entry.parent === entry.id) problems.add(at, 'a place cannot lie within itself');
    return { id: entry.id, name: entry.name, kind: entry.kind, lat: entry.lat, lon: entry.lon, parentId: entry.parent };
  });

  const checkPlace = (placeId: string | null, at: Location) => {
    if (placeId !== null && !placeIds.has(placeId)) problems.add(at, `unknown place "${placeId}"`);
  };
  const checkActor = (actorId: string, at: Location) => {
    if (!actorIds.has(actorId)) problems.add(at, `unknown actor "${actorId}"`);
  };

  // Events.
  const eventEntries = parseEntries(input.events, eventEntrySchema, 'event', problems);
  checkUniqueIds(eventEntries, 'event', problems);
  const eventIds = new Set(eventEntries.map(({ entry }) => entry.id));
  const events: DatasetEvent[] = [];
  for (const { entry, at } of eventEntries) {
    checkPlace(entry.place, at);
    entry.actors.forEach((actorId) => checkActor(actorId, at));
    entry.disputedBy.forEach((id) => {
      if (!eventIds.has(id)) problems.add(at, `disputedBy refers to unknown event "${id}"`);
    });
    const evidence = anchorEvidence(entry.evidence, at);
    const dateBasis = resolveDate(entry.date, entry.basis, entry.basisSource, entry.evidence, at);
    if (!evidence || !dateBasis) continue;
    events.push({
      id: entry.id,
      date: entry.date,
      dateBasis,
      type: entry.type,
      title: entry.title,
      placeId: entry.place,
      actorIds: [...entry.actors],
      evidence,
      disputedBy: [...entry.disputedBy],
      milestone: entry.milestone,
    });
  }

  // Quotes: words inside quotation marks, attributed, dated when the article says when.
  const passagesBySource = new Map(sources.map((source) => [source.id, findQuotedPassages(source.text)]));
  const insideAPassage = (evidence: Evidence) =>
    (passagesBySource.get(evidence.sourceId) ?? []).some((p) => evidence.start >= p.start && evidence.end <= p.end);

  const quoteEntries = parseEntries(input.quotes, quoteEntrySchema, 'quote', problems);
  checkUniqueIds(quoteEntries, 'quote', problems);
  const quotes: Quote[] = [];
  for (const { entry, at } of quoteEntries) {
    checkActor(entry.actor, at);
    checkPlace(entry.place, at);
    const evidence = anchorEvidence(entry.evidence, at);
    let dateBasis: DateBasis | null = null;
    if (entry.date !== null) {
      if (entry.basis === undefined) {
        problems.add(at, `date ${entry.date} needs a basis: "published" or the words that date it in the article`);
        continue;
      }
      dateBasis = resolveDate(entry.date, entry.basis, entry.basisSource, entry.evidence, at);
      if (!dateBasis) continue;
    } else if (entry.basis !== undefined) {
      problems.add(at, `basis "${entry.basis}" is given but date is null`);
    }
    if (!evidence) continue;
    evidence.forEach((item, index) => {
      if (!insideAPassage(item)) {
        problems.add(
          { ...at, entry: `${at.entry}: evidence ${index + 1}` },
          `"${abbreviate(item.exact)}" is not inside quotation marks in source "${item.sourceId}": a quote must be the article's quoted words`,
        );
      }
    });
    const first = evidence[0];
    if (!first) continue;
    quotes.push({
      id: entry.id,
      actorId: entry.actor,
      text: first.exact,
      date: entry.date,
      dateBasis,
      placeId: entry.place,
      medium: entry.medium,
      evidence,
    });
  }

  // Figures: the number is the one the article writes, in the words it uses.
  const figureEntries = parseEntries(input.figures, figureEntrySchema, 'figure', problems);
  checkUniqueIds(figureEntries, 'figure', problems);
  const figureIds = new Set(figureEntries.map(({ entry }) => entry.id));
  const figures: Figure[] = [];
  for (const { entry, at } of figureEntries) {
    checkPlace(entry.place, at);
    entry.disputedBy.forEach((id) => {
      if (!figureIds.has(id)) problems.add(at, `disputedBy refers to unknown figure "${id}"`);
    });
    const evidence = anchorEvidence(entry.evidence, at);
    const dateBasis = resolveDate(entry.asOf, entry.basis, entry.basisSource, entry.evidence, at);
    if (!evidence || !dateBasis) continue;
    if (!evidence.some((item) => item.exact.includes(entry.label))) {
      problems.add(at, `label "${entry.label}" is not part of the evidence's exact words`);
      continue;
    }
    if (entry.value !== null && !numbersWrittenIn(entry.label).includes(entry.value)) {
      problems.add(at, `value ${entry.value} is not the number written in the label "${entry.label}"`);
      continue;
    }
    if (
      (entry.low !== null && entry.value !== null && entry.low > entry.value) ||
      (entry.high !== null && entry.value !== null && entry.high < entry.value) ||
      (entry.low !== null && entry.high !== null && entry.low > entry.high)
    ) {
      problems.add(at, `low ${entry.low} / value ${entry.value} / high ${entry.high} are not in order`);
      continue;
    }
    figures.push({
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
    });
  }

  // Completeness: every quoted passage is a quote or is listed, with a reason, as not speech.
  const notSpeechEntries = parseEntries(input.notSpeech, notSpeechEntrySchema, 'not-speech', problems);
  const notSpeechSpans: Evidence[] = [];
  notSpeechEntries.forEach(({ entry, at }, index) => {
    const named = { ...at, entry: `not-speech #${index + 1} "${abbreviate(entry.exact, 40)}"` };
    const anchored = anchorEvidence([entry], named, 'text');
    evidenceCount -= anchored?.length ?? 0; // listed passages are checked, not evidence
    const span = anchored?.[0];
    if (!span) return;
    if (!insideAPassage(span)) {
      problems.add(
        named,
        `is not inside quotation marks in source "${entry.source}"; only quoted passages need listing`,
      );
      return;
    }
    notSpeechSpans.push(span);
  });

  const overlaps = (passage: QuotedPassage, span: Evidence) =>
    (span.start >= passage.start && span.end <= passage.end) ||
    (passage.start >= span.start && passage.end <= span.end);
  let passageCount = 0;
  let asQuotes = 0;
  let asNotSpeech = 0;
  for (const source of sources) {
    const textFile = input.texts.get(source.id)?.file ?? source.id;
    const quoteSpans = quotes.flatMap((quote) => quote.evidence).filter((item) => item.sourceId === source.id);
    const listed = notSpeechSpans.filter((item) => item.sourceId === source.id);
    for (const passage of passagesBySource.get(source.id) ?? []) {
      passageCount += 1;
      if (sourcesWithUnanchoredWords.has(source.id)) continue;
      if (quoteSpans.some((span) => overlaps(passage, span))) asQuotes += 1;
      else if (listed.some((span) => overlaps(passage, span))) asNotSpeech += 1;
      else {
        const line = source.text.slice(0, passage.start).split('\n').length;
        problems.add(
          { file: textFile, line, entry: `quoted passage "${abbreviate(passage.text)}"` },
          `is neither a quote's evidence nor listed in ${input.notSpeech.file} with a reason`,
        );
      }
    }
  }

  if (problems.count > 0) return { ok: false, problems: problems.list };

  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    sources: sources.sort(byDateThenId((source) => source.published)),
    actors: actors.sort(byId),
    places: places.sort(byId),
    events: events.sort(byDateThenId((event) => event.date)),
    quotes: quotes.sort(byDateThenId((quote) => quote.date)),
    figures: figures.sort(byDateThenId((figure) => figure.asOf)),
  };
  // The published contract is checked too, so the build can never write what the app would refuse.
  const verified = datasetSchema.safeParse(dataset);
  if (!verified.success) {
    return {
      ok: false,
      problems: verified.error.issues.map((issue) => ({
        file: 'public/data/dataset.json',
        entry: issue.path.join('.'),
        reason: issue.message,
      })),
    };
  }
  return {
    ok: true,
    dataset,
    stats: {
      sources: sources.length,
      actors: actors.length,
      places: places.length,
      events: events.length,
      quotes: quotes.length,
      figures: figures.length,
      evidence: evidenceCount,
      quotedPassages: passageCount,
      quotedPassagesAsQuotes: asQuotes,
      quotedPassagesNotSpeech: asNotSpeech,
    },
  };
}
