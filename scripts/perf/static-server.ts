/**
 * A tiny static server for the production build, used by the bench, the budget check and Lighthouse. It
 * listens on a free port and can answer chosen paths from other files, so a 70 MB synthetic dataset streams
 * from disk in place of data/dataset.json instead of being pushed through the browser protocol by `page.route`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.webmanifest']);
// Past this, compressing on the fly would cost the measured browser CPU time on this 2-core machine.
const MAX_COMPRESSED_BYTES = 5_000_000;

export interface StaticServerOptions {
  /** URL paths (`/data/dataset.json`) answered from other files. */
  overrides?: Record<string, string>;
  /**
   * Serve as a production host would: gzip text and let hashed assets be cached for a year. Lighthouse audits
   * both; the bench leaves them off so every run starts cold and the server spends no CPU on compression.
   */
  production?: boolean;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const base = resolve(root);
  const overrides = options.overrides ?? {};
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const override = overrides[pathname];
    let file = override ?? join(base, normalize(pathname));
    if (override === undefined && !(file === base || file.startsWith(base + sep))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const size = statSync(file).size;
    const headers: Record<string, string | number> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control':
        options.production && /^\/(?:embed\/)?assets\//.test(pathname)
          ? 'public, max-age=31536000, immutable'
          : 'no-store',
    };
    const gzip =
      options.production &&
      COMPRESSIBLE.has(extname(file)) &&
      size <= MAX_COMPRESSED_BYTES &&
      /\bgzip\b/.test(String(request.headers['accept-encoding']));
    if (gzip) {
      let body = compressed.get(file);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 9 });
        compressed.set(file, body);
      }
      response.writeHead(200, {
        ...headers,
        'content-encoding': 'gzip',
        'content-length': body.length,
        vary: 'Accept-Encoding',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, { ...headers, 'content-length': size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
