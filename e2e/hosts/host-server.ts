/**
 * A newsroom's page for the embed specs: a tiny static server on `localhost` (the embeds come from
 * 127.0.0.1, so every frame is really cross-origin and cross-site), serving the pages in this folder,
 * pym.js from node_modules, and whatever HTML a spec "pastes" into /pasted.html.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { test as base } from '@playwright/test';

export interface HostServer {
  /** `http://localhost:<port>`: the host page's origin, foreign to the embeds'. */
  origin: string;
  /** `http://127.0.0.1:<port>`: the same server under a third origin, for a frame foreign to both. */
  foreignOrigin: string;
  /** The embeds' base URL (the app under test), as the host pages write it. */
  embedBase: string;
  url: (path: string) => string;
  /** A page of this folder under `foreignOrigin`. */
  foreignUrl: (path: string) => string;
  /** Serves `html` at /pasted.html, as if an editor had pasted a snippet into a blank page. */
  paste: (html: string) => string;
  /** Serves a page of this folder at /pasted.html with `__NAME__` placeholders filled in. */
  pasteInto: (page: string, values: Record<string, string>) => Promise<string>;
}

const folder = import.meta.dirname;
const pymFolder = join(folder, '../../node_modules/pym.js/dist');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };

async function startHostServer(embedBase: string): Promise<{ server: Server; host: HostServer }> {
  let pasted = '<!doctype html><title>Nothing pasted yet</title>';
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, body: string | Buffer, type = types['.html']) => {
      response.writeHead(status, { 'content-type': type ?? 'text/plain', 'cache-control': 'no-store' });
      response.end(body);
    };
    if (path === '/pasted.html') return send(200, pasted);
    const file = path.startsWith('/pym/')
      ? join(pymFolder, path.slice('/pym/'.length))
      : join(folder, path.replace(/^\/+/, ''));
    // Only plain names: nothing outside the two folders is served.
    if (!/^\/(pym\/)?[\w.-]+\.(html|js)$/.test(path)) return send(404, 'not found', 'text/plain');
    readFile(file)
      .then((body) => {
        const text = extname(file) === '.html' ? body.toString('utf8').replaceAll('__EMBED_BASE__', embedBase) : body;
        send(200, text, types[extname(file)]);
      })
      .catch(() => send(404, 'not found', 'text/plain'));
  });
  // '::' with dual-stack accepts both 127.0.0.1 and ::1, whichever `localhost` resolves to first.
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '::', ipv6Only: false }, resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  const foreignOrigin = `http://127.0.0.1:${port}`;
  const host: HostServer = {
    origin,
    foreignOrigin,
    embedBase,
    url: (path) => `${origin}/${path.replace(/^\/+/, '')}`,
    foreignUrl: (path) => `${foreignOrigin}/${path.replace(/^\/+/, '')}`,
    paste(html) {
      pasted = html;
      return `${origin}/pasted.html`;
    },
    async pasteInto(page, values) {
      let html = (await readFile(join(folder, page), 'utf8')).replaceAll('__EMBED_BASE__', embedBase);
      for (const [name, value] of Object.entries(values)) html = html.replaceAll(`__${name}__`, value);
      return host.paste(html);
    },
  };
  return { server, host };
}

/** Specs get `host`, one server per worker. */
export const test = base.extend<object, { host: HostServer }>({
  host: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none
    async ({}, use, workerInfo) => {
      const embedBase = String(workerInfo.project.use.baseURL ?? 'http://127.0.0.1:4173/');
      const { server, host } = await startHostServer(embedBase);
      await use(host);
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
