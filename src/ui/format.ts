/**
 * Locale-aware formatting through Intl: "month year" dates, numbers, plural rules (language names: core/language-name.ts).
 * Formatters are cached per locale because cards call them on every render.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** "2026-11" or "2026-11-28" → "November 2026" in the locale; undefined when not a date. Memoized: every card asks on every keystroke. */
export function monthYear(date: string | undefined, locale: string): string | undefined {
  const match = date?.match(/^(\d{4})-(\d{2})/);
  if (!match) return undefined;
  return remember(`m ${locale} ${match[0]}`, () =>
    cached(`month:${locale}`, () => new Intl.DateTimeFormat([locale, 'en'], { month: 'long', year: 'numeric', timeZone: 'UTC' }))
      .format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)));
}

/** Texts already formatted (dates, numbers), by key; cleared when it grows past a few thousand. */
const texts = new Map<string, string>();
function remember(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size > 5000) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}

/** The interface's languages (lit-localize.json): written with the digits 0–9, so a whole number below 1,000 is its digits. */
const LATIN_DIGITS = /^(en|es)\b/i;

/**
 * Filter counts are formatted by the dozen on every keystroke: remembered too. A whole number
 * below 1,000 in a Latin-digit language needs no grouping: it is written without making a number
 * format, which costs tens of milliseconds on a slow phone the first time (in the first render).
 */
export function formatNumber(value: number, locale: string): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000 && LATIN_DIGITS.test(locale) && !locale.includes('-u-')) return String(value);
  return remember(`n ${locale} ${value}`, () => cached(`num:${locale}`, () => new Intl.NumberFormat([locale, 'en'])).format(value));
}

/** Makes the count's number format and plural rules for `locale` now (see intl-warm.ts prepareFormats). */
export function prepareNumbers(locale: string) {
  cached(`num:${locale}`, () => new Intl.NumberFormat([locale, 'en']));
  pluralCategory(0, locale);
}

export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural:${locale}`, () => new Intl.PluralRules([locale, 'en'])).select(count);
}
