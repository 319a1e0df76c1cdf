// @vitest-environment jsdom
/**
 * public/embed.js must stay a plain script with no imports, so it is tested as newsrooms run it: the file
 * itself, evaluated in a page. The shared message cases keep its height check in step with pym-messages.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildLoaderSnippet, embedSandbox, loaderAttribute } from './embed-snippet';
import { buildPymHeightMessage, parsePymHeight } from './pym-messages';
import { getSnippetFallback } from './static-images';
import { testWording } from '../test/wording';

const loaderSource = readFileSync(resolve(process.cwd(), 'public/embed.js'), 'utf8');
const embedOrigin = 'https://data.example';

declare global {
  interface Window {
    belarusEmbed?: { scan: () => void };
  }
}

function runLoader() {
  // The file is an IIFE that reads `window` and `document`, as a <script> would.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the shipped file is the point
  (new Function(loaderSource) as () => void)();
}

function pasteSnippet(view: 'chart' | 'quote' = 'chart', title = 'Detentions after the vote') {
  const html = buildLoaderSnippet({
    embedUrl: `${embedOrigin}/belarus/embed/?view=${view}`,
    loaderUrl: `${embedOrigin}/belarus/embed.js`,
    title,
    view,
  });
  // innerHTML does not run the <script>; the tests run the loader themselves.
  document.body.insertAdjacentHTML('beforeend', html);
}

/** A pym.js message of any type, written out as the format says, whatever the app itself would send. */
const pymMessage = (childId: string, type: string, payload: string) => `pymxPYMx${childId}xPYMx${type}xPYMx${payload}`;
const frames = () => [...document.querySelectorAll('iframe')];
const childIdOf = (iframe: HTMLIFrameElement) => new URL(iframe.src).searchParams.get('childId') ?? '';

