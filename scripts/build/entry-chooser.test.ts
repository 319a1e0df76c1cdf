import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../../src/domain/url-state';
import { chooserScript, extractEntryTags, readEntryTags, renderEntryChooser } from './entry-chooser';

const tags = {
  dashboard: '<script type="module" crossorigin src="./assets/index-a.js"></script>',
  embed: '<script type="module" crossorigin src="./embed/assets/embed-b.js"></script>',
};

/** Runs the inline script as the page would, and says which tag set it wrote. */
function choose(search: string): 'dashboard' | 'embed' {
  const written: string[] = [];
  const removed: string[] = [];
  const document = {
    getElementById: () => ({ textContent: JSON.stringify(tags), remove: () => removed.push('data') }),
    currentScript: { remove: () => removed.push('script') },
    write: (html: string) => written.push(html),
  };
  // The very text the page runs, with a stand-in document and location.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating that text is the point of the test
  const run = new Function('document', 'location', chooserScript) as (doc: typeof document, loc: Location) => void;
  run(document, { search } as Location);
  expect(written).toHaveLength(1);
  expect(removed.sort()).toEqual(['data', 'script']);
  return written[0] === tags.embed ? 'embed' : 'dashboard';
}

describe('chooserScript', () => {
  it('loads the embed build for embed URLs newsrooms paste, and the dashboard otherwise', () => {
    expect(choose('?embed=1&view=chart')).toBe('embed');
    expect(choose('?view=map&embed=1&childId=belarus-embed-1')).toBe('embed');
    expect(choose('')).toBe('dashboard');
    expect(choose('?embed=0&view=chart')).toBe('dashboard');
    expect(choose('?actor=lukashenko')).toBe('dashboard');
  });

  it('agrees with the app’s own reading of `embed` for any query string', () => {
    const space = fc.constantFrom('', ' ', '+', '%20', '\u00a0', '%09');
    const value = fc
      .tuple(space, fc.constantFrom('', '1', '0', '01', '%31', 'true'), space)
      .map((parts) => parts.join(''));
    const param = fc
      .tuple(fc.constantFrom('embed', 'Embed', 'embed%3D', 'view', ''), fc.constantFrom('=', ''), value)
      .map((parts) => parts.join(''));
    const search = fc
      .tuple(fc.constantFrom('', '?'), fc.array(param, { maxLength: 4 }))
      .map(([mark, params]) => mark + params.join('&'));
    fc.assert(
      fc.property(search, (query) => {
        expect(choose(query)).toBe(parseUrlState(query).state.embed ? 'embed' : 'dashboard');
      }),
      { numRuns: 500 },
    );
  });
});

describe('extractEntryTags', () => {
  it('takes out the module script, its modulepreloads and the stylesheets, and leaves the rest of the page', () => {
    const html = `<head>
    <link rel="icon" href="data:," />
    <title>t</title>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/query-b.js">
    <link rel="stylesheet" crossorigin href="./assets/index-c.css">
  </head>`;
    const { html: bare, tags: found } = extractEntryTags(html);
    expect(found.split('\n')).toEqual([
      '<script type="module" crossorigin src="./assets/index-a.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/query-b.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index-c.css">',
    ]);
    expect(bare).toContain('<link rel="icon" href="data:," />');
    expect(bare).toContain('<title>t</title>');
    expect(bare).not.toMatch(/assets\//);
  });
});

describe('renderEntryChooser', () => {
  it('keeps both tag sets inert: no tag, no closing </script> inside the data block', () => {
    const html = renderEntryChooser(tags);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('assets/index-a.js"></script>');
  });

  it('is read back by readEntryTags as written', () => {
    expect(readEntryTags(`<head>${renderEntryChooser(tags)}</head>`)).toEqual(tags);
    expect(readEntryTags('<head><script type="module" src="./a.js"></script></head>')).toBeNull();
  });
});
