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
import type { MessageKey, Translate, Wording } from './translate';
import { listFormat, type ListFormat } from './intl-formats';

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
  /** Who, with the kind as a noun: "CNN estimate", "Belta report" ("оценка CNN" in Russian). */
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
  t: Translate,
): AttributionMark | null {
  const { attribution } = item;
  if (attribution === null) return null;
  const { actorId, kind, evidence } = attribution;
  const who = actorId === null ? names.outletName(evidence.sourceId) : names.actorName(actorId);
  return { who, kind, label: t(`voice.attribution.${kind}`, { who }), evidence };
}

// One list formatter per locale: items are worded by the thousand.
const listFormats = new Map<string, ListFormat>();

/** "place, date and actors" ("место, дата и участники"), in the reader's locale. */
export function formatList(words: readonly string[], intl: string): string {
  let format = listFormats.get(intl);
  if (format === undefined) {
    format = listFormat(intl);
    listFormats.set(intl, format);
  }
  return format.format(words);
}

/** The outlets of the articles an item's evidence comes from, in order, each once: "Reuters and CNN". */
function outletsOf(evidence: readonly Evidence[], names: VoiceNames, intl: string): string {
  return formatList([...new Set(evidence.map((piece) => names.outletName(piece.sourceId)))], intl);
}

/**
 * Who reports an event or figure: whoever the article attributes it to, or, where it speaks in its own voice,
 * the outlet that published it.
 */
