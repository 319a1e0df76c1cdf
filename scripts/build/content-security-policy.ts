import type { Plugin } from 'vite';

/**
 * The production Content-Security-Policy. Scripts, styles, data and images come from our own origin only; the
 * optional tile server (VITE_TILE_URL) is the one exception, and only when configured. No page runs an inline
 * script, so none is admitted. `frame-ancestors` cannot be set from a meta tag and is left open so newsrooms can
 * embed the views: docs/embedding.md lists the headers.
 */
export function contentSecurityPolicy(tileUrl: string | undefined): string {
  const tileOrigin = tileUrl ? ` ${new URL(tileUrl.replace(/\{[a-z]\}/g, 'a')).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
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
 * Adds the policy as a meta tag to each built page (the dashboard's and, in its own build, the embed page's)
 * and to none in development: Vite's dev server needs inline scripts.
 */
export function contentSecurityPolicyPlugin(tileUrl: string | undefined): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(tileUrl) },
        injectTo: 'head-prepend',
      },
    ],
  };
}
