import belarusian from 'virtual:messages/be';
import english from 'virtual:messages/en';
import russian from 'virtual:messages/ru';
import { intlLocale, locales, type Locale } from '../domain/locale';
import type { Catalogue, Wording } from '../domain/translate';

const catalogues = { en: english, be: belarusian, ru: russian } as Record<Locale, Catalogue>;

const wordings = Object.fromEntries(
  locales.map((locale) => {
    const catalogue = catalogues[locale];
    const wording: Wording = { locale, intl: intlLocale[locale], t: (key, values) => catalogue[key](values) };
    return [locale, wording];
  }),
) as Record<Locale, Wording>;

/** A reader's words from the real catalogue, as a page gives them to domain functions: for domain tests. */
export const testWording = (locale: Locale): Wording => wordings[locale];
