/**
 * Text helpers for the engine: picking a locale's text with fallback, folding for search,
 * splitting words with their positions (for indexing and highlighting alike).
 * Owns: locale fallback order and the one definition of "a word" and "the same word".
 * Does not own: what is indexed or displayed (engine, search-index, the element).
 */
import type { LocalizedText } from './types.js';

export interface Picked<T> {
  value: T;
  lang: string;
}

/** Order: locale → exact base (es-MX → es) → a sibling (es → es-419) → default → its base → first. */
export function pick<T>(map: Readonly<Record<string, T>>, locale: string, def: string): Picked<T> | undefined {
  const base = locale.split('-')[0];
  const keys = Object.keys(map);
  const tries = [locale, base, keys.find((k) => k.split('-')[0] === base), def, def.split('-')[0], keys[0]];
  for (const k of tries) if (k !== undefined && map[k] !== undefined) return { value: map[k], lang: k };
  return undefined;
}

/** `lang` is the locale the text is actually in (plain strings count as the bundle default). */
export function localizedText(
  text: LocalizedText | undefined,
  locale: string,
  defaultLocale: string,
): { text: string; lang: string } {
  if (text === undefined) return { text: '', lang: defaultLocale };
  if (typeof text === 'string') return { text, lang: defaultLocale };
  const p = pick(text, locale, defaultLocale);
  return p ? { text: p.value, lang: p.lang } : { text: '', lang: defaultLocale };
}

const MARKS = /\p{M}/gu;
const ASCII = /^[\0-\x7f]*$/;

/** Lower-case and drop diacritics: "Niños" → "ninos", "TTY" → "tty". */
export function foldForSearch(s: string): string {
  // Most words are plain ASCII: skip the costly normalization for them.
  return ASCII.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** A word is a run of letters, digits and combining marks; everything else separates. */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

/** Ranges [start, end) in `s` of the words whose folded form passes `test`. */
export function wordRanges(s: string, test: (folded: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  // Plain ASCII (the common case) has the same words, found by a much faster pattern.
  const ascii = ASCII.test(s);
  for (const m of s.matchAll(ascii ? /[a-z0-9]+/gi : WORD)) {
    if (test(ascii ? m[0].toLowerCase() : foldForSearch(m[0]))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
