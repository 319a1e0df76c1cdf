/**
 * Intl's formatters for the reader's locale, with one gap filled: Chromium ships no Belarusian locale data, so there
 * `be` would fall back to American English ("Aug 14, 2020", "20,000") in the middle of Belarusian sentences. Where
 * the runtime lacks `be`, dates take Russian's pattern with Belarusian month names, numbers Russian's grouping (the
 * same as Belarusian's) and lists Belarusian "і".
 */

export interface DateFormat {
  format(date: Date): string;
}

// Genitive after a day ("16 жніўня"), nominative alone ("жнівень 2020 г.").
const belarusianMonths = {
  long: 'студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня',
  longAlone: 'студзень люты сакавік красавік май чэрвень ліпень жнівень верасень кастрычнік лістапад снежань',
  short: 'студз. лют. сак. крас. мая чэрв. ліп. жн. вер. кастр. ліст. снеж.',
  shortAlone: 'студз. лют. сак. крас. май чэрв. ліп. жн. вер. кастр. ліст. снеж.',
} as const;
const monthNames = Object.fromEntries(
  Object.entries(belarusianMonths).map(([style, names]) => [style, names.split(' ')]),
) as Record<keyof typeof belarusianMonths, string[]>;

const lacksLocale = (locale: string) => Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0;
let belarusianMissing: boolean | undefined;
const needsBelarusianFallback = (intl: string) => intl === 'be' && (belarusianMissing ??= lacksLocale('be'));

/** Belarusian dates from Russian's pattern: only the month's name differs. Exported for tests, which have `be`. */
export function belarusianDateFormat(options: Intl.DateTimeFormatOptions): DateFormat {
  const russian = new Intl.DateTimeFormat('ru', options);
  const long = options.month === 'long';
  return {
    format(date) {
      const parts = russian.formatToParts(date);
      const withDay = parts.some((part) => part.type === 'day');
      const names = monthNames[long ? (withDay ? 'long' : 'longAlone') : withDay ? 'short' : 'shortAlone'];
      const month = options.timeZone === 'UTC' ? date.getUTCMonth() : date.getMonth();
      return parts.map((part) => (part.type === 'month' ? (names[month] ?? part.value) : part.value)).join('');
    },
  };
}

export function dateTimeFormat(intl: string, options: Intl.DateTimeFormatOptions): DateFormat {
  return needsBelarusianFallback(intl) ? belarusianDateFormat(options) : new Intl.DateTimeFormat(intl, options);
}

export function numberFormat(intl: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(needsBelarusianFallback(intl) ? 'ru' : intl, options);
}

/** "Reuters, CNN і Bloomberg": a conjunction list. Exported for tests, which have `be`. */
export function belarusianList(words: readonly string[]): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} і ${words[words.length - 1]}`;
}

export interface ListFormat {
  format(words: readonly string[]): string;
}

export function listFormat(intl: string): ListFormat {
  return needsBelarusianFallback(intl)
    ? { format: belarusianList }
    : new Intl.ListFormat(intl, { type: 'conjunction' });
}
