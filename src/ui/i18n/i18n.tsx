import { createContext, useContext, type ReactNode } from 'react';
import { intlLocale, type Locale } from '../../domain/locale';
import type { Catalogue, MessageKey, MessageValues, Wording } from '../../domain/translate';

/** The reader's language, its messages and its Intl locale: pass it to domain functions that write words. */
export type I18n = Wording;

export function createI18n(locale: Locale, catalogue: Catalogue): I18n {
  // catalogues.test.ts makes every catalogue hold every key; a key still missing shows as itself, never a blank.
  const t = (key: MessageKey, values?: MessageValues) => catalogue[key]?.(values) ?? key;
  return { locale, intl: intlLocale[locale], t };
}

/**
 * Outside a provider (a component's unit test) messages come from the catalogue the test setup registers: the pages
 * always provide one, loaded before their first render, so no catalogue is bundled into the shell for this default.
 */
let catalogueOutsideProvider = {} as Catalogue;
export function setCatalogueOutsideProvider(catalogue: Catalogue) {
  catalogueOutsideProvider = catalogue;
}
const I18nContext = createContext<I18n>({
  locale: 'en',
  intl: intlLocale.en,
  t: (key, values) => createI18n('en', catalogueOutsideProvider).t(key, values),
});

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext value={i18n}>{children}</I18nContext>;
}

/** The reader's language and its messages. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
