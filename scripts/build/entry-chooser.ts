/**
 * One index.html, two builds: the dashboard on React and the embeds on preact/compat (scripts/build/embed-build.ts).
 * A static host cannot route on the query string, and an embed URL a newsroom pasted years ago must keep
 * working, so the page itself chooses. The script and stylesheet tags of both builds sit in an inert JSON block;
 * a small inline script writes one set into the page while the parser is still in <head>. Written by the parser,
 * the tags behave exactly as if they were static (render-blocking CSS, module script, modulepreloads), and the
 * other build's files are never fetched, not even by the preload scanner, which does not look inside JSON.
 */

export interface EntryTags {
  /** The dashboard build's tags, as Vite wrote them into index.html. */
  dashboard: string;
  /** The embed build's tags. */
  embed: string;
}

const blockId = 'entry-tags';

// The same test as parseUrlState's `embed` (src/domain/url-state.ts), written out because the page's first
// script must not wait for a module; entry-chooser.test.ts holds the two together. ES5 syntax, no modules.
// Once the tags are written the data block and the script have done their job and leave the DOM, which then
// holds no inline script at all (e2e/hostile-data.spec.ts checks that data never adds one).
export const chooserScript =
  `(function () {` +
  ` var block = document.getElementById('${blockId}');` +
  ` var tags = JSON.parse(block.textContent);` +
  ` var embed = new URLSearchParams(location.search).get('embed');` +
  ` document.write(embed !== null && embed.trim() === '1' ? tags.embed : tags.dashboard);` +
  ` block.remove();` +
  ` document.currentScript.remove();` +
  ` })();`;

// The tags Vite injects for a page's entry: its module script, the modulepreloads and the stylesheets.
const entryTagPattern =
  /[ \t]*(?:<script\b[^>]*\btype="module"[^>]*\bsrc="[^"]*"[^>]*><\/script>|<link\b[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*>)\n?/g;

/** Takes the entry tags out of a built page: the page without them, and the tags in their order. */
export function extractEntryTags(html: string): { html: string; tags: string } {
  const tags = [...html.matchAll(entryTagPattern)].map((match) => match[0].trim());
  return { html: html.replace(entryTagPattern, ''), tags: tags.join('\n') };
}

/** The JSON block and the inline script that write the dashboard's or the embed's tags into the page. */
export function renderEntryChooser(tags: EntryTags): string {
  // `<` escaped so that nothing in the block looks like a tag, least of all a closing </script>.
  const json = JSON.stringify(tags).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${blockId}">${json}</script>\n<script>${chooserScript}</script>`;
}

/** The tag sets of a page built with the chooser, or null for a page that loads its scripts statically. */
export function readEntryTags(html: string): EntryTags | null {
  const match = new RegExp(`<script type="application/json" id="${blockId}">([^<]*)</script>`).exec(html);
  return match?.[1] === undefined ? null : (JSON.parse(match[1]) as EntryTags);
}
