import english from 'virtual:messages/en';
import { intlLocale, type Locale } from '../domain/locale';
import type { Catalogue, Wording } from '../domain/translate';
import { loadCatalogue } from '../ui/i18n/catalogue';

const wordingOf = (locale: Locale, catalogue: Catalogue): Wording => ({
  intl: intlLocale[locale],
  t: (key, values) => catalogue[key](values),
});

/** What a reader with no language set gets: for tests of domain functions that write words. */
export const englishWording = wordingOf('en', english as Catalogue);

/** The Wording a reader of `locale` gets, from its real catalogue. */
export async function loadWording(locale: Locale): Promise<Wording> {
  return wordingOf(locale, await loadCatalogue(locale));
}
