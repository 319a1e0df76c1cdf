/**
 * The timeline of events: every event, dated or not, on one axis of days, each described as a reader sees it
 * (when, where, who, who says so, what was read between the lines, who disagrees, which articles).
 */
import type { Dataset, DatasetEvent, Evidence } from '../data/schema';
import { getDatasetNames, type DatasetNames } from './dataset-names';
import { formatDate, upperFirst } from './format';
import {
  describeAttribution,
  describeInferences,
  describeItemDate,
  findDisputingItem,
  type InferenceMark,
} from './item-voice';
import { itemDay } from './item-day';
import type { Wording } from './translate';

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
  /** What the editor inferred ("Date inferred") and why, in the article's language ("Friday is the day Belta…"). */
  inferences: InferenceMark[];
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

/**
 * An event as the timeline shows it, worded for the reader. Call it for the events on screen only: it looks up
 * names for each.
 */
export function describeTimelineEntry(dataset: Dataset, event: DatasetEvent, wording: Wording): TimelineEntry {
  const names = getDatasetNames(dataset, wording);
  const voice = describeAttribution(event, names, wording.t)?.label;
  return {
    ...describeAccount(event, names, wording),
    event,
    dated: event.date !== null,
    place: event.placeId === null ? null : names.placeName(event.placeId),
    actors: event.actorIds.map(names.actorName),
    // It opens its line: "Belta report", "Сообщение Belta".
    voice: voice === undefined ? null : upperFirst(voice),
    inferences: describeInferences(event, wording),
    disagreements: event.disputedBy.flatMap((id) => {
      const other = findDisputingItem(dataset, { kind: 'event', id });
      return other?.kind === 'event' ? [describeAccount(other.item, names, wording)] : [];
    }),
  };
}

function describeAccount(event: DatasetEvent, names: DatasetNames, wording: Wording): TimelineAccount {
  return {
    id: event.id,
    title: event.title,
    when: upperFirst(describeItemDate(event, 'long', wording)),
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

/** Consecutive entries of the same day under one heading ("16 August 2020" in the `intl` locale), in the order given. */
export function groupTimelineByDay(entries: readonly TimelineEntry[], intl: string): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const entry of entries) {
    const day = itemDay(entry.event);
    const last = days[days.length - 1];
    if (last?.day === day) last.entries.push(entry);
    else days.push({ day, heading: formatDate(day, intl), entries: [entry] });
  }
  return days;
}
