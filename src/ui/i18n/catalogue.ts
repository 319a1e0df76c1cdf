import type { Locale } from '../../domain/locale';
import type englishSource from './messages/en.json';

/** Every interface message's key, from the English catalogue: the one every other catalogue must match. */
export type MessageKey = keyof typeof englishSource;
export type MessageValues = Record<string, string | number>;
export type Catalogue = Record<MessageKey, (values?: MessageValues) => string>;

/**
 * Every catalogue, English too, is a chunk of its own, loaded as the page starts: the dashboard's shell has a budget
 * (docs/performance.md) that the interface's text would otherwise eat into, and a reader downloads one language.
 */
const catalogues: Record<Locale, () => Promise<{ default: unknown }>> = {
  en: () => import('virtual:messages/en'),
  be: () => import('virtual:messages/be'),
  ru: () => import('virtual:messages/ru'),
};

export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const module = await catalogues[locale]();
  return module.default as Catalogue;
}
