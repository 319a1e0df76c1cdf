import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The production Content-Security-Policy. Scripts, styles, data and images come from our own origin only; the
 * optional tile server (VITE_TILE_URL) is the one exception, and only when configured. Inline scripts run only
 * if their hash is listed (`scriptHashes`, from `inlineScriptHashes`). `frame-ancestors` cannot be set from a meta
 * tag and is left open so newsrooms can embed the views: docs/embedding.md lists the headers.
 */
export function contentSecurityPolicy(tileUrl: string | undefined, scriptHashes: readonly string[] = []): string {
  const tileOrigin = tileUrl ? ` ${new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin}` : '';
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    "style-src 'self'",
    `img-src 'self' data:${tileOrigin}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * The CSP hash (`sha256-…`) of each inline script a page runs, such as index.html's entry chooser
 * (scripts/build/entry-chooser.ts). Scripts with a `src` and data blocks (`type="application/json"`) need none.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc=/i.test(attributes) || body === '') continue;
    const type = /\btype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue;
    hashes.push(`sha256-${createHash('sha256').update(body).digest('base64')}`);
  }
  return hashes;
}

/**
 * Adds the policy as a meta tag to the built pages only: Vite's dev server needs inline scripts. It runs after
 * the other plugins' changes to the page, so that it sees every inline script it has to admit.
 */
export function contentSecurityPolicyPlugin(tileUrl: string | undefined): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(tileUrl, inlineScriptHashes(html)),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
