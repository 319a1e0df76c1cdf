/**
 * public/legacy-embed.js is a plain file the dashboard's page loads, so it is tested as it ships: the file itself,
 * run against a page address, with `location.replace` recorded instead of followed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDashboardUrl } from './embed-url';
import { parseUrlState } from './url-state';

const redirectSource = readFileSync(resolve(process.cwd(), 'public/legacy-embed.js'), 'utf8');

/** Where the script sends a page opened at `url`, or null when it leaves the page alone. */
function redirectFrom(url: string): string | null {
  const { search, hash, href } = new URL(url);
  const replaced: string[] = [];
  const location = { search, hash, replace: (to: string) => replaced.push(new URL(to, href).href) };
  // The file reads the page's `location`, as a <script> would; here it is handed a stand-in.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- running the shipped file is the point
  (new Function('location', redirectSource) as (location: unknown) => void)(location);
  expect(replaced.length).toBeLessThanOrEqual(1);
  return replaced[0] ?? null;
}

describe('legacy-embed.js', () => {
  it('sends an old embed URL to the embed page, beside the dashboard, with every other parameter kept', () => {
    expect(redirectFrom('https://news.example/belarus/?embed=1&view=chart&actor=lukashenko')).toBe(
      'https://news.example/belarus/embed/?view=chart&actor=lukashenko',
    );
    expect(redirectFrom('https://news.example/belarus/index.html?view=map&embed=1')).toBe(
      'https://news.example/belarus/embed/?view=map',
    );
  });

  it('keeps what pym.js appended exactly as written, so the frame still answers to its childId', () => {
    const pym =
      '&initialWidth=620&childId=detentions-chart&parentTitle=A%20story&parentUrl=https%3A%2F%2Fpaper.example%2Fstory';
    const target = redirectFrom(`https://news.example/belarus/?embed=1&view=chart&actor=a,b${pym}`) ?? '';
    expect(target).toBe(`https://news.example/belarus/embed/?view=chart&actor=a,b${pym}`);
    expect(parseUrlState(new URL(target).search).state).toMatchObject({
      view: 'chart',
      childId: 'detentions-chart',
      filters: { actorIds: ['a', 'b'] },
    });
  });

  it('keeps the fragment, and sends a bare `embed=1` to the embed page with no query', () => {
    expect(redirectFrom('https://news.example/?embed=1#x')).toBe('https://news.example/embed/#x');
  });

  it('reads `embed` as the app always has: the first value, trimmed, is 1', () => {
    expect(redirectFrom('https://news.example/?embed=%201%20&view=map')).toBe('https://news.example/embed/?view=map');
    expect(redirectFrom('https://news.example/?embed=1&embed=0')).toBe('https://news.example/embed/');
    expect(redirectFrom('https://news.example/?embed=0&embed=1')).toBeNull();
  });

  it('leaves the dashboard alone: no embed, embed=0, or a parameter that only looks like it', () => {
    for (const url of [
      'https://news.example/belarus/',
      'https://news.example/belarus/?actor=lukashenko&view=chart',
      'https://news.example/belarus/?embed=0&actor=lukashenko',
      'https://news.example/belarus/?embedded=1',
      'https://news.example/belarus/?x=embed%3D1',
    ]) {
      expect(redirectFrom(url)).toBeNull();
    }
  });

  it('lands where the embed page’s own links lead back from: the same dashboard', () => {
    const target = redirectFrom('https://news.example/belarus/?embed=1&view=chart&from=2020-08-16') ?? '';
    expect(buildDashboardUrl(target, parseUrlState(new URL(target).search).state)).toBe(
      'https://news.example/belarus/?from=2020-08-16',
    );
  });

  it('stays tiny: the dashboard loads it on every visit', () => {
    expect(gzipSync(redirectSource, { level: 9 }).length).toBeLessThan(512);
  });
});
