/**
 * Query planning and scoring over one TextIndex: synonym expansion, typo policy, short-prefix
 * lookups, AND → OR fallback, and per-word result caching across keystrokes.
 * Owns which resources match a text and how well. Does not own: the index contents
 * (search-index.ts), facets, sorting, paging or highlighting (engine.ts).
 */
import type { Query as MsQuery } from 'minisearch';
import type { Bundle } from './types.js';
import { foldForSearch, words } from './text.js';
import type { Stem } from './stem.js';
import type { TextIndex } from './search-index.js';
import { bestFirst, searchUnit } from './unit-search.js';

/**
 * First word's stem → synonym entries starting with it (longest phrase first). `toks`: the
 * entry's words as stems; `group`: the other members, as folded words.
 */
export type Synonyms = Map<string, { toks: string[]; group: string[][] }[]>;

/**
 * Every locale's synonym groups, the visitor's first: a word typed in another language (a
 * Spanish visitor's "lawyer") then reaches the other-language words the index also holds.
 * Entries with the same words (in two locales, or two groups) share one merged group.
 */
export function compileSynonyms(bundle: Bundle, locale: string, stem: Stem): Synonyms {
  const all = bundle.synonyms ?? {};
  const own = (l: string) => +(l.split('-')[0] === locale.split('-')[0]);
  const out: Synonyms = new Map();
  for (const g of Object.keys(all).sort((a, b) => own(b) - own(a)).flatMap((l) => all[l])) {
    const members = g.map((m) => words(foldForSearch(m))).filter((m) => m.length);
    for (const toks of members) {
      const keys = toks.map(stem);
      const list = out.get(keys[0]) ?? [];
      const group = members.filter((m) => m !== toks);
      const e = list.find((x) => x.toks.join(' ') === keys.join(' '));
      if (e) e.group.push(...group.filter((m) => !e.group.some((o) => o.join(' ') === m.join(' '))));
      else list.push({ toks: keys, group });
      out.set(keys[0], list.sort((a, b) => b.toks.length - a.toks.length));
    }
  }
  return out;
}

/** Is some prefix of `w` within `d` edits of `t`? (Levenshtein, stopping once a row exceeds d.) */
export function nearPrefix(t: string, w: string, d: number): boolean {
  let prev = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let j = 1; j <= Math.min(w.length, t.length + d); j++) {
    const cur = [j];
    for (let i = 1; i <= t.length; i++) cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (t[i - 1] === w[j - 1] ? 0 : 1));
    if (cur[t.length] <= d) return true;
    if (Math.min(...cur) > d) return false;
    prev = cur;
  }
  return false;
}

/** One user word or synonym phrase. `short`: a 1–2 letter word being typed, looked up in the prefix lists. */
export interface Unit { q: MsQuery; key: string; short?: string }

/** Query words folded, each with its typed lower-case form where one word folds to one word. */
export function queryWords(text: string): { f: string; lower?: string }[] {
  return words(text).flatMap((w) => {
    const fs = words(foldForSearch(w));
    return fs.length === 1 ? [{ f: fs[0], lower: w.toLowerCase() }] : fs.map((f) => ({ f }));
  });
}

/** Weights of the extra words a unit also matches, relative to the word as typed. */
export const WEIGHTS = { stem: 1, stemOfKnown: 0.6, synonym: 0.5, typo: 0.5 };

/**
 * One unit per user word (or synonym phrase). A word matches itself and every indexed word of
 * its stem ("nurses" → nurse, nursing); a synonym phrase also matches the other members of its
 * groups, each word again with its stem's words. Finished 1–2 letter words match exactly; the
 * one being typed (last) matches name/tag prefixes. Typo tolerance only for words of 4+ letters
 * that begin no indexed word (it is costly, and a word that does begin one is most likely typed
 * right); for the last word that includes a typo in a prefix ("scren" → "screening"), which
 * MiniSearch's whole-word fuzzy matching cannot find.
 */
