/**
 * The two URLs an embed is about: the one a newsroom pastes (the dashboard with `embed=1` and a view),
 * and the one its reader follows back ("Open the full dashboard", with the same filters). Both reuse
 * url-state's serialiser, so the parameter contract lives in one place.
 */
import type { EmbedView, TextSpan, Theme, UrlState } from './url-state';
import { defaultUrlState, emptyFilters, parseUrlState, serializeUrlState } from './url-state';

export interface EmbedOptions {
  view: EmbedView;
  /** Keep the dashboard's current actor, place and date filters, or embed the unfiltered view. */
  keepFilters: boolean;
  /** null follows the reader's `prefers-color-scheme`. */
  theme: Theme | null;
  /** The quote a `quote` view shows; other views ignore it. */
  quoteId: string | null;
}

/** Absolute URL of the page itself, without query or fragment: the dashboard and its embeds share it. */
function pageBase(pageUrl: string): URL {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  return url;
}

/** The embed URL for `options.view` of the dashboard at `pageUrl`, whose current state is `state`. */
export function buildEmbedUrl(pageUrl: string, state: UrlState, options: EmbedOptions): string {
  const url = pageBase(pageUrl);
  url.search = serializeUrlState({
    ...defaultUrlState,
    filters: options.keepFilters ? state.filters : emptyFilters,
    embed: true,
    view: options.view,
    theme: options.theme,
    quoteId: options.view === 'quote' ? options.quoteId : null,
  });
  return url.href;
}

export interface SourceTarget {
  sourceId: string;
  quoteId?: string | null;
  span?: TextSpan | null;
}

/**
 * The full dashboard in the state the embed shows, optionally opened at a source. Embed settings and
 * the parameters pym.js appends (`initialWidth`, `parentUrl`, `parentTitle`) are dropped: the host
 * article's address has no business in a link its reader may share.
 */
export function buildDashboardUrl(pageUrl: string, state: UrlState, target?: SourceTarget): string {
  const url = pageBase(pageUrl);
  const source = target
    ? { sourceId: target.sourceId, quoteId: target.quoteId ?? null, span: target.span ?? null }
    : { sourceId: state.sourceId, quoteId: state.quoteId, span: state.span };
  url.search = serializeUrlState({ ...defaultUrlState, filters: state.filters, ...source });
  return url.href;
}

/**
 * Where a link inside an embed should lead: links to the app's own page go to the full dashboard in
 * the state they encode (without the embed settings); links elsewhere stay as they are. Null for
 * links that are not to be touched (fragments, `mailto:`, unparsable).
 */
export function getEmbedLinkTarget(href: string, pageUrl: string): string | null {
  if (href === '' || href.startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const page = new URL(pageUrl);
  if (url.origin !== page.origin || url.pathname !== page.pathname) return url.href;
  return buildDashboardUrl(url.href, parseUrlState(url.search).state);
}
