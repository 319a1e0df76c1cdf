import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Token } from '@messageformat/parser';
import { compileCatalogue } from '../../scripts/build/messages-plugin';
import { locales } from './locale';

const read = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'messages', `${locale}.json`), 'utf8')) as Record<string, string>;
const english = read('en');

/** Every plural and select in a message, however deeply nested, with the argument names it uses. */
function walk(tokens: Token[], visit: (token: Token) => void) {
  for (const token of tokens) {
    visit(token);
    if (token.type === 'plural' || token.type === 'select' || token.type === 'selectordinal') {
      for (const branch of token.cases) walk(branch.tokens, visit);
    }
  }
}

function argumentNames(message: string): string[] {
  const names = new Set<string>();
  walk(parse(message, { strict: true }), (token) => {
    if (token.type === 'argument' || token.type === 'plural' || token.type === 'select') names.add(token.arg);
  });
  return [...names].sort();
}

describe.each(locales)('the %s catalogue', (locale) => {
  const catalogue = read(locale);

  it('has every key English has, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
  });

  it('parses as ICU MessageFormat, using the same values as English', () => {
    for (const [key, message] of Object.entries(catalogue)) {
      expect({ key, names: argumentNames(message) }).toEqual({ key, names: argumentNames(english[key] ?? '') });
    }
  });

  it('gives every plural each form the language needs', () => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(catalogue)) {
      walk(parse(message, { strict: true }), (token) => {
        if (token.type !== 'plural') return;
        const forms = token.cases.map((branch) => branch.key);
        expect({ key, missing: needed.filter((form) => !forms.includes(form)) }).toEqual({ key, missing: [] });
      });
    }
  });

  it('compiles for the page', () => {
    expect(() => compileCatalogue(locale, JSON.stringify(catalogue))).not.toThrow();
  });
});
