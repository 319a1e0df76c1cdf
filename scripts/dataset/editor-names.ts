import { editorNameLanguages, type EditorNameLanguage, type EditorNames } from '../../src/data/schema';
import type { Location, Problems } from './problems';

/** Letters each language's alphabet lacks, though the other has them: a cheap sign of a name put in the wrong slot. */
const foreignLetters: Record<EditorNameLanguage, RegExp> = {
  be: /[ИиЩщЪъ]/gu,
  ru: /[ІіЎў]/gu,
};

const isEditorNameLanguage = (key: string): key is EditorNameLanguage =>
  (editorNameLanguages as readonly string[]).includes(key);

/**
 * An actor's or place's names per language, as the editor wrote them, checked: a known language, some words, in
 * Cyrillic with the letters of that language, and not the article's own spelling again. Returns the names to
 * publish (only the good ones, sorted by language), or undefined when there are none.
 */
export function checkEditorNames(
  names: Readonly<Record<string, string>> | undefined,
  articleSpellings: readonly string[],
  at: Location,
  problems: Problems,
): EditorNames | undefined {
  if (names === undefined) return undefined;
  const checked: EditorNames = {};
  for (const [language, name] of Object.entries(names)) {
    const reason = isEditorNameLanguage(language)
      ? problemWithName(language, name, articleSpellings)
      : `names: unknown language "${language}": names may be given in ${editorNameLanguages.join(', ')}`;
    if (reason !== null) problems.add(at, reason);
    else if (isEditorNameLanguage(language)) checked[language] = name;
  }
  const sorted = editorNameLanguages.flatMap((language) => {
    const name = checked[language];
    return name === undefined ? [] : [[language, name] as const];
  });
  return sorted.length === 0 ? undefined : Object.fromEntries(sorted);
}

function problemWithName(
  language: EditorNameLanguage,
  name: string,
  articleSpellings: readonly string[],
): string | null {
  const field = `names.${language}`;
  if (name.trim() === '') return `${field}: is empty: write the name, or leave the language out`;
  if (name !== name.trim()) return `${field}: "${name}" has spaces at its start or end`;
  if (articleSpellings.includes(name))
    return `${field}: "${name}" is the article's own spelling: leave the language out, the article's name is shown`;
  const letters = name.match(/\p{L}/gu) ?? [];
  const notCyrillic = letters.filter((letter) => !/\p{Script=Cyrillic}/u.test(letter));
  if (notCyrillic.length > 0)
    return `${field}: "${name}" must be written in Cyrillic (found ${[...new Set(notCyrillic)].join(', ')})`;
  const foreign = name.match(foreignLetters[language]);
  if (foreign !== null)
    return `${field}: "${name}" has letters that ${language === 'be' ? 'Belarusian' : 'Russian'} does not use (${[...new Set(foreign)].join(', ')}): is it in the other language's slot?`;
  return null;
}
