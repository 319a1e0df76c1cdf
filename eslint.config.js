import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder of src/features, read from disk, so that a new feature is bound by the zones below on arrival. */
const features = readdirSync(join(import.meta.dirname, 'src', 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const entries = ['./src/main.tsx', './src/embed-main.tsx'];
const reactPackages = ['react', 'react/*', 'react-dom', 'react-dom/*', 'preact', 'preact/*', 'react-leaflet'];

/**
 * The floors of src/, bottom up: data and domain, then ui, then the features, then app and the entries. A file
 * imports only from its own floor or below, and a feature never from another feature: what two features share
 * moves down to src/domain, src/data or src/ui.
 */
const importZones = [
  {
    target: './src/data',
    from: ['./src/domain', './src/ui', './src/features', './src/app', ...entries],
    message: 'src/data is the bottom floor: it imports only itself.',
  },
  {
    target: './src/domain',
    from: ['./src/ui', './src/features', './src/app', ...entries],
    message: 'src/domain is pure logic: it imports only src/data and itself.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/app', ...entries],
    message: 'src/ui is shared by every feature: it imports no feature or app code.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: ['./src/features', './src/app', ...entries],
    except: [`./${feature}`],
    message: 'Features do not import each other or the app; move what they share to src/domain, src/data or src/ui.',
  })),
  { target: './src/app', from: entries, message: 'The entries import the app, not the other way round.' },
];

/** The attributes a reader hears or sees, which must come from the catalogues like any other interface text. */
const translatedAttributes = '/^(aria-label|title|alt|placeholder)$/';
const literalTextMessage =
  'Interface text goes in the message catalogues: add a key to src/domain/messages/en.json (and be.json, ru.json) and render t(key).';

const maxFunctionLines = { max: 120, skipBlankLines: true, skipComments: true, IIFEs: true };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', 'playwright-report', 'bench-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': pluginQuery, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: importZones }],
      'max-lines-per-function': ['error', maxFunctionLines],
    },
  },
  {
    // No React below the ui floor; src/data's query factory is TanStack's queryOptions, which renders nothing.
    files: ['src/domain/**/*.{ts,tsx}', 'src/data/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: reactPackages,
              message: 'src/domain and src/data are free of React: pure functions and data only.',
            },
            {
              group: ['@tanstack/react-query'],
              importNamePattern: '^(?!queryOptions$)',
              message: 'Only the queryOptions factory belongs below the ui floor.',
            },
          ],
        },
      ],
    },
  },
  {
    // Interface text lives in the message catalogues (src/domain/messages), so every language gets it.
    files: ['src/app/**/*.tsx', 'src/features/**/*.tsx', 'src/ui/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-z\\u0400-\\u04FF]/]',
          message: literalTextMessage,
        },
        {
          selector: `JSXAttribute[name.name=${translatedAttributes}] > Literal`,
          message: literalTextMessage,
        },
        {
          selector: `JSXAttribute[name.name=${translatedAttributes}] > JSXExpressionContainer > :matches(Literal, TemplateLiteral)`,
          message: literalTextMessage,
        },
      ],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.stringContaining …) are typed `any`.
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // A describe block is a list of cases, not one function to split.
      'max-lines-per-function': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    extends: [js.configs.recommended],
    rules: { 'max-lines-per-function': ['error', maxFunctionLines] },
  },
  {
    // The redirect for old embed URLs is a module script of our own page.
    files: ['public/legacy-embed.js'],
    languageOptions: { ecmaVersion: 2020, sourceType: 'module', globals: { ...globals.browser } },
    rules: { 'no-var': 'error', 'prefer-const': 'error' },
  },
  {
    // The loader runs as a classic script in whatever page a newsroom pastes it into: ES2017, no modules.
    files: ['public/embed.js'],
    languageOptions: { ecmaVersion: 2017, sourceType: 'script', globals: { ...globals.browser } },
    rules: {
      strict: ['error', 'function'],
      'no-var': 'error',
      'prefer-const': 'error',
      // ES2017 has no `catch {}` without a binding.
      'no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
);
