// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getInitialEmbedHeight, getInitialEmbedHeightCss } from './embed-initial-height';
import {
  buildFallback,
  buildIframeSnippet,
  buildLoaderSnippet,
  buildPymSnippet,
  defaultPymUrl,
  embedSandbox,
  escapeHtmlAttribute,
  getDefaultEmbedTitle,
  loaderAttribute,
  typicalColumnWidth,
} from './embed-snippet';
import { altKeys, getSnippetFallback, getStaticImage, staticImages } from './static-images';
import { embedViews, parseUrlState } from './url-state';
import { testWording } from '../test/wording';

const { t } = testWording('en');

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

describe('the fallback, for readers without JavaScript, RSS readers and apps', () => {
  const fallback = getSnippetFallback('chart', 'https://news.example/belarus/', t);

  it('puts the view’s image, with its alt text and size, in a link to the full dashboard inside the loader’s div', () => {
    const div = paste(buildLoaderSnippet({ ...input, fallback })).querySelector('div');
    const link = div?.querySelector('a');
    const image = link?.querySelector('img');
    const chart = getStaticImage('chart');
    expect(link?.getAttribute('href')).toBe('https://news.example/belarus/');
    expect(image?.getAttribute('src')).toBe('https://news.example/belarus/images/chart.png');
    expect(image?.getAttribute('alt')).toBe(chart.alt);
    expect([image?.getAttribute('width'), image?.getAttribute('height')]).toEqual(['640', '720']);
  });

  it('lays the fallback over the reserved box, so the box keeps the height the frame takes over', () => {
    const div = paste(buildLoaderSnippet({ ...input, fallback })).querySelector('div');
    expect(div?.getAttribute('style')).toBe(
      `position:relative;padding-top:${getInitialEmbedHeightCss('chart', '100%')}`,
    );
    expect(div?.querySelector('a')?.getAttribute('style')).toContain('position:absolute');
  });

  it('gives a quote a text link, since the image shows another quote', () => {
    const quoteFallback = getSnippetFallback('quote', 'https://news.example/belarus/', t);
    const body = paste(buildFallback(quoteFallback, 'Lukashenko, quoted during the 2020 Belarus protests'));
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelector('a')?.textContent).toBe(
      'Lukashenko, quoted during the 2020 Belarus protests: open the full dashboard',
    );
  });

  it('on its own, is a link around an image that scales down with the column, with no script', () => {
    const body = paste(buildFallback(fallback, input.title));
    expect(body.querySelector('script')).toBeNull();
    expect(body.querySelector('a')?.hasAttribute('style')).toBe(false);
    expect(body.querySelector('img')?.getAttribute('style')).toBe('max-width:100%;height:auto');
  });

  it('keeps a hostile address or title inside its attribute', () => {
    const hostile = { linkUrl: `x"><script>alert(1)</script>`, openLabel: '<b>open</b>', image: null };
    const body = paste(buildFallback(hostile, `<img src=x onerror=alert(1)>`));
    expect(body.querySelector('script, img')).toBeNull();
    expect(body.querySelector('a')?.getAttribute('href')).toBe(hostile.linkUrl);
  });

  it('carries in English the alt texts the pages built for readers without JavaScript carry', () => {
    for (const image of staticImages) expect(t(altKeys[image.name])).toBe(image.alt);
  });

  it('speaks the language it is made in: the image’s alt text and the quote’s link', () => {
    const russian = testWording('ru');
    const chart = getSnippetFallback('chart', 'https://news.example/belarus/', russian.t);
    expect(chart.image?.alt).toBe(
      'График задержаний во время протестов 2020 года в Беларуси по дням, по данным пяти статей; ' +
        'каждая точка подписана словами статей',
    );
    const belarusian = testWording('be');
    const quote = getSnippetFallback('quote', 'https://news.example/belarus/', belarusian.t);
    const title = getDefaultEmbedTitle('quote', belarusian.t, 'Alexander Lukashenko');
    expect(paste(buildFallback(quote, title)).querySelector('a')?.textContent).toBe(
      'Alexander Lukashenko: цытата часоў пратэстаў 2020 года ў Беларусі: адкрыць поўную панэль',
    );
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

  it('with a fallback, lays the view’s linked image under the frame, in a box of the frame’s height', () => {
    const fallback = getSnippetFallback('chart', 'https://news.example/belarus/', testWording('en').t);
    const body = paste(buildIframeSnippet({ ...input, fallback }));
    const box = body.firstElementChild as HTMLElement;
    expect(box.style.height).toBe(`${getInitialEmbedHeight('chart', typicalColumnWidth)}px`);
    // The image first and the frame after it: both positioned, the frame paints over the image once it loads.
    expect([...box.children].map((child) => child.tagName)).toEqual(['A', 'IFRAME']);
    expect(box.querySelector('a')?.getAttribute('href')).toBe(fallback.linkUrl);
    expect(box.querySelector('img')?.getAttribute('alt')).toBe(fallback.image?.alt);
    expect(box.querySelector('iframe')?.style.position).toBe('absolute');
  });
});

describe('buildPymSnippet', () => {
  const pymInput = { embedUrl: input.embedUrl, title: input.title, view: input.view };

  /** Runs the snippet's inline script against a stand-in pym.js, as the host page would run it. */
  function run(snippet: string) {
    const body = paste(snippet);
    const inline = [...body.querySelectorAll('script')].filter((script) => !script.hasAttribute('src'));
    const calls: unknown[][] = [];
    const pym = {
      Parent: function Parent(...args: unknown[]) {
        calls.push(args);
      },
    };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the pasted script, as a page would, is the point
    for (const script of inline) (new Function('pym', script.textContent) as (stand: typeof pym) => void)(pym);
    return { body, calls };
  }

  it('loads pym.js and makes one Parent for its own container, with the embed URL and title', () => {
    const { body, calls } = run(buildPymSnippet(pymInput));
    expect(body.querySelector('script[src]')?.getAttribute('src')).toBe(defaultPymUrl);
    const [containerId, url, config] = calls[0] ?? [];
    expect(calls).toHaveLength(1);
    expect(body.querySelector('div')?.id).toBe(containerId);
    expect(url).toBe(input.embedUrl);
    expect(config).toMatchObject({ title: input.title });
  });

  it('hears only the embed’s origin, sandboxes the frame as the loader does and sends the embed no parent URL', () => {
    const { calls } = run(buildPymSnippet(pymInput));
    const config = calls[0]?.[2] as { xdomain: string; sandbox: string; optionalparams: boolean };
    expect(config.sandbox).toBe(embedSandbox);
    expect(config.optionalparams).toBe(false);
    // pym.js tests an origin with new RegExp(xdomain + '$').
    const heard = (origin: string) => new RegExp(`${config.xdomain}$`).test(origin);
    expect(heard('https://news.example')).toBe(true);
    for (const origin of [
      'https://evil.test',
      'https://news.example.evil.test',
      'https://evilnews.example',
      'https://newsXexample',
      'http://news.example',
      'https://news.example:8443',
    ])
      expect(heard(origin), origin).toBe(false);
  });

  it('keeps a hostile title or URL inside its string', () => {
    const title = `</script><script>alert(1)</script>'"`;
    const embedUrl = `${input.embedUrl}&x=</script><img src=x onerror=alert(1)>`;
    const { body, calls } = run(buildPymSnippet({ ...pymInput, title, embedUrl }));
    expect(body.querySelectorAll('script')).toHaveLength(2);
    expect(body.querySelector('img')).toBeNull();
    expect(calls[0]?.[1]).toBe(embedUrl);
    expect(calls[0]?.[2]).toMatchObject({ title });
  });

  it('gives two embeds of one page different containers', () => {
    const chart = run(buildPymSnippet(pymInput)).body.querySelector('div')?.id;
    const filtered = run(
      buildPymSnippet({ ...pymInput, embedUrl: `${input.embedUrl}&actor=lukashenko` }),
    ).body.querySelector('div')?.id;
    expect(chart).not.toBe(filtered);
  });
});

describe('escapeHtmlAttribute', () => {
  it('escapes the five characters that can end or open markup', () => {
    expect(escapeHtmlAttribute(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
});

describe('getDefaultEmbedTitle', () => {
  it('gives every view a distinct title, so two frames on a page can be told apart', () => {
    const titles = embedViews.map((view) => getDefaultEmbedTitle(view, t));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('names the speaker of a single quote', () => {
    expect(getDefaultEmbedTitle('quote', t, 'Alexander Lukashenko')).toContain('Alexander Lukashenko');
    expect(getDefaultEmbedTitle('chart', t, 'Alexander Lukashenko')).not.toContain('Alexander Lukashenko');
  });

  it('is in the reader’s language', () => {
    const russian = testWording('ru');
    expect(getDefaultEmbedTitle('map', russian.t)).toBe('Карта протестов 2020 года в Беларуси');
    expect(getDefaultEmbedTitle('chart', t)).toBe('Detentions and crowds during the 2020 Belarus protests');
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
      const fallback = getSnippetFallback(view, './', t);
      const expected = paste(
        buildLoaderSnippet({ embedUrl, loaderUrl: './embed.js', title, view, fallback }),
      ).querySelector('div');
      expect(div.outerHTML).toBe(expected?.outerHTML);
    }
  });
});

describe('the pym.js recipe in docs/embedding.md', () => {
  it('is the snippet the builder writes, so the documented recipe has the same protections', () => {
    const docs = readFileSync(resolve(process.cwd(), 'docs/embedding.md'), 'utf8');
    const snippet = buildPymSnippet({
      embedUrl: 'https://example.org/belarus-2020/embed/?view=chart',
      title: getDefaultEmbedTitle('chart', t),
      view: 'chart',
    });
    expect(docs).toContain(`\n${snippet}\n`);
  });
});
