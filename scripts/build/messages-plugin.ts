/**
 * The interface's message catalogues (src/domain/messages/<locale>.json, ICU MessageFormat) compiled at build time
 * into plain functions, so the page ships no message parser: `import messages from 'virtual:messages/be'` is a
 * module of `key: (values) => string`, needing only @messageformat/runtime's plural helpers (well under 1 kB).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import type { Plugin } from 'vite';

const prefix = 'virtual:messages/';
const resolvedPrefix = `\0${prefix}`;

/** Where a locale's catalogue lives, relative to the project root. */
export const cataloguePath = (root: string, locale: string) => resolve(root, 'src/domain/messages', `${locale}.json`);

/** A catalogue's JSON source as an ES module of compiled message functions. */
export function compileCatalogue(locale: string, source: string): string {
  const messages = JSON.parse(source) as Record<string, string>;
  return compileModule(new MessageFormat(locale, { strict: true }), messages);
}

export function messagesPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'messages',
    configResolved(config) {
      root = config.root;
    },
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(resolvedPrefix)) return null;
      const locale = id.slice(resolvedPrefix.length);
      if (!/^[a-z]{2}$/.test(locale)) throw new Error(`No message catalogue for "${locale}"`);
      const file = cataloguePath(root, locale);
      this.addWatchFile(file);
      return compileCatalogue(locale, readFileSync(file, 'utf8'));
    },
  };
}
