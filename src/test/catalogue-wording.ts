import belarusian from 'virtual:messages/be';
import english from 'virtual:messages/en';
import russian from 'virtual:messages/ru';
import { intlLocale, type Locale } from '../domain/locale';
import type { Catalogue, Wording } from '../domain/translate';

const catalogues: Record<Locale, unknown> = { en: english, be: belarusian, ru: russian };

/** The wording a page in `locale` hands to domain functions: its catalogue's messages and its Intl locale. */
export function wordingFor(locale: Locale): Wording {
  const catalogue = catalogues[locale] as Catalogue;
  return { intl: intlLocale[locale], t: (key, values) => catalogue[key](values) };
}
