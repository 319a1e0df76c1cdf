import { useCallback, useMemo } from 'react';
import type { Dataset, Evidence } from '../data/schema';
import { toggleActorId } from '../domain/filters';
import { getEvidenceTarget, reconcileUrlState } from '../domain/reconcile-url-state';
import { withChartSettings, withFilters, withSourceTarget, type Filters, type UrlState } from '../domain/url-state';
import { useUrlState } from './use-url-state';

/** How a page links to a state of the dashboard, and goes there when the link is followed. */
export interface TargetOpener {
  hrefFor: (target: UrlState) => string;
  open: (target: UrlState) => void;
}

/** What the views are told about where a passage of an article is. */
export type EvidenceLocation = Pick<Evidence, 'sourceId' | 'start' | 'end'>;

/**
 * The URL's state checked against the dataset, and what the views do with it: change the filters, tick
 * an actor, open a passage or a quote in its article. Filters change the page's own state (the address bar
 * on the dashboard, memory in an embed); a source opens through `opener`, by default on this page, in place.
 */
export function useViewWiring(dataset: Dataset, opener?: TargetOpener) {
  const url = useUrlState();
  const { state, navigate } = url;
  const reconciled = useMemo(() => reconcileUrlState(dataset, state), [dataset, state]);
  const { filters, sourceView } = reconciled;
  const { hrefFor, open } = opener ?? { hrefFor: url.hrefFor, open: navigate };

  // Every change starts from what the dataset could resolve, so ids and spans that name nothing drop out of the URL.
  const base = useMemo((): UrlState => {
    const resolved = { ...state, filters };
    if (sourceView === null) return withSourceTarget(resolved, { quoteId: null, sourceId: null, span: null });
    return state.span !== null && sourceView.selected === null ? { ...resolved, span: null } : resolved;
  }, [state, filters, sourceView]);

  const setFilters = useCallback((patch: Partial<Filters>) => navigate(withFilters(base, patch)), [navigate, base]);
  const chartSettings = useMemo(() => ({ metric: state.metric, table: state.table }), [state.metric, state.table]);
  const setChartSettings = useCallback(
    (patch: Partial<Pick<UrlState, 'metric' | 'table'>>) => navigate(withChartSettings(base, patch)),
    [navigate, base],
  );
  const toggleActor = useCallback(
    (actorId: string) => setFilters({ actorIds: toggleActorId(filters.actorIds, actorId) }),
    [setFilters, filters.actorIds],
  );
  const evidenceTarget = useCallback(
    (evidence: EvidenceLocation) => withSourceTarget(base, getEvidenceTarget(dataset, evidence)),
    [base, dataset],
  );
  const openEvidence = useCallback(
    (evidence: EvidenceLocation) => open(evidenceTarget(evidence)),
    [open, evidenceTarget],
  );
  const evidenceHref = useCallback(
    (evidence: EvidenceLocation) => hrefFor(evidenceTarget(evidence)),
    [hrefFor, evidenceTarget],
  );
  const quoteTarget = (quoteId: string, sourceId: string) => withSourceTarget(base, { quoteId, sourceId, span: null });

  return {
    url,
    reconciled,
    filters,
    /** The state every change starts from. */
    base,
    setFilters,
    /** The chart's metric and whether it is shown as a table: the URL's, so a shared link keeps them. */
    chartSettings,
    setChartSettings,
    toggleActor,
    /** The state that opens the article at a passage: the quote's when it is a quote's words. */
    evidenceTarget,
    openEvidence,
    /** A real link to the passage, for the views that show one (the timeline, the facts at a glance). */
    evidenceHref,
    quoteSourceHref: (quoteId: string, sourceId: string) => hrefFor(quoteTarget(quoteId, sourceId)),
    openQuoteSource: (quoteId: string, sourceId: string) => open(quoteTarget(quoteId, sourceId)),
  };
}

export type ViewWiring = ReturnType<typeof useViewWiring>;
