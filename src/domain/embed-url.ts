/**
 * The two URLs an embed is about: the one a newsroom pastes (the embed page, `embed/` beside the dashboard, with
 * a view), and the one its reader follows back ("Open the full dashboard", with the same filters). Both reuse
 * url-state's serialiser, so the parameter contract lives in one place.
 */
import type { Locale } from './locale';
import type { EmbedView, TextSpan, Theme, UrlState } from './url-state';
import { defaultUrlState, emptyFilters, parseUrlState, serializeUrlState } from './url-state';

export interface EmbedOptions {
  view: EmbedView;
  /**
   * Keep the dashboard's current actor, place and date filters (and, for a view with the chart, its metric and
   * table), or embed the unfiltered view as it first opens.
   */
  keepFilters: boolean;
  /** null follows the reader's `prefers-color-scheme`. */
  theme: Theme | null;
  /** The embed's interface language; null follows the reader's browser languages. */
  lang?: Locale | null;
  /** The quote a `quote` view shows; other views ignore it. */
  quoteId: string | null;
}

// The embed page is embed/index.html in the dashboard's folder (its <html data-app-root> says the same).
// Resolving against a page's URL drops its query and fragment.
const embedPageOf = (dashboardUrl: string): URL => new URL('embed/', dashboardUrl);
const dashboardOf = (embedPageUrl: string): URL => new URL('../', embedPageUrl);

/** The embed URL for `options.view` of the dashboard at `dashboardUrl`, whose current state is `state`. */
export function buildEmbedUrl(dashboardUrl: string, state: UrlState, options: EmbedOptions): string {
  const url = embedPageOf(dashboardUrl);
  url.search = serializeUrlState({
    ...defaultUrlState,
    filters: options.keepFilters ? state.filters : emptyFilters,
    view: options.view,
    theme: options.theme,
    lang: options.lang ?? null,
    quoteId: options.view === 'quote' ? options.quoteId : null,
    ...(options.keepFilters && showsChart(options.view) ? { metric: state.metric, table: state.table } : {}),
  });
  return url.href;
}

const showsChart = (view: EmbedView) => view === 'chart' || view === 'all';

export interface SourceTarget {
  sourceId: string;
  quoteId?: string | null;
  span?: TextSpan | null;
}

/**
 * The full dashboard, seen from the embed page at `embedPageUrl`, in the state the embed shows, optionally opened
 * at a source. Embed settings and the parameters pym.js appends (`initialWidth`, `parentUrl`, `parentTitle`) are
 * dropped: the host article's address has no business in a link its reader may share.
 */
export function buildDashboardUrl(embedPageUrl: string, state: UrlState, target?: SourceTarget): string {
  const url = dashboardOf(embedPageUrl);
  const source = target
    ? { sourceId: target.sourceId, quoteId: target.quoteId ?? null, span: target.span ?? null }
    : { sourceId: state.sourceId, quoteId: state.quoteId, span: state.span };
  url.search = serializeUrlState({
    ...defaultUrlState,
    filters: state.filters,
    metric: state.metric,
    table: state.table,
    ...source,
  });
  return url.href;
}

/**
 * Where a link inside the embed page at `embedPageUrl` should lead: links to that page itself (the dashboard's
 * panels write their links as `?source=…`) go to the full dashboard in the state they encode, without the embed
 * settings; links elsewhere stay as they are. Null for links that are not to be touched (fragments, `mailto:`,
 * unparsable).
 */
export function getEmbedLinkTarget(href: string, embedPageUrl: string): string | null {
  if (href === '' || href.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(href, embedPageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const page = new URL(embedPageUrl);
  if (url.origin !== page.origin || url.pathname !== page.pathname) return url.href;
  return buildDashboardUrl(url.href, parseUrlState(url.search).state);
}
