/**
 * The timeline of events: every event, dated or not, on one axis of days, each described as a reader sees it
 * (when, where, who, who says so, what was read between the lines, who disagrees, which articles).
 */
import type { Dataset, DatasetEvent, Evidence } from '../data/schema';
import { getDatasetNames, type DatasetNames } from './dataset-names';
import { formatDate, upperFirst } from './format';
import { describeAttribution, describeInferences, describeItemDate } from './item-voice';
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
  /** Who says so, where the article does not say it in its own voice: "Belta report" (item-voice.ts). */
  voice: string | null;
  /** What the editor inferred, with why: "Date inferred: Friday is the day Belta…". */
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
  events: ReadonlyMap<string, DatasetEvent>;
}

const contexts = new WeakMap<Dataset, TimelineContext>();

function getContext(dataset: Dataset): TimelineContext {
  let context = contexts.get(dataset);
  if (context === undefined) {
    context = {
      names: getDatasetNames(dataset),
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
    voice: describeAttribution(event, names)?.label ?? null,
    inferences: describeInferences(event).map(({ label, note }) => `${label}: ${note}`),
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
    when: upperFirst(describeItemDate(event)),
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
