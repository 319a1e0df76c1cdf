import english from 'virtual:messages/en';
import type { Locale } from '../../domain/locale';
import type englishSource from './messages/en.json';

/** Every interface message's key, from the English catalogue: the one every other catalogue must match. */
export type MessageKey = keyof typeof englishSource;
export type MessageValues = Record<string, string | number>;
export type Catalogue = Record<MessageKey, (values?: MessageValues) => string>;

export const englishCatalogue = english as Catalogue;

/** The other languages' catalogues are chunks of their own, loaded only by a reader who reads that language. */
const otherCatalogues: Record<Exclude<Locale, 'en'>, () => Promise<{ default: unknown }>> = {
  be: () => import('virtual:messages/be'),
  ru: () => import('virtual:messages/ru'),
};

export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  if (locale === 'en') return englishCatalogue;
  const module = await otherCatalogues[locale]();
  return module.default as Catalogue;
}
