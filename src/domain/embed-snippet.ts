/**
 * The HTML a newsroom pastes into its CMS: the loader version (a `<div>` the script turns into a
 * self-sizing iframe) and the plain-iframe version (no script; a fixed, sensible height).
 */
import { getInitialEmbedHeight, getInitialEmbedHeightCss } from './embed-initial-height';
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
export function buildLoaderSnippet({ embedUrl, loaderUrl, title, view }: SnippetInput): string {
  const reserve = `padding-top:${getInitialEmbedHeightCss(view, '100%')}`;
  return (
    `<div ${loaderAttribute}="${escapeHtmlAttribute(embedUrl)}" data-title="${escapeHtmlAttribute(title)}"` +
    ` style="${escapeHtmlAttribute(reserve)}"></div>` +
    `<script async src="${escapeHtmlAttribute(loaderUrl)}"></script>`
  );
}

/** A plain iframe for CMSs that strip scripts: it cannot follow its content, so it gets the typical column's height. */
export function buildIframeSnippet({ embedUrl, title, view }: Omit<SnippetInput, 'loaderUrl'>): string {
  const height = getInitialEmbedHeight(view, typicalColumnWidth);
  return (
    `<iframe src="${escapeHtmlAttribute(embedUrl)}" title="${escapeHtmlAttribute(title)}"` +
    ` width="100%" height="${height}" loading="lazy" sandbox="${embedSandbox}"` +
    ` style="display:block;width:100%;border:0"></iframe>`
  );
}

const viewTitles: Record<EmbedView, string> = {
  map: 'Map of the 2020 Belarus protests',
  chart: 'Detentions and crowds during the 2020 Belarus protests',
  actors: 'Who said what during the 2020 Belarus protests',
  timeline: 'Timeline of the 2020 Belarus protests',
  quote: 'A quote from the 2020 Belarus protests',
  all: 'The 2020 Belarus protests: map, timeline and quotes',
};

/** The frame's default accessible name; a quote names its speaker, since "a quote" alone says little. */
export function getDefaultEmbedTitle(view: EmbedView, speaker: string | null = null): string {
  return view === 'quote' && speaker !== null
    ? `${speaker}, quoted during the 2020 Belarus protests`
    : viewTitles[view];
}
