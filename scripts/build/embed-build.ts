/**
 * The embed build. React DOM alone is 68 kB gzip, over what an embed may weigh (docs/performance.md), so the
 * embeds are bundled a second time from the same source with react, react-dom and the JSX runtime aliased to
 * preact/compat. This plugin runs that build inside `vite build`, adds its files to the dashboard's output (all
 * in `embed/assets/`, beside the dashboard's `assets/`), and lets index.html choose between the two
 * (scripts/build/entry-chooser.ts). `vite dev` is untouched: there embeds render on React, through the lazy branch in
 * src/app/app.tsx.
 */
import react from '@vitejs/plugin-react';
import { build, type Alias, type Plugin, type Rolldown } from 'vite';
import { extractEntryTags, renderEntryChooser } from './entry-chooser.ts';

/** Vite aliases that put preact/compat wherever code (ours or a library's) imports React. */
export const preactAliases: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

const entry = 'src/embed-main.tsx';

/** The tags that load an entry chunk, as Vite writes them for a page: stylesheets, module script, preloads. */
function tagsForEntry(output: Rolldown.OutputBundle | (Rolldown.OutputChunk | Rolldown.OutputAsset)[]): string {
  const files = Object.values(output);
  const chunk = files.find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
  if (!chunk) throw new Error(`embed build: no entry chunk for ${entry}`);
  const css = [...(chunk.viteMetadata?.importedCss ?? [])];
  return [
    ...css.map((file) => `<link rel="stylesheet" crossorigin href="./${file}">`),
    `<script type="module" crossorigin src="./${chunk.fileName}"></script>`,
    ...chunk.imports.map((file) => `<link rel="modulepreload" crossorigin href="./${file}">`),
  ].join('\n');
}

/** Builds the embeds on preact/compat within the production build and makes index.html load them for `embed=1`. */
export function embedBuildPlugin(): Plugin {
  let embed: Promise<{ files: (Rolldown.OutputChunk | Rolldown.OutputAsset)[]; tags: string }> | undefined;
  return {
    name: 'embed-build',
    apply: 'build',
    configResolved(config) {
      // Started here so that it runs alongside the dashboard's build; awaited where its output is needed.
      embed = build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        base: config.base,
        publicDir: false,
        logLevel: 'warn',
        plugins: [react()],
        resolve: { alias: preactAliases },
        build: {
          target: config.build.target,
          sourcemap: config.build.sourcemap,
          write: false,
          rolldownOptions: {
            input: entry,
            output: {
              entryFileNames: 'embed/assets/embed-[hash].js',
              chunkFileNames: 'embed/assets/[name]-[hash].js',
              assetFileNames: 'embed/assets/[name]-[hash][extname]',
            },
          },
        },
      }).then((result) => {
        if (!('output' in result) && !Array.isArray(result)) throw new Error('embed build: expected an output');
        const [first] = Array.isArray(result) ? result : [result];
        if (!first) throw new Error('embed build: no output');
        return { files: first.output, tags: tagsForEntry(first.output) };
      });
      // Awaited later; a failure here must not surface as an unhandled rejection first.
      embed.catch(() => undefined);
    },
    async generateBundle() {
      if (!embed) return;
      for (const file of (await embed).files) {
        this.emitFile({
          type: 'asset',
          fileName: file.fileName,
          source: file.type === 'chunk' ? file.code : file.source,
        });
      }
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!embed) return html;
        const { tags: embedTags } = await embed;
        const { html: bare, tags: dashboardTags } = extractEntryTags(html);
        // Should Vite ever write its tags differently, fail here rather than ship a page that loads nothing.
        if (!dashboardTags.includes('<script')) throw new Error('embed build: no entry script found in index.html');
        return bare.replace(
          '</head>',
          `${renderEntryChooser({ dashboard: dashboardTags, embed: embedTags })}\n</head>`,
        );
      },
    },
  };
}
