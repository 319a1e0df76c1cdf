/**
 * Who says so, and when: the marks an event, quote or figure carries wherever it is shown or downloaded.
 * Each is worded from the data alone and never says more than the article: an attribution names who asserts
 * the item and how (estimate, report, statement, claim), a relay the channel the words came through, an
 * inference what the editor read between the lines, a dispute both sides' words; an item the articles do not
 * date is said to be undated, never shown at the day it was reported as if that were its date.
 */
import type { AttributionKind, Dataset, DatasetEvent, Evidence, Figure, Quote } from '../data/schema';
import { getDatasetNames, type DatasetNames } from './dataset-names';
import { formatDate, formatShortDate, upperFirst } from './format';

export type ItemKind = 'event' | 'quote' | 'figure';

/** An event, quote or figure, with the collection it belongs to. */
export type ItemRef =
  { kind: 'event'; item: DatasetEvent } | { kind: 'quote'; item: Quote } | { kind: 'figure'; item: Figure };

/** Names an item by its collection and id, as links and the Source viewer do. */
export interface ItemKey {
  kind: ItemKind;
  id: string;
}

type VoiceNames = Pick<DatasetNames, 'actorName' | 'outletName'>;

/** Who asserts an event or figure the article does not state in its own voice. */
export interface AttributionMark {
  /** The actor's name, or the outlet for its own reporting or its journalists ("CNN"). */
  who: string;
  kind: AttributionKind;
  /** Who, then the kind as a noun: "CNN estimate", "Belta report", "Opposition media channels claim". */
  label: string;
  /** The attributing words ("CNN crew in the Belarusian capital Minsk estimated"). */
  evidence: Evidence;
}

/**
 * Who asserts the item, in words built from its attribution: who (an actor, or for null the outlet of the
 * article holding the attributing words) and the kind as a noun. Null where the article states it in its own voice.
 */
export function describeAttribution(
  item: Pick<DatasetEvent | Figure, 'attribution'>,
  names: VoiceNames,
): AttributionMark | null {
  const { attribution } = item;
  if (attribution === null) return null;
  const { actorId, kind, evidence } = attribution;
  const who = actorId === null ? names.outletName(evidence.sourceId) : names.actorName(actorId);
  return { who, kind, label: `${who} ${kind}`, evidence };
}

/** The outlets of the articles an item's evidence comes from, in order, each once: "Reuters and CNN". */
function outletsOf(evidence: readonly Evidence[], names: VoiceNames): string {
  const outlets = [...new Set(evidence.map((piece) => names.outletName(piece.sourceId)))];
  return outlets.length <= 1 ? (outlets[0] ?? '') : `${outlets.slice(0, -1).join(', ')} and ${outlets.at(-1)}`;
}

/**
 * Who reports an event or figure: whoever the article attributes it to, or, where it speaks in its own voice,
 * the outlet that published it.
 */
export function describeReporter(item: Pick<DatasetEvent | Figure, 'attribution' | 'evidence'>, names: VoiceNames) {
  return describeAttribution(item, names)?.who ?? outletsOf(item.evidence, names);
}

/** The channel a quote reaches the article through. */
export interface RelayMark {
  who: string;
  /** "via Belta". */
  label: string;
  /** The relaying words ("according to state news agency Belta"). */
  evidence: Evidence;
}

/** "via Belta" for a statement the article relays from another channel; null where it reports the words itself. */
export function describeRelay(quote: Pick<Quote, 'via'>, names: Pick<DatasetNames, 'actorName'>): RelayMark | null {
  if (quote.via === null) return null;
  const who = names.actorName(quote.via.actorId);
  return { who, label: `via ${who}`, evidence: quote.via.evidence };
}

type DatedItem =
  Pick<DatasetEvent | Quote, 'date' | 'reported' | 'evidence'> | Pick<Figure, 'asOf' | 'reported' | 'evidence'>;

/** The item's own date (a figure's `asOf`); null where the articles give none. */
export function getOwnDate(item: DatedItem): string | null {
  return 'asOf' in item ? item.asOf : item.date;
}

/**
 * The item's date as a reader should see it: "17 August 2020", or, for an item the articles do not date,
 * "reported 27 October 2020; the article gives no date". `short` writes "27 Oct 2020".
 */
export function describeItemDate(item: DatedItem, style: 'long' | 'short' = 'long'): string {
  const format = style === 'long' ? formatDate : formatShortDate;
  const date = getOwnDate(item);
  if (date !== null) return format(date);
  const articles = new Set(item.evidence.map((piece) => piece.sourceId)).size;
  return `reported ${format(item.reported)}; ${articles > 1 ? 'the articles give' : 'the article gives'} no date`;
}

/** One sentence of what the editor read between the lines, with the values it stands for. */
export interface InferenceMark {
  /** "place", "date", "speaker", "actors". */
  fields: string[];
  /** "Place inferred", "Place and date inferred". */
  label: string;
  note: string;
}

const fieldWords: Record<string, string> = {
  placeId: 'place',
  date: 'date',
  asOf: 'date',
  actorId: 'speaker',
  actorIds: 'actors',
};

