import type { Locale } from '../../domain/locale';
import type { Catalogue } from '../../domain/translate';

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
