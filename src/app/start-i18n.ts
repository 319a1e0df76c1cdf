import { pickLocale } from '../domain/locale';
import { parseUrlState } from '../domain/url-state';
import { loadCatalogue } from '../ui/i18n/catalogue';
import { createI18n, type I18n } from '../ui/i18n/i18n';

/**
 * The page's language, from `lang=` or the reader's browser languages, with its catalogue loaded: the page renders
 * once, in that language, rather than in English first and then again. <html lang> follows it.
 */
export async function startI18n(search: string): Promise<I18n> {
  const locale = pickLocale(parseUrlState(search).state.lang, navigator.languages ?? []);
  document.documentElement.lang = locale;
  return createI18n(locale, await loadCatalogue(locale));
}
