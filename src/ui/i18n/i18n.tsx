import { createContext, useContext, type ReactNode } from 'react';
import { intlLocale, type Locale } from '../../domain/locale';
import { englishCatalogue, type Catalogue, type MessageKey, type MessageValues } from './catalogue';

export interface I18n {
  locale: Locale;
  /** The locale for Intl formatters (dates, numbers). */
  intl: string;
  /** The message `key` in the reader's language, with `values` filled in (ICU MessageFormat). */
  t: (key: MessageKey, values?: MessageValues) => string;
}

export function createI18n(locale: Locale, catalogue: Catalogue): I18n {
  // A key missing from a catalogue falls back to English rather than showing a blank (a unit test forbids it).
  const t = (key: MessageKey, values?: MessageValues) => (catalogue[key] ?? englishCatalogue[key])(values);
  return { locale, intl: intlLocale[locale], t };
}

const I18nContext = createContext<I18n>(createI18n('en', englishCatalogue));

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/** The reader's language and its messages. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
