/**
 * The integrity rules of `findIntegrityProblems` (schema.ts), applied to records as they pass the shape check and
 * then let go, so that a reader handing its records on need not keep 100,000 of them only to check references at
 * the end: keeping them costs the worker more in garbage collection than the check itself.
 *
 * A screen, not a report: it answers whether the whole dataset has no integrity problem. When it may have one, the
 * caller runs `findIntegrityProblems` on the whole file, which names every problem in its own order.
 * Kept while reading: every id, the sources, the ids referred to, and the disputes. Evidence and `reported` dates
 * are checked as the records come when their sources came first (the line layout's order); otherwise they wait.
 */
import { earliestPublished, evidenceSelects, type DateBasis, type Evidence, type Source } from './schema';
import { excerptProblem } from './source-text';

type Collection = 'sources' | 'actors' | 'places' | 'events' | 'quotes' | 'figures';
type ItemCollection = 'events' | 'quotes' | 'figures';

/** The fields the rules read, as each collection's records have them after the shape check. */
interface ScreenedRecord {
  id: string;
  parentId?: string | null;
  placeId?: string | null;
  actorId?: string | null;
  actorIds?: string[];
  date?: string | null;
  asOf?: string | null;
  dateBasis?: DateBasis | null;
  reported?: string;
  evidence?: Evidence[];
  attribution?: Claimant | null;
  via?: Claimant | null;
  disputedBy?: string[];
}

interface Claimant {
  actorId: string | null;
  evidence: Evidence;
}

export interface IntegrityScreen {
  /** Records of one collection that passed the shape check, in file order. */
  add(collection: Collection, records: readonly unknown[]): void;
  /** True when `findIntegrityProblems` would find nothing in the records added; false when it may find something. */
  finish(): boolean;
}

export function createIntegrityScreen(): IntegrityScreen {
  let clean = true;
  const ids = new Map<Collection, Set<string>>();
  const referred = new Map<Collection, Set<string>>();
  const sources = new Map<string, Source>();
  const waiting: { reported: string; evidence: Evidence[] }[] = [];
  const waitingEvidence: Evidence[] = [];
  const disputes = new Map<ItemCollection, Map<string, string[]>>();

  const setOf = <K, V>(map: Map<K, Set<V>>, key: K) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    return set;
  };
  const refer = (collection: Collection, id: string | null | undefined) => {
    if (id !== null && id !== undefined) setOf(referred, collection).add(id);
  };
  const evidence = (piece: Evidence) => {
    const source = sources.get(piece.sourceId);
    if (source === undefined) waitingEvidence.push(piece);
    else if (!evidenceSelects(source, piece)) clean = false;
  };
  const item = (record: ScreenedRecord, evidenceList: Evidence[]) => {
    evidenceList.forEach(evidence);
    const earliest = earliestPublished(sources, evidenceList);
    if (earliest === undefined) waiting.push({ reported: record.reported ?? '', evidence: evidenceList });
    else if (record.reported !== earliest) clean = false;
  };
  const claimant = (claim: Claimant | null | undefined, cited: Evidence[]) => {
    if (!claim) return;
    refer('actors', claim.actorId);
    evidence(claim.evidence);
    if (!cited.some((piece) => piece.sourceId === claim.evidence.sourceId)) clean = false;
  };
  const dating = (date: string | null | undefined, basis: DateBasis | null | undefined) => {
    if ((date === null) !== (basis === null)) clean = false;
    if (basis) refer('sources', basis.sourceId);
  };

  return {
    add(collection, records) {
      const seen = setOf(ids, collection);
      for (const raw of records) {
        const record = raw as ScreenedRecord;
        if (seen.has(record.id)) clean = false;
        seen.add(record.id);
        if (collection === 'sources') {
          const source = raw as Source;
          if (excerptProblem(source) !== null) clean = false;
          sources.set(source.id, source);
          continue;
        }
        if (collection === 'places') refer('places', record.parentId);
        if (collection === 'actors' || collection === 'places') continue;
        const cited = record.evidence ?? [];
        refer('places', record.placeId);
        if (collection === 'quotes') refer('actors', record.actorId);
        for (const actorId of record.actorIds ?? []) refer('actors', actorId);
        dating(collection === 'figures' ? record.asOf : record.date, record.dateBasis);
        item(record, cited);
        claimant(collection === 'quotes' ? record.via : record.attribution, cited);
        if (record.disputedBy && record.disputedBy.length > 0) {
          let listed = disputes.get(collection);
          if (!listed) disputes.set(collection, (listed = new Map<string, string[]>()));
          listed.set(record.id, record.disputedBy);
          for (const id of record.disputedBy) refer(collection, id);
        }
      }
    },
    finish() {
      for (const [collection, wanted] of referred) {
        const known = ids.get(collection);
        for (const id of wanted) if (!known?.has(id)) return false;
      }
      for (const piece of waitingEvidence) {
        const source = sources.get(piece.sourceId);
        // A source never given: the evidence refers to nothing.
        if (source === undefined || !evidenceSelects(source, piece)) return false;
      }
      for (const { reported, evidence: cited } of waiting) {
        const earliest = earliestPublished(sources, cited);
        if (earliest !== undefined && reported !== earliest) return false;
      }
      for (const listed of disputes.values())
        for (const [id, others] of listed)
          for (const other of others) if (!listed.get(other)?.includes(id)) return false;
      return clean;
    },
  };
}
