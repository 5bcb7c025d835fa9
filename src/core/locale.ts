/**
 * Locale resolution: which of the available UI/data locales serves a requested BCP 47 tag.
 * Owns: the fallback rule (exact → base language → default) and text direction.
 * Does not own: where the requested tag comes from (the element reads lang attributes).
 */

/** Picks the available locale for `requested`: exact (case-insensitive), then its base language, then `fallback`. */
export function pickLocale(requested: string | undefined | null, available: readonly string[], fallback: string): string {
  if (!requested) return fallback;
  const wanted = requested.trim().replace(/_/g, '-').toLowerCase();
  const exact = available.find((code) => code.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  return available.find((code) => code.toLowerCase() === base) ?? fallback;
}

// Scripts written right to left, by base language (ISO 639).
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function textDirection(locale: string): 'ltr' | 'rtl' {
  const [base, ...rest] = locale.toLowerCase().split('-');
  if (rest.includes('arab') || rest.includes('hebr')) return 'rtl';
  return RTL.has(base) ? 'rtl' : 'ltr';
}

/** Where the requested language can come from, most specific first. */
export interface LanguageSources {
  /** The visitor's pick in the language switch (memory only). */
  chosen?: string;
  /** The element's own `lang`. */
  own?: string;
  /** The nearest `lang` on an ancestor below <html>: the host deliberately set it for this widget. */
  scoped?: string;
  /** navigator.languages, in the visitor's order. */
  browser: readonly string[];
  /** <html lang>: the page's language, often a template default. */
  page?: string;
}

/**
 * The tag to ask for: the visitor's pick, else the element's or its container's `lang`, else the
 * first browser language some available locale serves (a Spanish browser on an English page gets
 * Spanish), else the page's `lang`, else the first browser language.
 */
export function preferredLanguage(from: LanguageSources, available: readonly string[]): string {
  const direct = from.chosen || from.own || from.scoped;
  if (direct) return direct;
  const served = from.browser.find((tag) => pickLocale(tag, available, '') !== '');
  return served ?? from.page ?? from.browser[0] ?? 'en';
}

/** Locales the switch offers: those both the UI and the data have (the data's order). */
export function sharedLocales(ui: readonly string[], data: readonly string[]): string[] {
  const uiLower = new Set(ui.map((code) => code.toLowerCase()));
  return data.filter((code) => uiLower.has(code.toLowerCase()));
}