function post(data: unknown, origin: string, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

beforeEach(() => {
  delete window.belarusEmbed;
  document.body.innerHTML = '';
});

describe('embed.js turning snippets into frames', () => {
  it('makes one lazy, titled, sandboxed iframe per snippet, each with its own childId', () => {
    pasteSnippet('chart', 'Detentions');
    pasteSnippet('quote', 'What Lukashenko said');
    runLoader();
    const [chart, quote] = frames();
    expect(chart?.title).toBe('Detentions');
    expect(quote?.title).toBe('What Lukashenko said');
    for (const iframe of frames()) {
      expect(iframe.getAttribute('loading')).toBe('lazy');
      expect(iframe.getAttribute('sandbox')).toBe(embedSandbox);
      const src = new URL(iframe.src);
      expect(src.origin + src.pathname).toBe(`${embedOrigin}/belarus/embed/`);
      expect(src.searchParams.get('view')).not.toBeNull();
    }
    expect(chart && quote && childIdOf(chart)).not.toBe(quote && childIdOf(quote));
  });

  it('hands the height the snippet reserved to the frame, so the article does not move', () => {
    pasteSnippet();
    const div = document.querySelector<HTMLElement>(`[${loaderAttribute}]`);
    if (!div) throw new Error('snippet missing');
    // jsdom does no layout; stand in for the 460 px the CSS reserves at this width.
    div.getBoundingClientRect = () => DOMRect.fromRect({ width: 320, height: 460 });
    runLoader();
    expect(frames()[0]?.style.height).toBe('460px');
    expect(div.style.paddingTop).toBe('0px');
  });

  it('replaces the snippet’s fallback image with the frame, keeping the reserved height', () => {
    const html = buildLoaderSnippet({
      embedUrl: `${embedOrigin}/belarus/embed/?view=chart`,
      loaderUrl: `${embedOrigin}/belarus/embed.js`,
      title: 'Detentions after the vote',
      view: 'chart',
      fallback: getSnippetFallback('chart', `${embedOrigin}/belarus/`, testWording('en').t),
    });
    document.body.insertAdjacentHTML('beforeend', html);
    expect(document.querySelector('img')).not.toBeNull();
    runLoader();
    const div = document.querySelector(`div[${loaderAttribute}]`);
    expect(div?.querySelector('img, a')).toBeNull();
    expect(div?.children).toHaveLength(1);
    expect(frames()).toHaveLength(1);
  });

  it('adds no second frame when the script runs again, and picks up snippets added since', () => {
    pasteSnippet();
    runLoader();
    runLoader();
    expect(frames()).toHaveLength(1);
    pasteSnippet('quote');
    runLoader();
    expect(frames()).toHaveLength(2);
  });

  it('ignores a snippet whose URL is not http(s)', () => {
    document.body.innerHTML = `<div ${loaderAttribute}="javascript:alert(1)"></div>`;
    runLoader();
    expect(frames()).toHaveLength(0);
  });
});

describe('embed.js listening for heights', () => {
  function setUpTwo() {
    pasteSnippet('chart');
    pasteSnippet('quote');
    runLoader();
    const [first, second] = frames();
    if (!first?.contentWindow || !second?.contentWindow) throw new Error('frames have no window');
    return { first, second, firstWindow: first.contentWindow, secondWindow: second.contentWindow };
  }

  it('sizes each frame from its own messages only', () => {
    const { first, second, firstWindow, secondWindow } = setUpTwo();
    post(buildPymHeightMessage(childIdOf(first), 612), embedOrigin, firstWindow);
    post(buildPymHeightMessage(childIdOf(second), 288), embedOrigin, secondWindow);
    expect(first.style.height).toBe('612px');
    expect(second.style.height).toBe('288px');
  });

  it('ignores a message from a foreign origin, even from the frame’s own window', () => {
    const { first, firstWindow } = setUpTwo();
    const before = first.style.height;
    post(buildPymHeightMessage(childIdOf(first), 9000), 'https://evil.example', firstWindow);
    expect(first.style.height).toBe(before);
  });

  it('ignores a message naming one frame but sent by another', () => {
    const { first, secondWindow } = setUpTwo();
    const before = first.style.height;
    post(buildPymHeightMessage(childIdOf(first), 9000), embedOrigin, secondWindow);
    post(buildPymHeightMessage(childIdOf(first), 9000), embedOrigin, window);
    expect(first.style.height).toBe(before);
  });

  it('leaves the frame alone when the height has not changed, so a resize cannot loop', () => {
    const { first, firstWindow } = setUpTwo();
    post(buildPymHeightMessage(childIdOf(first), 500), embedOrigin, firstWindow);
    const writes: string[] = [];
    new MutationObserver((records) => writes.push(...records.map((r) => r.attributeName ?? ''))).observe(first, {
      attributes: true,
    });
    post(buildPymHeightMessage(childIdOf(first), 500), embedOrigin, firstWindow);
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(writes).toEqual([]);
        resolve();
      }, 0),
    );
  });

  it('accepts exactly the heights parsePymHeight accepts', () => {
    const { first, firstWindow } = setUpTwo();
    const id = childIdOf(first);
    const cases: unknown[] = [
      buildPymHeightMessage(id, 321),
      buildPymHeightMessage(id, 100_000),
      pymMessage(id, 'height', '100001'),
      pymMessage(id, 'height', '0'),
      pymMessage(id, 'height', '12px'),
      pymMessage(id, 'height', ' 12'),
      pymMessage(id, 'width', '320'),
      pymMessage(`${id}0`, 'height', '320'),
      { sentinel: 'amp', type: 'embed-size', height: 320 },
      320,
    ];
    cases.forEach((data, index) => {
      first.style.height = `${index + 1}px`;
      post(data, embedOrigin, firstWindow);
      const accepted = first.style.height !== `${index + 1}px`;
      expect({ data, accepted }).toEqual({ data, accepted: parsePymHeight(data, id) !== null });
    });
  });
});

describe('embed.js weight', () => {
  it('stays under 2 KB gzipped', () => {
    expect(gzipSync(loaderSource, { level: 9 }).length).toBeLessThan(2048);
  });
});
