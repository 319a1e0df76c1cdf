/**
 * What the two pages carry for readers and services that run no JavaScript: a `<noscript>` with the views'
 * static images (public/images/, `npm run images`) and a link to the data, and the Open Graph and Twitter card
 * tags a social network or chat app reads to preview a shared link. Written from src/domain/static-images.ts,
 * so the alt texts and sizes have one source.
 */
import type { HtmlTagDescriptor, IndexHtmlTransformContext, Plugin } from 'vite';
import { dashboardTitle } from '../../src/domain/document-title.ts';
import { escapeHtmlAttribute as escape } from '../../src/domain/embed-snippet.ts';
import { getStaticImage, staticImages, type StaticImage } from '../../src/domain/static-images.ts';

export type Page = 'dashboard' | 'embed';

const description =
  'The 2020 Belarus protests in five news articles: every figure, date, place and quote traced to its source sentence.';

/** Which page Vite is writing: the embed page is embed/index.html, in its own build. */
export function pageOf(context: Pick<IndexHtmlTransformContext, 'path'>): Page {
  return /(^|\/)embed\/index\.html$/.test(context.path) ? 'embed' : 'dashboard';
}

/** The dashboard's folder as seen from `page`, for relative links. */
const rootOf = (page: Page) => (page === 'embed' ? '../' : '');

function figure(image: StaticImage, root: string): string {
  return (
    `<figure class="noscript__figure"><img class="noscript__image" src="${root}${image.file}"` +
    ` alt="${escape(image.alt)}" width="${image.width}" height="${image.height}"></figure>`
  );
}

/**
 * The `<noscript>` content. The dashboard shows every view's image and links to the data; the embed page shows the
 * dashboard's first screen, since a page without script cannot read which view its URL asks for.
 */
export function noscriptHtml(page: Page): string {
  const root = rootOf(page);
  if (page === 'embed') {
    return (
      `<div class="noscript noscript--embed"><p>This graphic needs JavaScript.` +
      ` <a href="${root}" target="_blank">Open the full dashboard</a>, or see what it shows:</p>` +
      `${figure(getStaticImage('dashboard'), root)}</div>`
    );
  }
  return (
    `<div class="noscript"><h1>${escape(dashboardTitle)}</h1>` +
    `<p>This dashboard needs JavaScript to filter and explore the data. Without it, here are its views as pictures,` +
    ` and the data itself: <a href="data/dataset.json">the verified dataset (JSON)</a>, described by` +
    ` <a href="data/dataset.schema.json">its JSON Schema</a>.</p>` +
    staticImages.map((image) => figure(image, root)).join('') +
    `</div>`
  );
}

/**
 * The preview tags, the same on both pages. og:image is the chart's image. Open Graph asks for absolute URLs, so
 * og:url, og:image and `<link rel="canonical">` are written only when the site's address is known (VITE_PUBLIC_URL,
 * the dashboard's folder); without it the preview has a title and description and no image. Both pages name the
 * dashboard as their canonical address: an embed is one view of it, and whoever shares one shares the dashboard.
 */
export function sharePreviewTags(publicUrl: string | undefined): HtmlTagDescriptor[] {
  const meta = (attribute: 'property' | 'name', key: string, content: string): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs: { [attribute]: key, content },
    injectTo: 'head',
  });
  const tags = [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', dashboardTitle),
    meta('property', 'og:description', description),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', dashboardTitle),
    meta('name', 'twitter:description', description),
  ];
  if (publicUrl === undefined || publicUrl === '') return tags;
  const base = new URL(publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new Error(`VITE_PUBLIC_URL must be an http(s) address, got ${publicUrl}`);
  }
  const pageUrl = base.href;
  const chart = getStaticImage('chart');
  return [
    ...tags,
    { tag: 'link', attrs: { rel: 'canonical', href: pageUrl }, injectTo: 'head' },
    meta('property', 'og:url', pageUrl),
    meta('property', 'og:image', new URL(chart.file, base).href),
    meta('property', 'og:image:width', String(chart.width * chart.scale)),
    meta('property', 'og:image:height', String(chart.height * chart.scale)),
    meta('property', 'og:image:alt', chart.alt),
    meta('name', 'twitter:image', new URL(chart.file, base).href),
    meta('name', 'twitter:image:alt', chart.alt),
  ];
}

/** Adds the `<noscript>` and the preview tags to each page, in development too. */
export function pageFallbacksPlugin(publicUrl: string | undefined): Plugin {
  return {
    name: 'page-fallbacks',
    transformIndexHtml: (_html, context) => {
      const page = pageOf(context);
      return [
        ...sharePreviewTags(publicUrl),
        { tag: 'noscript', children: noscriptHtml(page), injectTo: 'body-prepend' },
      ];
    },
  };
}