export function planQuery(text: string, syn: Synonyms, ix: Pick<TextIndex, 'vocab' | 'stems' | 'stemKeys'>): Unit[] {
  const { vocab } = ix;
  const toks = queryWords(text);
  const starts = (t: string) => { for (const w of vocab.get(t[0]) ?? []) if (w.startsWith(t)) return true; return false; };
  const variants = (f: string, lower?: string) => {
    const out = new Set<string>();
    for (const k of ix.stemKeys(f, lower)) for (const w of ix.stems.get(k) ?? []) if (w !== f) out.add(w);
    return [...out];
  };
  // Exact words (no prefix, no typo tolerance) of weight `boost`, any of them.
  const exact = (ws: string[], boost: number): MsQuery => ({ combineWith: 'OR', queries: ws, prefix: false, fuzzy: false, boostTerm: () => boost });
  // Typo tolerance for a word of 4+ letters that begins no indexed word and has no other form
  // or synonym there (then it is a real word, not a typo: "refugios" must not find "religiosos").
  const typo = (f: string, v: string[], hit: unknown) => f.length > 3 && !v.length && !hit && !starts(f);
  const term = (t: { f: string; lower?: string }, last: boolean, hit: unknown): MsQuery => {
    const f = t.f;
    const v = variants(f, t.lower);
    const q: MsQuery = { queries: [f], prefix: last || f.length > 2, fuzzy: typo(f, v, hit) ? 0.2 : false };
    // A word the text holds as typed weighs its other forms less ("employers" ≠ "employment").
    return v.length ? { combineWith: 'OR', queries: [q, exact(v, vocab.get(f[0])?.has(f) ? WEIGHTS.stemOfKnown : WEIGHTS.stem)] } : q;
  };
  // A synonym member: all its words, each as itself or a word of its stem.
  const member = (m: string[], boost: number): MsQuery =>
    ({ combineWith: 'AND', queries: m.map((w) => exact([w, ...variants(w)], boost)) });
  const stems = toks.map((t) => ix.stemKeys(t.f)[0]);
  const units: Unit[] = [];
  for (let i = 0; i < toks.length;) {
    const hit = syn.get(stems[i])?.find((e) => e.toks.every((t, j) => stems[i + j] === t));
    const own = toks.slice(i, i + (hit ? hit.toks.length : 1));
    i += own.length;
    const last = i === toks.length;
    const t = own[own.length - 1].f;
    if (last && !hit && t.length < 3) { units.push({ q: t, key: '<' + t, short: t }); continue; }
    const parts = own.map((x, j) => term(x, last && j === own.length - 1, hit));
    const extra = (hit?.group ?? []).map((m) => member(m, WEIGHTS.synonym));
    if (last && typo(t, variants(t, own[own.length - 1].lower), hit)) {
      const near: string[] = [];
      for (const w of vocab.get(t[0]) ?? []) if (near.length < 24 && nearPrefix(t, w, t.length > 7 ? 2 : 1)) near.push(w);
      if (near.length) extra.push(exact(near, WEIGHTS.typo));
    }
    const mine: MsQuery = parts.length > 1 ? { combineWith: 'AND', queries: parts } : parts[0];
    const q: MsQuery = extra.length ? { combineWith: 'OR', queries: [mine, ...extra] } : mine;
    units.push({ q, key: JSON.stringify(q) });
  }
  return units;
}

// Name first; facet labels and keywords next; then organization; description last; the other
// locales' names, keywords and labels least, so the visitor's language ranks first.
export const BOOST = { name: 3, kw: 1.5, tags: 2.5, org: 1.5, desc: 2, alt: 0.3 };

/**
 * One unit's matches, best first, in typed arrays (kept across keystrokes, so few objects for the
 * GC to copy). `words`: the indexed words it matched, for highlighting; `short`: a prefix instead.
 */
export interface UnitResult { ids: ArrayLike<number>; scores: ArrayLike<number>; words: Set<string>; short?: string; unordered?: boolean }

/** `ordered` false: the hits in any order (a query of several words ranks their sum itself). */
export function runUnit(ix: TextIndex, u: Unit, ordered = true): UnitResult {
  if (u.short !== undefined) {
    const e = ix.short.get(u.short) ?? { name: [], tags: [] };
    const ids = Array.from(e.name).concat(Array.from(e.tags));
    return { ids, scores: ids.map((_, k) => (k < e.name.length ? 2 : 1)), words: new Set(), short: u.short };
  }
  // MiniSearch's search, without its per-result objects (unit-search.ts). MiniSearch multiplies
  // the sum of the matched query words' scores by their number; inside one unit those are forms
  // and synonyms of one word, which must not count extra, so searchUnit divides it back. (Their
  // sum ranks the judged set better than their mean: a resource naming several of them is on topic.)
  return { ...searchUnit(ix.ms, u.q, BOOST, 2, false, ordered), unordered: !ordered };
}

/** `all`: how many of the first `ids` match every unit; the rest match some. */
export interface TextResults { ids: ArrayLike<number>; scores: ArrayLike<number>; all: number; units: UnitResult[]; relaxed: boolean }

/** Below this many resources matching every word, resources matching some words follow them. */
export const FILL = { below: 5 };

/**
 * How many hits the unit results kept across keystrokes may hold in all (12 bytes each: about
 * 2.4 MB), and how many results: the words of the last few dozen keystrokes at 10,000 resources.
 */
export const KEEP_UNITS = { hits: 200_000, results: 128 };

/**
 * All units must match; when fewer than FILL.below resources do, the resources matching only
 * some units follow (`all` says where), and if none matches all, `relaxed`. Score = sum of unit scores × units
 * matched. `cache` keeps unit results across keystrokes, least recently used out first beyond
 * `limits`: the next keystroke reruns only the word that changed, and a word typed again (after
 * Backspace, or the same search again) is not run again.
 */
