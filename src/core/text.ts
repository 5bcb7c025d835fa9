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

const ASCII = /^[\0-\x7f]*$/;
/** Combining marks and invisible format characters (zero-width space and joiners, soft hyphen, BOM…). */
const MARKS = /[\p{M}\p{Cf}]/gu;
const FORMAT = /\p{Cf}/u;
/** Invisible characters a query can carry: format characters and the blank "filler" letters. */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]/gu;

/** The longest query the engine reads; the search box should say so rather than cut silently. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The query as the engine reads it: invisible characters dropped, runs of white space made one
 * space, trimmed, and at most MAX_QUERY_LENGTH characters (never half a surrogate pair).
 * An empty result means "no query" (a query of only zero-width spaces is empty).
 */
export function normalizeQuery(text: string): string {
  const s = text.slice(0, 4 * MAX_QUERY_LENGTH).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return s.length > MAX_QUERY_LENGTH ? s.slice(0, MAX_QUERY_LENGTH).replace(/[\ud800-\udbff]$/, '').trimEnd() : s;
}

/**
 * Search form of text: compatibility (width) folding, full case folding, no accents, no invisible
 * characters. "Niños" → "ninos", "ＴＴＹ" → "tty", "Straße" → "strasse", "İstanbul" → "istanbul".
 */
export function foldForSearch(s: string): string {
  // Most words are plain ASCII: skip the costly normalization for them.
  if (ASCII.test(s)) return s.toLowerCase();
  // NFKD splits width and compatibility forms and accents; what toLowerCase leaves of full case
  // folding is ß (and ẞ, lowered to ß) → ss and the final sigma.
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

/**
 * A word is a run of letters, digits, combining marks and the invisible characters that join
 * (soft hyphen, zero-width joiner and non-joiner, word joiner); everything else separates,
 * a zero-width space too.
 */
export const WORD = /[\p{L}\p{N}\p{M}\u00ad\u200c\u200d\u2060\ufeff]+/gu;

export function words(s: string): string[] {
  return s.match(WORD) ?? [];
}

const ASCII_WORD = /[a-z0-9]+/gi;
const ANY_WORD = new RegExp(WORD.source, WORD.flags);

/** Ranges [start, end) in `s` of the words whose folded form passes `test`. */
export function wordRanges(s: string, test: (folded: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  // Plain ASCII (the common case) has the same words, found by a much faster pattern. Patterns of
  // this function's own, run with exec: no iterator and copied pattern per call (each card's fields, each keystroke).
  const ascii = ASCII.test(s);
  const re = ascii ? ASCII_WORD : ANY_WORD;
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) {
    if (!test(ascii ? m[0].toLowerCase() : foldForSearch(m[0]))) continue;
    // A word may begin or end with an invisible character: the mark covers only what shows.
    let a = m.index, b = a + m[0].length;
    while (a < b && FORMAT.test(s[a])) a++;
    while (b > a && FORMAT.test(s[b - 1])) b--;
    out.push([a, b]);
  }
  return out;
}
