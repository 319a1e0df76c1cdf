/**
 * `npm run size:floor`: what the stack costs on its own. Builds bare pages (no project code) with this
 * project's Vite, React and libraries, and prints the gzip size of their JavaScript, the floor under any
 * page budget: an embed budget below its floor cannot be met by work on the embed's own code. Each page is
 * built twice, on React (the dashboard) and on preact/compat (the embeds, scripts/build/embed-build.ts).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Alias } from 'vite';
import { preactAliases } from '../build/embed-build.ts';
import { projectRoot } from './paths';

// Each page is a whole module that renders `page`; the imports it does not use are tree-shaken away.
const imports = `
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { MapContainer, CircleMarker } from 'react-leaflet';
`;

const pages: Record<string, string> = {
  paragraph: `const page = <p>hello</p>;`,
  '+ TanStack Query + zod/mini': `
    z.config({ jitless: true });
    const schema = z.object({ items: z.array(z.object({ id: z.string().check(z.regex(/^[a-z]+$/)),
      date: z.iso.date(), count: z.nullable(z.number()), kind: z.enum(['a', 'b']) })) });
    const client = new QueryClient();
    function Data() {
      const query = useQuery({ queryKey: ['d'], queryFn: async () => schema.parse(await (await fetch('d.json')).json()) });
      return <p>{query.data?.items.length}</p>;
    }
    const page = <QueryClientProvider client={client}><Data /></QueryClientProvider>;`,
  '+ react-leaflet, one marker': `const page = (
    <MapContainer center={[53, 27]} zoom={5} style={{ height: 400 }}><CircleMarker center={[53, 27]} radius={5} /></MapContainer>
  );`,
};

// Inside the project, so that the pages resolve its node_modules.
const work = join(projectRoot, 'node_modules', '.cache', 'stack-floor');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const renderers: [string, Alias[]][] = [
  ['React DOM', []],
  ['preact/compat', preactAliases],
];

/** Builds one bare page and returns the gzip size of all its JavaScript. */
async function measure(dir: string, body: string, alias: Alias[]): Promise<number> {
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<div id="root"></div><script type="module" src="./main.tsx"></script>');
  writeFileSync(
    join(dir, 'main.tsx'),
    `${imports}\n${body}\ncreateRoot(document.getElementById('root')!).render(page);\n`,
  );
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    resolve: { alias },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true },
  });
  const assets = join(dir, 'dist', 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
}

try {
  console.log(`${renderers.map(([name]) => name.padStart(14)).join('')}  page (kB, gzip)`);
  for (const [index, [name, body]] of Object.entries(pages).entries()) {
    const sizes: number[] = [];
    for (const [renderer, alias] of renderers)
      sizes.push(await measure(join(work, `${index}-${renderer.replace(/\W/g, '')}`), body, alias));
    console.log(`${sizes.map((bytes) => (bytes / 1000).toFixed(1).padStart(14)).join('')}  ${name}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
