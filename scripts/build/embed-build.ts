/**
 * The embed page's build. React DOM alone is 68 kB gzip, over what an embed may weigh (docs/performance.md), so
 * the embed page (embed/index.html, entry src/embed-main.tsx) is bundled with react, react-dom and the JSX runtime
 * aliased to preact/compat. Aliases hold for a whole build, so this plugin runs a second Vite build inside
 * `vite build` and adds its files to the dashboard's output: dist/embed/index.html and dist/embed/assets/. `vite dev`
 * is untouched: it serves embed/index.html like any page, on React.
 */
import { resolve } from 'node:path';
import { build, type Alias, type Plugin, type PluginOption, type Rolldown } from 'vite';

/** Vite aliases that put preact/compat wherever code (ours or a library's) imports React. */
export const preactAliases: Alias[] = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

/** The embed page, relative to the project root; its build writes the page to the same path under dist/. */
const embedPage = 'embed/index.html';

type OutputFile = Rolldown.OutputChunk | Rolldown.OutputAsset;

const modulePreloadPolyfill = 'vite/modulepreload-polyfill';
const nothing = '\0embed-build:nothing';

/**
 * Vite imports its modulepreload polyfill into the first chunk of every HTML page it builds. The embed page writes
 * no modulepreload link, so the polyfill would be 0.25 kB for nothing: this resolves it to an empty module. Vite's
 * own setting (`modulePreload.polyfill: false`) drops it too, but then adds a feature test of its own instead.
 */
const withoutModulePreloadPolyfill: Plugin = {
  name: 'embed-build:without-modulepreload-polyfill',
  enforce: 'pre',
  resolveId: (id) => (id === modulePreloadPolyfill ? nothing : null),
  load: (id) => (id === nothing ? '' : null),
};

/**
 * Builds the embed page on preact/compat within the production build. `pagePlugins` makes the plugins every page's
 * build needs (React's JSX transform, the CSP meta tag): fresh instances, since this is a build of its own.
 */
export function embedBuildPlugin(pagePlugins: () => PluginOption[]): Plugin {
  let embed: Promise<OutputFile[]> | undefined;
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
        plugins: [withoutModulePreloadPolyfill, ...pagePlugins()],
        resolve: { alias: preactAliases },
        build: {
          target: config.build.target,
          sourcemap: config.build.sourcemap,
          minify: config.build.minify,
          write: false,
          rolldownOptions: {
            input: { embed: resolve(config.root, embedPage) },
            output: {
              entryFileNames: 'embed/assets/[name]-[hash].js',
              chunkFileNames: 'embed/assets/[name]-[hash].js',
              assetFileNames: 'embed/assets/[name]-[hash][extname]',
            },
          },
        },
      }).then((result) => {
        if (!('output' in result) && !Array.isArray(result)) throw new Error('embed build: expected an output');
        const [first] = Array.isArray(result) ? result : [result];
        if (!first) throw new Error('embed build: no output');
        // Should Vite ever name the page differently, fail here rather than ship a build without embeds.
        if (!first.output.some((file) => file.fileName === embedPage)) {
          throw new Error(`embed build: ${embedPage} is not in its output`);
        }
        return first.output;
      });
      // Awaited later; a failure here must not surface as an unhandled rejection first.
      embed.catch(() => undefined);
    },
    async generateBundle() {
      if (!embed) return;
      for (const file of await embed) {
        this.emitFile({
          type: 'asset',
          fileName: file.fileName,
          source: file.type === 'chunk' ? file.code : file.source,
        });
      }
    },
  };
}
