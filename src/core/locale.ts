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
