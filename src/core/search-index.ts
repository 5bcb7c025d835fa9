/**
 * The text index of one locale: which text of a resource is indexed, MiniSearch set-up (folding,
 * words), the side tables built while indexing (vocabulary, 1–2 letter prefix lists) and
 * building in time slices. Owns what is searchable. Does not own: query planning and scoring
 * (query.ts), facets, sorting, highlighting or pinned resources (engine.ts).
 */
import MiniSearch from 'minisearch';
import type { Bundle, Resource } from './types.js';
import { foldForSearch, localizedText, pick, words } from './text.js';
import type { Stem } from './stem.js';

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
  short: Map<string, { name: number[]; tags: number[] }>;
  add(doc: Doc): void;
}

export function newIndex(stem: Stem): TextIndex {
  const vocab = new Map<string, Set<string>>();
  const stems = new Map<string, string[]>();
  const spelled = new Map<string, string>();
  const seen = new Set<string>();
  const short = new Map<string, { name: number[]; tags: number[] }>();
  let doc = -1;
  const addShort = (p: string, field: 'name' | 'tags') => {
    let e = short.get(p);
    if (!e) short.set(p, (e = { name: [], tags: [] }));
    if (e.name[e.name.length - 1] === doc || e.tags[e.tags.length - 1] === doc) return;
    e[field].push(doc);
  };
  // Folding first makes typed text without accents stem like the data; where accents change the
  // stem ("capacitación" → "capacit", "capacitacion" → itself) the accented form's stem counts too.
  const stemKeys = (f: string, lower?: string) => {
    const k = stem(f);
    const a = lower !== undefined && lower !== f ? foldForSearch(stem(lower)) : k;
    return a === k ? [k] : [k, a];
  };
  // This resource's own-language words: `alt` (indexed last) skips them, so a word shared by
  // both languages ("legal", a brand name) is not scored twice on every keystroke.
  const own = new Set<string>();
  // Called for every indexed word with its field (and for query words without one).
  const processTerm = (t: string, field?: string) => {
    const f = foldForSearch(t);
    if (!field || !f) return f;
    if (field === 'alt' ? own.has(f) : (own.add(f), false)) return null;
    if (!seen.has(f)) {
      seen.add(f);
      const lower = t.toLowerCase();
      for (const k of stemKeys(f, lower)) { const l = stems.get(k); if (l) l.push(f); else stems.set(k, [f]); }
    }
    if (field !== 'alt') {
      let s = vocab.get(f[0]);
      if (!s) vocab.set(f[0], (s = new Set()));
      if (!s.has(f)) { s.add(f); const lower = t.toLowerCase(); if (lower !== f && /^\p{Ll}+$/u.test(lower)) spelled.set(f, lower); }
      if (field !== 'org' && field !== 'desc') { const k = field === 'name' ? field : 'tags'; addShort(f[0], k); if (f.length > 1) addShort(f.slice(0, 2), k); }
    }
    return f;
  };
  // Name is indexed first, so a word in both name and tags counts as a name match.
  const ms = new MiniSearch<Doc>({ fields: ['name', 'kw', 'tags', 'org', 'desc', 'alt'], tokenize: words, processTerm });
  return { ms, vocab, stems, stemKeys, spelled, short, add: (d) => { doc = d.id; own.clear(); ms.add(d); } };
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
