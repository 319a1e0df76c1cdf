import type { EditorNames } from '../data/schema';
import type { Locale } from './locale';
import type { Translate } from './translate';

/** An actor or a place: the article's name, and the names an editor may supply per language. */
export interface Named {
  name: string;
  names?: EditorNames;
}

/** The name a reader sees first, and the article's spelling beside it when the two differ. */
export interface DisplayName {
  name: string;
  /** The articles' spelling ("Alexander Lukashenko") when `name` is the editor's; null when `name` is the article's. */
  articleName: string | null;
}

/**
 * The name to show in the reader's language: the editor's name for that language where there is one, with the
 * article's spelling kept beside it; otherwise (and always in English) the article's own name.
 */
export function getDisplayName(named: Named, locale: Locale): DisplayName {
  const editorName = locale === 'en' ? undefined : named.names?.[locale];
  return editorName === undefined
    ? { name: named.name, articleName: null }
    : { name: editorName, articleName: named.name };
}

/** The display name on one line, for options, labels and tooltips: "Мінск (Minsk)", or just "Minsk". */
export function formatDisplayName(display: DisplayName, t: Translate): string {
  return display.articleName === null
    ? display.name
    : t('names.withArticleName', { name: display.name, articleName: display.articleName });
}
