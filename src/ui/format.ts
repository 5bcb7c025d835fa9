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

/** "2026-11" or "2026-11-28" → "November 2026" in the locale; undefined when not a date. */
export function monthYear(date: string | undefined, locale: string): string | undefined {
  const match = date?.match(/^(\d{4})-(\d{2})/);
  if (!match) return undefined;
  const format = cached(
    `month:${locale}`,
    () => new Intl.DateTimeFormat([locale, 'en'], { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
}

/** Numbers already formatted, per locale: filter counts are formatted by the dozen on every keystroke. */
const numbers = new Map<string, string>();

export function formatNumber(value: number, locale: string): string {
  const key = `${locale} ${value}`;
  let text = numbers.get(key);
  if (text === undefined) {
    if (numbers.size > 5000) numbers.clear();
    numbers.set(key, (text = cached(`num:${locale}`, () => new Intl.NumberFormat([locale, 'en'])).format(value)));
  }
  return text;
}

export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural:${locale}`, () => new Intl.PluralRules([locale, 'en'])).select(count);
}
