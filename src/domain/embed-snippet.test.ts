import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getInitialEmbedHeight, getInitialEmbedHeightCss } from './embed-initial-height';
import {
  buildIframeSnippet,
  buildLoaderSnippet,
  embedSandbox,
  escapeHtmlAttribute,
  getDefaultEmbedTitle,
  loaderAttribute,
  typicalColumnWidth,
} from './embed-snippet';
import { embedViews, parseUrlState } from './url-state';

const input = {
  embedUrl: 'https://news.example/belarus/embed/?view=chart&from=2020-08-09&to=2020-08-16',
  loaderUrl: 'https://news.example/belarus/embed.js',
  title: 'Detentions after the vote',
  view: 'chart',
} as const;

/** Parses pasted HTML the way a CMS's page would. */
function paste(html: string): HTMLElement {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
  return body;
}

describe('buildLoaderSnippet', () => {
  it('is one line: a div naming the embed and its title, then the async loader', () => {
    const snippet = buildLoaderSnippet(input);
    expect(snippet).not.toContain('\n');
    const body = paste(snippet);
    const div = body.querySelector(`div[${loaderAttribute}]`);
    expect(div?.getAttribute(loaderAttribute)).toBe(input.embedUrl);
    expect(div?.getAttribute('data-title')).toBe(input.title);
    const script = body.querySelector('script');
    expect(script?.getAttribute('src')).toBe(input.loaderUrl);
    expect(script?.hasAttribute('async')).toBe(true);
  });

  it('reserves the view’s height per width band in CSS, before any script runs', () => {
    const div = paste(buildLoaderSnippet(input)).querySelector('div');
    expect(div?.getAttribute('style')).toBe(`padding-top:${getInitialEmbedHeightCss('chart', '100%')}`);
  });

  it('keeps a hostile title or URL inside its attribute', () => {
    const title = `"><script>alert(1)</script><b title='x`;
    const embedUrl = `${input.embedUrl}&x="><img src=x onerror=alert(1)>`;
    const body = paste(buildLoaderSnippet({ ...input, title, embedUrl }));
    expect(body.querySelectorAll('script')).toHaveLength(1);
    expect(body.querySelector('img, b')).toBeNull();
    expect(body.querySelector('div')?.getAttribute('data-title')).toBe(title);
    expect(body.querySelector('div')?.getAttribute(loaderAttribute)).toBe(embedUrl);
  });
});

describe('buildIframeSnippet', () => {
  it('is a lazy, titled, sandboxed iframe at the typical column’s height', () => {
    const iframe = paste(buildIframeSnippet(input)).querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe(input.embedUrl);
    expect(iframe?.getAttribute('title')).toBe(input.title);
    expect(iframe?.getAttribute('loading')).toBe('lazy');
    expect(iframe?.getAttribute('sandbox')).toBe(embedSandbox);
    expect(iframe?.getAttribute('height')).toBe(String(getInitialEmbedHeight('chart', typicalColumnWidth)));
  });

  it('needs no script', () => {
    expect(paste(buildIframeSnippet(input)).querySelector('script')).toBeNull();
  });
});

describe('escapeHtmlAttribute', () => {
  it('escapes the five characters that can end or open markup', () => {
    expect(escapeHtmlAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});

describe('getDefaultEmbedTitle', () => {
  it('gives every view a distinct title, so two frames on a page can be told apart', () => {
    const titles = embedViews.map((view) => getDefaultEmbedTitle(view));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('names the speaker of a single quote', () => {
    expect(getDefaultEmbedTitle('quote', 'Alexander Lukashenko')).toContain('Alexander Lukashenko');
    expect(getDefaultEmbedTitle('chart', 'Alexander Lukashenko')).not.toContain('Alexander Lukashenko');
  });
});

describe('the example article (public/embed-demo.html)', () => {
  const html = readFileSync(resolve(process.cwd(), 'public/embed-demo.html'), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  const snippets = [...page.querySelectorAll(`div[${loaderAttribute}]`)];

  it('shows two embeds in running text, each followed by the loader', () => {
    expect(snippets).toHaveLength(2);
    for (const div of snippets) {
      expect(div.previousElementSibling?.tagName ?? div.parentElement?.previousElementSibling?.tagName).toBe('P');
      expect(div.nextElementSibling?.getAttribute('src')).toBe('./embed.js');
    }
  });

  it('carries the snippets the builder writes today, so its reserved heights match the bands', () => {
    for (const div of snippets) {
      const embedUrl = div.getAttribute(loaderAttribute) ?? '';
      const url = new URL(embedUrl, 'https://example.org/');
      expect(url.pathname).toBe('/embed/');
      const { view } = parseUrlState(url.search).state;
      if (view === null) throw new Error(`${embedUrl} names no view`);
      const title = div.getAttribute('data-title') ?? '';
      const expected = paste(buildLoaderSnippet({ embedUrl, loaderUrl: './embed.js', title, view })).querySelector(
        'div',
      );
      expect(div.outerHTML).toBe(expected?.outerHTML);
    }
  });
});