/** The item's inferred values, one mark per note: a note that explains the place and the date is said once. */
export function describeInferences(item: { inferred: readonly { field: string; note: string }[] }): InferenceMark[] {
  const byNote = new Map<string, string[]>();
  for (const { field, note } of item.inferred) {
    byNote.set(note, [...(byNote.get(note) ?? []), fieldWords[field] ?? field]);
  }
  return [...byNote].map(([note, fields]) => {
    const list = fields.length === 1 ? fields[0]! : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`;
    return { fields, label: `${upperFirst(list)} inferred`, note };
  });
}

/** One side of a disagreement: who says what, in which article. */
export interface DisputeSide extends ItemKey {
  /** A quote's speaker; for an event or figure, whoever the article attributes it to, or the outlet. */
  who: string;
  /** The side's words in its first article, each piece of evidence there in order. */
  words: string[];
  /** The first of those pieces: where the side's link opens the Source viewer. */
  evidence: Evidence;
  /** "Reuters, 16 Aug 2020". */
  sourceName: string;
}

/** Two items that contradict each other, each listing the other in `disputedBy`. */
export interface Disagreement {
  /** The item being shown. */
  self: DisputeSide;
  /** The item that says otherwise. */
  other: DisputeSide;
}

interface DatasetItems {
  event: ReadonlyMap<string, DatasetEvent>;
  quote: ReadonlyMap<string, Quote>;
  figure: ReadonlyMap<string, Figure>;
}

const itemsCache = new WeakMap<Dataset, DatasetItems>();

function getItems(dataset: Dataset): DatasetItems {
  let items = itemsCache.get(dataset);
  if (items === undefined) {
    items = {
      event: new Map(dataset.events.map((event) => [event.id, event])),
      quote: new Map(dataset.quotes.map((quote) => [quote.id, quote])),
      figure: new Map(dataset.figures.map((figure) => [figure.id, figure])),
    };
    itemsCache.set(dataset, items);
  }
  return items;
}

/** The event, quote or figure a key names; null when the dataset has none of that id. */
export function findItem(dataset: Dataset, { kind, id }: ItemKey): ItemRef | null {
  const items = getItems(dataset);
  switch (kind) {
    case 'event': {
      const item = items.event.get(id);
      return item ? { kind, item } : null;
    }
    case 'quote': {
      const item = items.quote.get(id);
      return item ? { kind, item } : null;
    }
    case 'figure': {
      const item = items.figure.get(id);
      return item ? { kind, item } : null;
    }
  }
}

function describeSide(ref: ItemRef, names: DatasetNames): DisputeSide {
  const evidence = ref.item.evidence[0]!;
  const who = ref.kind === 'quote' ? names.actorName(ref.item.actorId) : describeReporter(ref.item, names);
  return {
    kind: ref.kind,
    id: ref.item.id,
    who,
    words: ref.item.evidence.filter((piece) => piece.sourceId === evidence.sourceId).map((piece) => piece.exact),
    evidence,
    sourceName: names.sourceName(evidence.sourceId),
  };
}

/** The items that contradict this one (its `disputedBy`, of the same collection), each with both sides' words. */
export function getDisagreements(dataset: Dataset, ref: ItemRef): Disagreement[] {
  if (ref.item.disputedBy.length === 0) return [];
  const names = getDatasetNames(dataset);
  const self = describeSide(ref, names);
  return ref.item.disputedBy.flatMap((id) => {
    const other = findItem(dataset, { kind: ref.kind, id });
    return other ? [{ self, other: describeSide(other, names) }] : [];
  });
}

/** Every mark of one item, worded for a reader. */
export interface ItemVoice {
  /** False where the articles give no date of its own: `date` then says when it was reported. */
  dated: boolean;
  /** "17 August 2020", or "reported 27 October 2020; the article gives no date". */
  date: string;
  /** The same with short months: "17 Aug 2020". */
  shortDate: string;
  /** Events and figures: who asserts it, where the article does not state it in its own voice. */
  attribution: AttributionMark | null;
  /** Events and figures: the attribution's who, or the outlet. Quotes: the speaker. */
  reporter: string;
  /** Quotes: the channel the words came through. */
  relay: RelayMark | null;
  inferences: InferenceMark[];
  disagreements: Disagreement[];
}

/** Every mark of an item, worded for a reader. */
export function describeItemVoice(dataset: Dataset, ref: ItemRef): ItemVoice {
  const names = getDatasetNames(dataset);
  const { item } = ref;
  return {
    dated: getOwnDate(item) !== null,
    date: describeItemDate(item),
    shortDate: describeItemDate(item, 'short'),
    attribution: ref.kind === 'quote' ? null : describeAttribution(ref.item, names),
    reporter: ref.kind === 'quote' ? names.actorName(ref.item.actorId) : describeReporter(ref.item, names),
    relay: ref.kind === 'quote' ? describeRelay(ref.item, names) : null,
    inferences: describeInferences(item),
    disagreements: getDisagreements(dataset, ref),
  };
}

/** Looks up an item's marks by its collection and id; null when the dataset has no such item. */
export type VoiceOf = (key: ItemKey) => ItemVoice | null;

const lookups = new WeakMap<Dataset, VoiceOf>();

/**
 * The dataset's marks by item, each worded once and kept for as long as the dataset is; the same function
 * for a dataset, so memoised views keep their props.
 */
export function getVoiceOf(dataset: Dataset): VoiceOf {
  let voiceOf = lookups.get(dataset);
  if (voiceOf === undefined) {
    const voices = new Map<string, ItemVoice | null>();
    voiceOf = (key) => {
      const cacheKey = `${key.kind}:${key.id}`;
      let voice = voices.get(cacheKey);
      if (voice === undefined) {
        const ref = findItem(dataset, key);
        voice = ref && describeItemVoice(dataset, ref);
        voices.set(cacheKey, voice);
      }
      return voice;
    };
    lookups.set(dataset, voiceOf);
  }
  return voiceOf;
}
