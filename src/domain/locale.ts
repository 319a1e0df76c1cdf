/** The interface's languages; the articles and their quotes stay in English, as published. */
export const locales = ['en', 'be', 'ru'] as const;
export type Locale = (typeof locales)[number];

export const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value);

/** The Intl locale each interface language formats dates and numbers in: British English keeps "17 August 2020". */
export const intlLocale: Record<Locale, string> = { en: 'en-GB', be: 'be', ru: 'ru' };

/**
 * The interface language: `lang=` when the URL sets one, else the first of the reader's browser languages this
 * interface speaks ("be-BY" → be), else English.
 */
export function pickLocale(urlLang: Locale | null, browserLanguages: readonly string[]): Locale {
  if (urlLang !== null) return urlLang;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-', 1)[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return 'en';
}
