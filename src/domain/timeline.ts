/**
 * The timeline of events: every event, dated or not, on one axis of days, each described as a reader sees it
 * (when, where, who, who says so, what was read between the lines, who disagrees, which articles).
 */
import type { Attribution, Dataset, DatasetEvent, Evidence, Figure, Inference, Source } from '../data/schema';
import { getDatasetNames, type DatasetNames } from './dataset-names';
import { formatDate } from './format';
import { itemDay } from './item-day';

/** An article that reports an event: the words to open it at, and the article's name. */
export interface TimelineSource {
  evidence: Evidence;
  /** "Reuters, 16 Aug 2020". */
  name: string;
}

/** One account of an event, as the disagreement under another event shows it. */
export interface TimelineAccount {
  id: string;
  title: string;
  when: string;
  sources: TimelineSource[];
}

export interface TimelineEntry extends TimelineAccount {
  event: DatasetEvent;
  /** False where the articles give no date and the event stands at the day it was first reported. */
  dated: boolean;
  place: string | null;
  actors: string[];
  /** Who says so, where the article does not say it in its own voice: "Reported by Belta". */
  voice: string | null;
  /** What the editor read between the lines: "Date read between the lines: Friday is the day Belta…". */
  inferences: string[];
  /** The other accounts of events that sources report differently; empty when no source disagrees. */
  disagreements: TimelineAccount[];
}

export interface TimelineDay {
  /** YYYY-MM-DD: the events' date, or the day the undated ones were first reported. */
  day: string;
  /** "16 August 2020". */
  heading: string;
  entries: TimelineEntry[];
}

/** Undated events stand after the dated ones of their day: they may have happened days before. */
const compareEvents = (a: DatasetEvent, b: DatasetEvent): number => {
  const dayA = itemDay(a);
  const dayB = itemDay(b);
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  return Number(a.date === null) - Number(b.date === null);
};

/**
 * The events in timeline order: by day (the date, or when first reported), dated before undated within a day,
 * and otherwise in the order given. The same array comes back when it is in that order already, as the filtered
 * view of a sorted dataset always is: checking costs one pass, sorting 100,000 events a filter change's budget.
 */
export function orderTimelineEvents(events: readonly DatasetEvent[]): readonly DatasetEvent[] {
  let ordered = true;
  for (let index = 1; index < events.length && ordered; index += 1) {
    ordered = compareEvents(events[index - 1]!, events[index]!) <= 0;
  }
  if (ordered) return events;
  // Array.prototype.sort is stable, so ties keep the order given.
  return [...events].sort(compareEvents);
}

/** What describing an event needs from its dataset, built once per dataset. */
interface TimelineContext {
  names: DatasetNames;
  sources: ReadonlyMap<string, Source>;
  events: ReadonlyMap<string, DatasetEvent>;
}

const contexts = new WeakMap<Dataset, TimelineContext>();

function getContext(dataset: Dataset): TimelineContext {
  let context = contexts.get(dataset);
  if (context === undefined) {
    context = {
      names: getDatasetNames(dataset),
      sources: new Map(dataset.sources.map((source) => [source.id, source])),
      events: new Map(dataset.events.map((event) => [event.id, event])),
    };
    contexts.set(dataset, context);
  }
  return context;
}

/** An event as the timeline shows it. Call it for the events on screen only: it looks up names for each. */
export function describeTimelineEntry(dataset: Dataset, event: DatasetEvent): TimelineEntry {
  const context = getContext(dataset);
  const { names } = context;
  return {
    ...describeAccount(event, names),
    event,
    dated: event.date !== null,
    place: event.placeId === null ? null : names.placeName(event.placeId),
    actors: event.actorIds.map(names.actorName),
    voice: event.attribution === null ? null : describeVoice(event.attribution, names.actorName, context.sources),
    inferences: event.inferred.map(describeInference),
    disagreements: event.disputedBy.flatMap((id) => {
      const other = context.events.get(id);
      return other === undefined ? [] : [describeAccount(other, names)];
    }),
  };
}

function describeAccount(event: DatasetEvent, names: DatasetNames): TimelineAccount {
  return {
    id: event.id,
    title: event.title,
    when: describeItemDate(event.date, event.reported, event.evidence),
    sources: getSourcesOf(event.evidence, names.sourceName),
  };
}

/** One entry per article, at its first piece of evidence: an article that reports an event twice is one link. */
export function getSourcesOf(
  evidence: readonly Evidence[],
  sourceName: (sourceId: string) => string,
): TimelineSource[] {
  const seen = new Set<string>();
  const sources: TimelineSource[] = [];
  for (const piece of evidence) {
    if (seen.has(piece.sourceId)) continue;
    seen.add(piece.sourceId);
    sources.push({ evidence: piece, name: sourceName(piece.sourceId) });
  }
  return sources;
}

/** Consecutive entries of the same day under one heading, in the order given. */
export function groupTimelineByDay(entries: readonly TimelineEntry[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const entry of entries) {
    const day = itemDay(entry.event);
    const last = days[days.length - 1];
    if (last?.day === day) last.entries.push(entry);
    else days.push({ day, heading: formatDate(day), entries: [entry] });
  }
  return days;
}

// The helpers below describe an item's date, voice and inferences. They are shared with the at-a-glance facts
// (at-a-glance.ts), and are the timeline's and those facts' only wording of them.

/**
 * "16 August 2020", or where the articles give no date, "Reported 17 August 2020; the article gives no date",
 * never the reported day as if it were the item's own. `format` writes the day (formatShortDate: "16 Aug 2020").
 */
export function describeItemDate(
  date: string | null,
  reported: string,
  evidence: readonly Evidence[],
  format: (isoDate: string) => string = formatDate,
): string {
  if (date !== null) return format(date);
  const articles = new Set(evidence.map((piece) => piece.sourceId)).size;
  return `Reported ${format(reported)}; ${articles > 1 ? 'the articles give' : 'the article gives'} no date`;
}

/** A figure's date in the same words: the day the count was true, or when it was reported. */
export function describeFigureDate(
  figure: Pick<Figure, 'asOf' | 'reported' | 'evidence'>,
  format: (isoDate: string) => string = formatDate,
): string {
  return describeItemDate(figure.asOf, figure.reported, figure.evidence, format);
}

const voiceWords: Record<Attribution['kind'], string> = {
  estimate: 'Estimate by',
  report: 'Reported by',
  statement: 'Statement by',
  claim: 'Claim by',
};

/**
 * Who says so: "Reported by Belta", "Claim by Opposition media channels"; for the outlet's own reporting (no
 * actor), the outlet the attributing words stand in ("Estimate by CNN"), or its reporters where it is unnamed.
 */
export function describeVoice(
  attribution: Attribution,
  actorName: (actorId: string) => string,
  sources: ReadonlyMap<string, Pick<Source, 'outlet'>>,
): string {
  const who =
    attribution.actorId !== null
      ? actorName(attribution.actorId)
      : (sources.get(attribution.evidence.sourceId)?.outlet ?? 'the article’s reporters');
  return `${voiceWords[attribution.kind]} ${who}`;
}

const inferredFieldWords: Record<Inference['field'], string> = {
  placeId: 'Place',
  date: 'Date',
  asOf: 'Date',
  actorIds: 'Actors',
  actorId: 'Speaker',
};

/** "Date read between the lines: Friday is the day Belta reported the denial; …". */
export function describeInference(inference: Inference): string {
  return `${inferredFieldWords[inference.field]} read between the lines: ${inference.note}`;
}
