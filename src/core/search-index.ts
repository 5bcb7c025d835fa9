/**
 * The text index of one locale: which text of a resource is indexed and the index's shape (the
 * MiniSearch set-up itself is text-index.ts, part of the search part loaded on demand), and
 * building in time slices. Owns what is searchable. Does not own: query planning and scoring
 * (query.ts), facets, sorting, highlighting or pinned resources (engine.ts).
 */
import type MiniSearch from 'minisearch';
import type { Bundle, Resource } from './types.js';
import { foldForSearch, localizedText, pick, words } from './text.js';

/**
 * `kw`: the resource's keywords (few and specific); `tags`: its facet value labels (broad: every
 * resource for health care staff says "Health care and mental health"); `alt`: its names,
 * keywords and facet labels in the bundle's other locales.
 */
export interface Doc { id: number; name: string; kw: string; tags: string; org: string; desc: string; alt: string }

/**
 * The locale's text of one resource (default-locale text where it has no translation), and in
 * `alt` its names, keywords and facet labels in the other locales, so a word typed in another
 * language still finds it. `tagLabels(loc)`: the resource's facet value labels in `loc`.
 */
export function docOf(bundle: Bundle, r: Resource, id: number, locale: string, tagLabels: (loc: string) => string[]): Doc {
  const def = bundle.meta.default_locale;
  const t = (x: Parameters<typeof localizedText>[0], loc = locale) => localizedText(x, loc, def);
  const kw = (loc: string) => { const k = r.keywords; return Array.isArray(k) ? (loc === locale ? k : []) : k ? (pick(k, loc, def)?.value ?? []) : []; };
  const shown = t(r.name).lang;
  const alt: string[] = [];
  for (const loc of bundle.meta.locales) {
    if (loc.split('-')[0] === locale.split('-')[0]) continue;
    const name = t(r.name, loc);
    if (name.lang !== shown) alt.push(name.text);
    alt.push(...kw(loc), ...tagLabels(loc));
  }
  return { id, name: t(r.name).text, kw: kw(locale).join(' · '), tags: tagLabels(locale).join(' · '), org: t(r.organization?.name).text, desc: t(r.description).text, alt: alt.join(' · ') };
}

/**
 * The stem key(s) of a folded word. Folding first makes typed text without accents stem like the
 * data; where accents change the stem ("capacitación" → "capacit", "capacitacion" → itself) the
 * accented form's (`lower`) stem counts too.
 */
export function stemKeysOf(stem: (w: string) => string, f: string, lower?: string): string[] {
  const k = stem(f);
  const a = lower !== undefined && lower !== f ? foldForSearch(stem(lower)) : k;
  return a === k ? [k] : [k, a];
}

export interface TextIndex {
  ms: MiniSearch<Doc>;
  /** Indexed words of the locale's own text by first letter, to correct a typo in a word still being typed. */
  vocab: Map<string, Set<string>>;
  /**
   * Stem → the indexed words (all fields, `alt` too) with that stem: a query word matches every
   * word of its stem, found by the same stemmer that built this table.
   */
  stems: Map<string, string[]>;
  /** The stem key(s) of a folded word; the raw lower-case form too, for accents the stemmer reads. */
  stemKeys(folded: string, lower?: string): string[];
  /** Folded own-locale word → how it is spelled (lower case) where that differs: "educacion" → "educación". */
  spelled: Map<string, string>;
  /**
   * 1–2 letter prefix → resources with a name or tag word starting so, names first, each in
   * bundle order: a short prefix matches thousands of words, too slow to expand per keystroke.
   */
  short: Map<string, { name: ArrayLike<number>; tags: ArrayLike<number> }>;
  add(doc: Doc): void;
}

/**
 * Runs `step(0 … total-1)` in slices of ~`sliceMs`, yielding with setTimeout between slices so no
 * main-thread task runs long; `isCurrent` lets a superseded build stop early.
 */
export function inSlices(total: number, step: (i: number) => void, sliceMs: number, isCurrent: () => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    let i = 0;
    const slice = () => {
      if (!isCurrent()) return resolve(false);
      const t0 = performance.now();
      while (i < total && performance.now() - t0 < sliceMs) for (const end = Math.min(total, i + 8); i < end; i++) step(i);
      if (i < total) setTimeout(slice, 0); else resolve(true);
    };
    setTimeout(slice, 0);
  });
}

/** Stop-gap while the index builds: every query word must start some word of the name. */
export function scanNames(nameWords: (i: number) => string[], cand: ArrayLike<number>, text: string): number[] {
  const q = words(foldForSearch(text));
  const out: number[] = [];
  for (let k = 0; k < cand.length; k++) {
    const ws = nameWords(cand[k]);
    if (q.every((t) => ws.some((w) => w.startsWith(t)))) out.push(cand[k]);
  }
  return out;
}
