/**
 * The second half of reading a URL: once the dataset is here, ids that name nothing are dropped with
 * a notice, and the Source viewer's parameters resolve to an article and the words to highlight.
 */
import type { Dataset, Evidence, Quote, Source } from '../data/schema';
import { sliceSource, sourceEnd } from '../data/source-text';
import type { Filters, TextSpan, UrlNotice, UrlNoticeReason, UrlState } from './url-state';

/** What the Source viewer shows: an article and, when one was asked for, the passage to highlight. */
export interface SourceView {
  source: Source;
  selected: TextSpan | null;
}

export interface ReconciledState {
  filters: Filters;
  sourceView: SourceView | null;
  notices: UrlNotice[];
}

const ignored = (param: string, value: string, reason: UrlNoticeReason): UrlNotice => ({
  param,
  value,
  action: 'ignored',
  reason,
});
const unknown = (param: string, value: string, key: UrlNoticeReason['key']) => ignored(param, value, { key });

/** The ids a URL may name, by collection. */
interface KnownIds {
  actorIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  sources: ReadonlyMap<string, Source>;
}

// Every filter change reconciles the URL again: one lookup per dataset, not 500 actors and 1,000 articles a time.
const knownIds = new WeakMap<Dataset, KnownIds>();

function getKnownIds(dataset: Dataset): KnownIds {
  let known = knownIds.get(dataset);
  if (known === undefined) {
    known = {
      actorIds: new Set(dataset.actors.map((actor) => actor.id)),
      placeIds: new Set(dataset.places.map((place) => place.id)),
      sources: new Map(dataset.sources.map((source) => [source.id, source])),
    };
    knownIds.set(dataset, known);
  }
  return known;
}

/** Checks the parsed URL state against the dataset: unknown ids are ignored, each with a notice. */
export function reconcileUrlState(dataset: Dataset, state: UrlState): ReconciledState {
  const notices: UrlNotice[] = [];
  const { actorIds, placeIds } = getKnownIds(dataset);
  const filters: Filters = {
    ...state.filters,
    actorIds: state.filters.actorIds.filter((id) => {
      if (!actorIds.has(id)) notices.push(unknown('actor', id, 'url.reason.unknownActor'));
      return actorIds.has(id);
    }),
    placeId: state.filters.placeId,
  };
  if (filters.placeId !== null && !placeIds.has(filters.placeId)) {
    notices.push(unknown('place', filters.placeId, 'url.reason.unknownPlace'));
    filters.placeId = null;
  }
  return { filters, sourceView: resolveSourceView(dataset, state, notices), notices };
}

function resolveSourceView(dataset: Dataset, state: UrlState, notices: UrlNotice[]): SourceView | null {
  const { sources } = getKnownIds(dataset);
  const view = (source: Source, selected: TextSpan | null): SourceView => ({
    source,
    selected,
  });

  if (state.quoteId !== null) {
    const quote = dataset.quotes.find((candidate) => candidate.id === state.quoteId);
    if (quote === undefined) {
      notices.push(unknown('quote', state.quoteId, 'url.reason.unknownQuote'));
    } else {
      let evidence = quote.evidence[0];
      if (state.sourceId !== null) {
        const inSource = quote.evidence.find((item) => item.sourceId === state.sourceId);
        if (inSource) evidence = inSource;
        else
          notices.push(
            ignored('source', state.sourceId, { key: 'url.reason.notInQuote', values: { quote: quote.id } }),
          );
      }
      const source = evidence && sources.get(evidence.sourceId);
      if (evidence && source) return view(source, { start: evidence.start, end: evidence.end });
    }
  }

  if (state.sourceId === null) return null;
  const source = sources.get(state.sourceId);
  if (source === undefined) {
    notices.push(unknown('source', state.sourceId, 'url.reason.unknownSource'));
    return null;
  }
  if (state.span !== null && state.span.end > sourceEnd(source)) {
    notices.push(ignored('span', `${state.span.start}-${state.span.end}`, { key: 'url.reason.spanPastEnd' }));
    return view(source, null);
  }
  if (state.span !== null && sliceSource(source, state.span.start, state.span.end) === null) {
    notices.push(ignored('span', `${state.span.start}-${state.span.end}`, { key: 'url.reason.spanOutsideExcerpts' }));
    return view(source, null);
  }
  return view(source, state.span);
}

/**
 * Where the Source viewer should go for a piece of evidence: a quote's own id when the evidence is a
 * quote's (shared links read better), otherwise the article and the span of its words.
 */
export function getEvidenceTarget(
  dataset: Pick<Dataset, 'quotes'>,
  evidence: Pick<Evidence, 'sourceId' | 'start' | 'end'>,
): { quoteId: string | null; sourceId: string; span: TextSpan | null } {
  const quoteId = quotesByPassage(dataset.quotes).get(passageKey(evidence));
  return quoteId !== undefined
    ? { quoteId, sourceId: evidence.sourceId, span: null }
    : { quoteId: null, sourceId: evidence.sourceId, span: { start: evidence.start, end: evidence.end } };
}

const passageKey = ({ sourceId, start, end }: Pick<Evidence, 'sourceId' | 'start' | 'end'>) =>
  `${start}:${end}:${sourceId}`;

// Every link to a passage asks, on every filter change: one index per dataset rather than a scan of its quotes.
const passageIndexes = new WeakMap<readonly Quote[], Map<string, string>>();

/** The id of the first quote whose evidence is each passage. */
function quotesByPassage(quotes: readonly Quote[]): Map<string, string> {
  let index = passageIndexes.get(quotes);
  if (index === undefined) {
    index = new Map();
    for (const quote of quotes)
      for (const item of quote.evidence) {
        const key = passageKey(item);
        if (!index.has(key)) index.set(key, quote.id);
      }
    passageIndexes.set(quotes, index);
  }
  return index;
}
