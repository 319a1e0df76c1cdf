import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { configDefaults } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './scripts/build/content-security-policy.ts';
import { embedBuildPlugin } from './scripts/build/embed-build.ts';
import { messagesPlugin } from './scripts/build/messages-plugin.ts';
import { pageFallbacksPlugin } from './scripts/build/page-fallbacks.ts';
import { thirdPartyLicences } from './scripts/build/third-party-licences.ts';
import { testFilesNeedingIsolation } from './scripts/test-isolation.ts';

// `base: './'` makes every asset and data URL relative, so the build works under any subpath of a newsroom's site.
export default defineConfig(({ mode }) => {
  const licences = thirdPartyLicences(process.cwd());
  // What every page's build needs: this build's page (index.html, the dashboard) and the embed page's own build.
  const env = loadEnv(mode, process.cwd());
  const pagePlugins = () => [
    react(),
    messagesPlugin(),
    contentSecurityPolicyPlugin(env.VITE_TILE_URL),
    // The <noscript> fallbacks and the link-preview tags; VITE_PUBLIC_URL (the dashboard's address) makes them absolute.
    pageFallbacksPlugin(env.VITE_PUBLIC_URL),
    licences.collect(),
  ];
  const logicTests = ['src/**/*.test.ts', 'scripts/**/*.test.ts', '*.test.ts'];
  const componentTests = ['src/**/*.test.tsx'];
  // Only Vitest (mode "test") needs them: a build or a dev server does not read the test files.
  const isolatedTests = mode === 'test' ? testFilesNeedingIsolation(process.cwd(), ['src', 'scripts']) : [];
  const isolatedLogicTests = isolatedTests.filter((file) => file.endsWith('.ts'));
  const isolatedComponentTests = isolatedTests.filter((file) => file.endsWith('.tsx'));
  return {
    base: './',
    // The licences are written once both builds have bundled: dist/THIRD-PARTY-LICENSES.txt covers every page.
    plugins: [...pagePlugins(), embedBuildPlugin(pagePlugins), licences.write],
    build: { target: 'es2022', sourcemap: false },
    preview: { port: 4173, strictPort: true },
    test: {
      globals: true,
      setupFiles: ['src/test/setup.ts'],
      // The build's date rules resolve weekdays; a fixed zone keeps them identical on every machine.
      env: { TZ: 'UTC' },
      // Vitest leaves a core to its own process, which on two cores runs the files one at a time; its own process is
      // idle while they run, and two at once took 95 s against 128 s.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // Starting jsdom was a third of the unit run. Components (.tsx) get it; plain logic runs in Node, and the few
      // .ts tests that need a DOM say so with a `@vitest-environment jsdom` comment.
      // Each kind shares one module graph (and DOM) per worker, which halved the unit run; the files that change what
      // a shared graph would carry over run apart (scripts/test-isolation.ts).
      projects: [
        {
          extends: true,
          test: {
            name: 'logic',
            environment: 'node',
            isolate: false,
            include: logicTests,
            exclude: [...configDefaults.exclude, ...isolatedTests],
          },
        },
        { extends: true, test: { name: 'logic, isolated', environment: 'node', include: isolatedLogicTests } },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            isolate: false,
            setupFiles: ['src/test/setup-components.ts'],
            include: componentTests,
            exclude: [...configDefaults.exclude, ...isolatedTests],
          },
        },
        {
          extends: true,
          test: { name: 'components, isolated', environment: 'jsdom', include: isolatedComponentTests },
        },
      ],
    },
  };
});
