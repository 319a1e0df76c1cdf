// @vitest-environment jsdom
import type { HtmlTagDescriptor } from 'vite';
import { staticImages } from '../../src/domain/static-images';
import { noscriptHtml, pageFallbacksPlugin, pageOf, sharePreviewTags } from './page-fallbacks';

/** The tags as a map from property or name to content, and the canonical link's href. */
function read(tags: HtmlTagDescriptor[]) {
  const meta = new Map<string, string>();
  let canonical: string | null = null;
  for (const { tag, attrs = {} } of tags) {
    if (tag === 'meta') meta.set(String(attrs.property ?? attrs.name), String(attrs.content));
    if (tag === 'link' && attrs.rel === 'canonical') canonical = String(attrs.href);
  }
  return { meta, canonical };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('sharePreviewTags', () => {
  it('gives a link preview a title, a description and a large-image card', () => {
    const { meta } = read(sharePreviewTags(undefined));
    expect(meta.get('og:title')).toBe('Belarus 2020: protests, detentions and what was said');
    expect(meta.get('og:description')).toMatch(/five news articles/);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
  });

  it('leaves out the image, the URL and the canonical link when the site’s address is unknown', () => {
    const { meta, canonical } = read(sharePreviewTags(undefined));
    expect([...meta.keys()].filter((key) => /image|url/.test(key))).toEqual([]);
    expect(canonical).toBeNull();
    expect(read(sharePreviewTags('')).meta.has('og:image')).toBe(false);
  });

  it('writes absolute addresses from VITE_PUBLIC_URL, with or without its final slash', () => {
    for (const publicUrl of ['https://news.example/belarus', 'https://news.example/belarus/']) {
      const { meta, canonical } = read(sharePreviewTags(publicUrl));
      expect(canonical).toBe('https://news.example/belarus/');
      expect(meta.get('og:url')).toBe('https://news.example/belarus/');
      expect(meta.get('og:image')).toBe('https://news.example/belarus/images/chart.png');
      expect(meta.get('twitter:image')).toBe('https://news.example/belarus/images/chart.png');
      expect([meta.get('og:image:width'), meta.get('og:image:height')]).toEqual(['1280', '1440']);
      expect(meta.get('og:image:alt')).toMatch(/^Chart of the detentions/);
    }
  });

  it('names the dashboard as the embed page’s address too: sharing an embed shares the dashboard', () => {
    const { meta, canonical } = read(pageFallbacksPluginTags('/embed/index.html'));
    expect(canonical).toBe('https://news.example/belarus/');
    expect(meta.get('og:url')).toBe('https://news.example/belarus/');
    expect(meta.get('og:image')).toBe('https://news.example/belarus/images/chart.png');
  });

  it('refuses an address that is not http(s), naming it', () => {
    expect(() => sharePreviewTags('javascript:alert(1)')).toThrow(/VITE_PUBLIC_URL.*javascript:alert/);
  });
});

describe('noscriptHtml', () => {
  it('shows the dashboard’s every view with its alt text, and links to the data', () => {
    const body = parse(noscriptHtml('dashboard'));
    const images = [...body.querySelectorAll('img')];
    expect(images.map((image) => [image.getAttribute('src'), image.alt])).toEqual(
      staticImages.map((image) => [image.file, image.alt]),
    );
    expect([...body.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'data/dataset.json',
      'data/dataset.schema.json',
    ]);
    expect(body.textContent).toContain('needs JavaScript');
  });

  it('shows the embed page a picture of the dashboard, from the folder above, and a link to it', () => {
    const body = parse(noscriptHtml('embed'));
    expect(body.querySelector('img')?.getAttribute('src')).toBe('../images/dashboard.png');
    expect(body.querySelector('a')?.getAttribute('href')).toBe('../');
  });
});

/** What the plugin adds to the page at `path`, for a site at https://news.example/belarus/. */
function pageFallbacksPluginTags(path: string): HtmlTagDescriptor[] {
  const plugin = pageFallbacksPlugin('https://news.example/belarus/');
  const transform = plugin.transformIndexHtml as (html: string, context: { path: string }) => HtmlTagDescriptor[];
  return transform('', { path });
}

describe('pageFallbacksPlugin', () => {
  it('tells the two pages apart by their path', () => {
    expect(pageOf({ path: '/index.html' })).toBe('dashboard');
    expect(pageOf({ path: '/embed/index.html' })).toBe('embed');
  });

  it('adds the preview tags to the head and the <noscript> first in the body', () => {
    const tags = pageFallbacksPluginTags('/embed/index.html');
    const noscript = tags.find((tag) => tag.tag === 'noscript');
    expect(noscript?.injectTo).toBe('body-prepend');
    expect(noscript?.children).toBe(noscriptHtml('embed'));
    expect(tags.filter((tag) => tag.tag !== 'noscript').every((tag) => tag.injectTo === 'head')).toBe(true);
  });
});