export function describeReporter(
  item: Pick<DatasetEvent | Figure, 'attribution' | 'evidence'>,
  names: VoiceNames,
  wording: Wording,
) {
  return describeAttribution(item, names, wording.t)?.who ?? outletsOf(item.evidence, names, wording.intl);
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
export function describeRelay(
  quote: Pick<Quote, 'via'>,
  names: Pick<DatasetNames, 'actorName'>,
  t: Translate,
): RelayMark | null {
  if (quote.via === null) return null;
  const who = names.actorName(quote.via.actorId);
  return { who, label: t('voice.via', { who }), evidence: quote.via.evidence };
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
export function describeItemDate(item: DatedItem, style: 'long' | 'short' = 'long', wording: Wording): string {
  const format = style === 'long' ? formatDate : formatShortDate;
  const date = getOwnDate(item);
  if (date !== null) return format(date, wording.intl);
  const articles = new Set(item.evidence.map((piece) => piece.sourceId)).size;
  return wording.t('voice.undated', { date: format(item.reported, wording.intl), articles });
}

/** One sentence of what the editor read between the lines, with the values it stands for. */
export interface InferenceMark {
  /** "place", "date", "speaker", "actors", in the reader's language. */
  fields: string[];
  /** "Place inferred", "Place and date inferred". */
  label: string;
  note: string;
}

type InferredField = 'place' | 'date' | 'speaker' | 'actors';

const inferredFields: Record<string, InferredField> = {
  placeId: 'place',
  date: 'date',
  asOf: 'date',
  actorId: 'speaker',
  actorIds: 'actors',
};

const inferredLabelKeys: Record<InferredField, MessageKey> = {
  place: 'voice.inferred.place',
  date: 'voice.inferred.date',
  speaker: 'voice.inferred.speaker',
  actors: 'voice.inferred.actors',
};

const isInferredField = (field: string): field is InferredField => Object.hasOwn(inferredLabelKeys, field);

/**
 * "Place inferred", or "Place and date inferred": one field has a message of its own, as Belarusian and Russian
 * agree the word for "inferred" with the field ("Место выведено", "Дата выведена").
 */
function inferenceLabel(fields: readonly string[], words: readonly string[], wording: Wording): string {
  const [only] = fields;
  if (fields.length === 1 && only !== undefined && isInferredField(only)) return wording.t(inferredLabelKeys[only]);
  return upperFirst(wording.t('voice.inferred.several', { fields: formatList(words, wording.intl) }));
}

/** The item's inferred values, one mark per note: a note that explains the place and the date is said once. */
export function describeInferences(
  item: { inferred: readonly { field: string; note: string }[] },
  wording: Wording,
): InferenceMark[] {
  const byNote = new Map<string, string[]>();
  for (const { field, note } of item.inferred) {
    byNote.set(note, [...(byNote.get(note) ?? []), inferredFields[field] ?? field]);
  }
  return [...byNote].map(([note, fields]) => {
    const words = fields.map((field) => (isInferredField(field) ? wording.t(`voice.field.${field}`) : field));
    return { fields: words, label: inferenceLabel(fields, words, wording), note };
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

type AnyItem = DatasetEvent | Quote | Figure;

const listOf = (dataset: Dataset, kind: ItemKind): readonly AnyItem[] =>
  kind === 'event' ? dataset.events : kind === 'quote' ? dataset.quotes : dataset.figures;

/**
 * A lookup of the items `keep` accepts, by collection and id, kept per dataset; a collection's map is built when an
 * item of it is first looked up.
 */
function itemLookup(keep: (item: AnyItem) => boolean) {
  const cache = new WeakMap<Dataset, Map<ItemKind, ReadonlyMap<string, AnyItem>>>();
  return (dataset: Dataset, { kind, id }: ItemKey): AnyItem | undefined => {
    let byKind = cache.get(dataset);
    if (byKind === undefined) {
      byKind = new Map();
      cache.set(dataset, byKind);
    }
    let byId = byKind.get(kind);
    if (byId === undefined) {
      const kept = new Map<string, AnyItem>();
      for (const item of listOf(dataset, kind)) if (keep(item)) kept.set(item.id, item);
      byKind.set(kind, kept);
      byId = kept;
    }
    return byId.get(id);
  };
}

// Every item: 100,000 events take a tenth of a second to index, which the first screen should not pay for a quote's
// card, hence one collection at a time.
const anyItem = itemLookup(() => true);
// Only the items that take part in a disagreement: all that a `disputedBy` can name, since each side lists the other
// (the dataset is refused otherwise), and usually a handful.
const disputingItem = itemLookup((item) => item.disputedBy.length > 0);

function refOf(kind: ItemKind, item: AnyItem | undefined): ItemRef | null {
  return item === undefined ? null : ({ kind, item } as ItemRef);
}

/** The event, quote or figure a key names; null when the dataset has none of that id. */
export function findItem(dataset: Dataset, { kind, id }: ItemKey): ItemRef | null {
  return refOf(kind, anyItem(dataset, { kind, id }));
}

/** The item a `disputedBy` names, of the same collection; null when the dataset has none of that id. */
export function findDisputingItem(dataset: Dataset, { kind, id }: ItemKey): ItemRef | null {
  return refOf(kind, disputingItem(dataset, { kind, id }));
}

function describeSide(ref: ItemRef, names: DatasetNames, wording: Wording): DisputeSide {
  const evidence = ref.item.evidence[0]!;
  const who = ref.kind === 'quote' ? names.actorName(ref.item.actorId) : describeReporter(ref.item, names, wording);
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
export function getDisagreements(dataset: Dataset, ref: ItemRef, wording: Wording): Disagreement[] {
  if (ref.item.disputedBy.length === 0) return [];
  const names = getDatasetNames(dataset, wording);
  const self = describeSide(ref, names, wording);
  return ref.item.disputedBy.flatMap((id) => {
    const other = findDisputingItem(dataset, { kind: ref.kind, id });
    return other ? [{ self, other: describeSide(other, names, wording) }] : [];
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
export function describeItemVoice(dataset: Dataset, ref: ItemRef, wording: Wording): ItemVoice {
  const names = getDatasetNames(dataset, wording);
  const { item } = ref;
  return {
    dated: getOwnDate(item) !== null,
    date: describeItemDate(item, 'long', wording),
    shortDate: describeItemDate(item, 'short', wording),
    attribution: ref.kind === 'quote' ? null : describeAttribution(ref.item, names, wording.t),
    reporter: ref.kind === 'quote' ? names.actorName(ref.item.actorId) : describeReporter(ref.item, names, wording),
    relay: ref.kind === 'quote' ? describeRelay(ref.item, names, wording.t) : null,
    inferences: describeInferences(item, wording),
    disagreements: getDisagreements(dataset, ref, wording),
  };
}

/** Looks up an item's marks by its collection and id; null when the dataset has no such item. */
export type VoiceOf = (key: ItemKey) => ItemVoice | null;

const lookups = new WeakMap<Dataset, WeakMap<Translate, VoiceOf>>();

/**
 * The dataset's marks by item in the reader's language, each worded once and kept for as long as the dataset is;
 * the same function for a dataset and language, so memoised views keep their props.
 */
export function getVoiceOf(dataset: Dataset, wording: Wording): VoiceOf {
  let byLanguage = lookups.get(dataset);
  if (byLanguage === undefined) {
    byLanguage = new WeakMap();
    lookups.set(dataset, byLanguage);
  }
  let voiceOf = byLanguage.get(wording.t);
  if (voiceOf === undefined) {
    const voices = new Map<string, ItemVoice | null>();
    voiceOf = (key) => {
      const cacheKey = `${key.kind}:${key.id}`;
      let voice = voices.get(cacheKey);
      if (voice === undefined) {
        const ref = findItem(dataset, key);
        voice = ref && describeItemVoice(dataset, ref, wording);
        voices.set(cacheKey, voice);
      }
      return voice;
    };
    byLanguage.set(wording.t, voiceOf);
  }
  return voiceOf;
}
