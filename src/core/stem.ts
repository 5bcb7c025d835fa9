/**
 * Stemmers by language, so "nurses", "nurse" and "nursing" are one word to the search.
 * Owns which stemming library serves which language (English: Porter, `stemmer`; Spanish:
 * Snowball, `@orama/stemmers/spanish`; chosen by bytes in the one-file build, docs/search.md).
 * Languages without one get no stemming. Does not own folding (text.ts) or matching (query.ts).
 */
import { stemmer as english } from 'stemmer';
import { stemmer as spanish } from '@orama/stemmers/spanish';

export type Stem = (word: string) => string;

const STEMMERS: Record<string, Stem> = { en: english, es: spanish };
const same: Stem = (w) => w;

/** The stemmer for a locale's base language ("es-MX" → Spanish); words unchanged if none. */
export function stemmerFor(locale: string): Stem {
  return STEMMERS[locale.split('-')[0].toLowerCase()] ?? same;
}
