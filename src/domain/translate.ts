import type { Locale } from './locale';
import type englishSource from './messages/en.json';

/**
 * Interface text is looked up by key in the reader's language (catalogues in ./messages, ICU MessageFormat). Domain
 * functions that write words take the lookup from their caller, so they stay pure and every language gets them.
 */

/** Every interface message's key, from the English catalogue: the one every other catalogue must match. */
export type MessageKey = keyof typeof englishSource;
export type MessageValues = Record<string, string | number>;
export type Catalogue = Record<MessageKey, (values?: MessageValues) => string>;

/** The message `key` in the reader's language, with `values` filled in. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** What a domain function needs to write for a reader: the language, its messages and its Intl locale. */
export interface Wording {
  locale: Locale;
  t: Translate;
  /** The locale for Intl formatters: "en-GB", "be", "ru". */
  intl: string;
}
