/**
 * The HTML a newsroom pastes into its CMS: the loader version (a `<div>` the script turns into a
 * self-sizing iframe) and the plain-iframe version (no script; a fixed, sensible height).
 */
import { getInitialEmbedHeight, getInitialEmbedHeightCss } from './embed-initial-height';
import type { MessageKey, Translate } from './translate';
import type { EmbedView } from './url-state';

/** The attribute public/embed.js looks for; its value is the embed's URL. */
export const loaderAttribute = 'data-belarus-embed';

/** What the embed may do inside a host page; the loader sets the same tokens on the frames it makes. */
export const embedSandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The width a plain iframe is assumed to get: a typical article column. */
export const typicalColumnWidth = 640;

export interface SnippetInput {
  /** Absolute URL of the embed (`…/embed/?view=…`). */
  embedUrl: string;
  /** Absolute URL of public/embed.js on the same site as the embed. */
  loaderUrl: string;
  /** The frame's accessible name, read out by screen readers before they enter it. */
  title: string;
  view: EmbedView;
  /** What readers without the live view (no JavaScript, RSS readers, apps) see: the view's image or a link. */
  fallback?: SnippetFallback;
}

export interface SnippetFallback {
  /** Where the fallback leads: the full dashboard. */
  linkUrl: string;
  /** What the link says after the title where there is no image: "open the full dashboard". */
  openLabel: string;
  /** The view's static image (`images/<view>.png`), or null for a text link alone. */
  image: { url: string; alt: string; width: number; height: number } | null;
}

/** Escapes a value for a double-quoted HTML attribute, so no URL or title can break out of it. */
export function escapeHtmlAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * One line of HTML: a `<div>` that reserves the view's height for its width in CSS (so the article
 * does not shift while the script loads) and the loader script. Pasting it twice on a page is fine.
 */
export function buildLoaderSnippet({ embedUrl, loaderUrl, title, view, fallback }: SnippetInput): string {
  // The fallback lies over the reserved box, so the box keeps the reserved height whether it shows or not.
  const reserve = `${fallback ? 'position:relative;' : ''}padding-top:${getInitialEmbedHeightCss(view, '100%')}`;
  const inside = fallback ? buildFallback(fallback, title, 'position:absolute;inset:0;display:block') : '';
  return (
    `<div ${loaderAttribute}="${escapeHtmlAttribute(embedUrl)}" data-title="${escapeHtmlAttribute(title)}"` +
    ` style="${escapeHtmlAttribute(reserve)}">${inside}</div>` +
    `<script async src="${escapeHtmlAttribute(loaderUrl)}"></script>`
  );
}

/**
 * A plain iframe for CMSs that strip scripts: it cannot follow its content, so it gets the typical column's height.
 * With a fallback, the view's image lies under the frame in a box of the same height: seen where the frame is
 * stripped (RSS, apps) and until the frame paints its opaque page over it.
 */
export function buildIframeSnippet({ embedUrl, title, view, fallback }: Omit<SnippetInput, 'loaderUrl'>): string {
  const height = getInitialEmbedHeight(view, typicalColumnWidth);
  const frameStyle = fallback
    ? 'position:absolute;inset:0;width:100%;height:100%;border:0'
    : 'display:block;width:100%;border:0';
  const iframe =
    `<iframe src="${escapeHtmlAttribute(embedUrl)}" title="${escapeHtmlAttribute(title)}"` +
    ` width="100%" height="${height}" loading="lazy" sandbox="${embedSandbox}"` +
    ` style="${frameStyle}"></iframe>`;
  if (!fallback) return iframe;
  const under = buildFallback(fallback, title, 'position:absolute;inset:0;display:block');
  return `<div style="position:relative;height:${height}px">${under}${iframe}</div>`;
}

/**
 * The view as an image that links to the full dashboard, for RSS feeds, apps and print, where no frame runs. On its
 * own (`linkStyle` empty) the image scales down with the column; in the loader snippet it fits the reserved box.
 */
export function buildFallback(fallback: SnippetFallback, title: string, linkStyle = ''): string {
  const style = linkStyle === '' ? '' : ` style="${linkStyle}"`;
  const href = escapeHtmlAttribute(fallback.linkUrl);
  const { image } = fallback;
  if (image === null) {
    return `<a href="${href}"${style}>${escapeHtmlAttribute(`${title}: ${fallback.openLabel}`)}</a>`;
  }
  const fit = linkStyle === '' ? 'max-width:100%;height:auto' : 'max-width:100%;max-height:100%;width:auto;height:auto';
  return (
    `<a href="${href}"${style}><img src="${escapeHtmlAttribute(image.url)}" alt="${escapeHtmlAttribute(image.alt)}"` +
    ` width="${image.width}" height="${image.height}" loading="lazy" style="${fit}"></a>`
  );
}

/** Where NPR publishes pym.js v1; a newsroom that hosts its own copy passes that address instead. */
export const defaultPymUrl = 'https://pym.nprapps.org/pym.v1.min.js';

export interface PymSnippetInput extends Omit<SnippetInput, 'loaderUrl'> {
  pymUrl?: string;
}

/**
 * The pym.js recipe for a CMS that already runs pym.js, with the three settings pym.js leaves open by default:
 * `xdomain`, so that only the embed's origin is heard (pym.js otherwise obeys any frame on the page, down to
 * `navigateTo`, which navigates the story); the loader's `sandbox`; and `optionalparams: false`, so that the
 * article's address (`parentUrl`) and title never reach the dashboard's server in the frame's URL.
 */
export function buildPymSnippet({ embedUrl, title, view, pymUrl = defaultPymUrl }: PymSnippetInput): string {
  const containerId = `belarus-2020-${view}-${shortHash(embedUrl)}`;
  return [
    `<div id="${escapeHtmlAttribute(containerId)}"></div>`,
    `<script src="${escapeHtmlAttribute(pymUrl)}"></script>`,
    '<script>',
    `  new pym.Parent(${scriptString(containerId)}, ${scriptString(embedUrl)}, {`,
    `    title: ${scriptString(title)},`,
    `    xdomain: ${scriptString(getPymOriginPattern(embedUrl))},`,
    `    sandbox: ${scriptString(embedSandbox)},`,
    '    optionalparams: false,',
    '  });',
    '</script>',
  ].join('\n');
}

/**
 * pym.js's `xdomain` for the embed's origin. pym.js tests `new RegExp(xdomain + '$')` against a message's
 * origin: the `^` and the escaped dots make that the whole origin and nothing else.
 */
export function getPymOriginPattern(embedUrl: string): string {
  return `^${new URL(embedUrl).origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

/** A short, stable tag for a URL (FNV-1a), so two embeds on one page get two containers. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** A JavaScript string literal that cannot end the `<script>` element it sits in. */
function scriptString(value: string): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

const viewTitles: Record<EmbedView, MessageKey> = {
  map: 'embed.title.map',
  chart: 'embed.title.chart',
  actors: 'embed.title.actors',
  timeline: 'embed.title.timeline',
  quote: 'embed.title.quote',
  all: 'embed.title.all',
};

/**
 * The frame's default accessible name, in the reader's language (`t`); a quote names its speaker, since "a quote"
 * alone says little.
 */
export function getDefaultEmbedTitle(view: EmbedView, t: Translate, speaker: string | null = null): string {
  return view === 'quote' && speaker !== null ? t('embed.title.quoteBy', { speaker }) : t(viewTitles[view]);
}