export function runQuery(ix: TextIndex, units: Unit[], n: number, keep: (id: number) => boolean, cache: Map<string, UnitResult>, limits = KEEP_UNITS): TextResults {
  // One word's hits are the results, best first; several words' are summed and ranked below, so each is left unsorted.
  const one = units.length === 1;
  const rs = units.map((u) => {
    let r = cache.get(u.key);
    if (!r || (one && r.unordered)) r = runUnit(ix, u, one);
    // Most recently used last (a Map keeps the order of insertion).
    cache.delete(u.key);
    cache.set(u.key, r);
    return r;
  });
  let hits = 0;
  for (const r of cache.values()) hits += r.ids.length;
  for (const [key, r] of cache) {
    if (cache.size <= units.length || (hits <= limits.hits && cache.size <= limits.results)) break;
    cache.delete(key);
    hits -= r.ids.length;
  }
  if (rs.length === 1) {
    // The word's own arrays when every hit is kept (read only: the cache holds them too); else the
    // kept ones, counted first so each array is made once at its size (a short prefix at 10,000
    // resources has thousands of hits: growing lists would make most of a keystroke's garbage).
    const r = rs[0];
    let kept = 0;
    for (let k = 0; k < r.ids.length; k++) if (keep(r.ids[k])) kept++;
    if (kept === r.ids.length) return { ids: r.ids, scores: r.scores, all: kept, units: rs, relaxed: false };
    const ids = new Int32Array(kept), scores = new Float64Array(kept);
    for (let k = 0, j = 0; k < r.ids.length; k++) if (keep(r.ids[k])) { ids[j] = r.ids[k]; scores[j++] = r.scores[k]; }
    return { ids, scores, all: kept, units: rs, relaxed: false };
  }
  const score = new Float64Array(n), count = new Uint8Array(n);
  for (const r of rs) for (let k = 0; k < r.ids.length; k++) { const id = r.ids[k]; count[id]++; score[id] += r.scores[k]; }
  // In id order, so that equal scores keep it (bestFirst ranks ties by position).
  const full: number[] = [], some: number[] = [];
  for (let id = 0; id < n; id++) if (count[id] && keep(id)) (count[id] === rs.length ? full : some).push(id);
  const order = (ids: number[]) => {
    const s = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) s[k] = score[ids[k]] *= count[ids[k]];
    return Array.from(bestFirst(s, ids.length, (a, b) => s[b] - s[a] || a - b), (k) => ids[k]);
  };
  // Few or no resources match every word: those first, then the ones matching some words.
  const ids = full.length >= FILL.below ? order(full) : order(full).concat(order(some));
  return { ids, scores: ids.map((id) => score[id]), all: full.length, units: rs, relaxed: !full.length && ids.length > 0 };
}

/** What to highlight: indexed words any unit matched, and prefixes of short units (in names). */
export function matchedWords(units: UnitResult[]): { words: Set<string>; prefixes: string[] } {
  const words = new Set<string>();
  for (const u of units) for (const w of u.words) words.add(w);
  return { words, prefixes: units.flatMap((u) => (u.short !== undefined ? [u.short] : [])) };
}

/** Levenshtein distance of `a` and `b`, or d + 1 once it is sure to exceed `d`. */
export function distance(a: string, b: string, d: number): number {
  if (Math.abs(a.length - b.length) > d) return d + 1;
  // Two rows, reused across calls: "did you mean" measures every indexed word against the query.
  if (rows[0].length <= b.length) rows = [new Int32Array(2 * b.length + 2), new Int32Array(2 * b.length + 2)];
  let [prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur[j] = v;
      if (v < least) least = v;
    }
    if (least > d) return d + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
let rows = [new Int32Array(32), new Int32Array(32)];

/**
 * "Did you mean": up to `max` versions of the query in which each word the index does not know
 * (no indexed word has its stem or starts with it) becomes one of the closest words of the
 * locale's own text (1 edit, 2 for words of 6+ letters; closest, then in most resources, first),
 * spelled as in the data ("educacion" → "educación"). Empty when every word is known.
 */
export function suggestQueries(text: string, ix: TextIndex, max = 3): string[] {
  const toks = queryWords(text);
  const known = (t: { f: string; lower?: string }) =>
    ix.stemKeys(t.f, t.lower).some((k) => ix.stems.has(k)) || [...(ix.vocab.get(t.f[0]) ?? [])].some((w) => w.startsWith(t.f));
  const options = toks.map((t) => {
    if (known(t)) return [t.lower ?? t.f];
    const d = t.f.length > 5 ? 2 : 1;
    const near: [string, number][] = [];
    for (const set of ix.vocab.values()) for (const w of set) { const e = distance(t.f, w, d); if (e <= d) near.push([w, e]); }
    const uses = (w: string) => ix.ms.search(w, { prefix: false, fuzzy: false }).length;
    const best = near.sort((a, b) => a[1] - b[1]).slice(0, 8).map(([w, e]) => ({ w, e, n: uses(w) }));
    best.sort((a, b) => a.e - b.e || b.n - a.n);
    return best.length ? best.map((b) => ix.spelled.get(b.w) ?? b.w) : [t.lower ?? t.f];
  });
  const first = options.findIndex((o, k) => o[0] !== (toks[k].lower ?? toks[k].f));
  if (first < 0) return [];
  return options[first].slice(0, max).map((w) => options.map((o, k) => (k === first ? w : o[0])).join(' '));
}
