/**
 * Query planning and scoring over one TextIndex: synonym expansion, typo policy, short-prefix
 * lookups, AND → OR fallback, and per-word result caching across keystrokes.
 * Owns which resources match a text and how well. Does not own: the index contents
 * (search-index.ts), facets, sorting, paging or highlighting (engine.ts).
 */
import type { Query as MsQuery } from 'minisearch';
import type { Bundle } from './types.js';
import { foldForSearch, words } from './text.js';
import type { TextIndex } from './search-index.js';

/** first folded word → synonym entries starting with it (longest phrase first). */
export type Synonyms = Map<string, { toks: string[]; group: string[][] }[]>;

export function compileSynonyms(bundle: Bundle, locale: string): Synonyms {
  const all = bundle.synonyms ?? {};
  const base = locale.split('-')[0];
  const out: Synonyms = new Map();
  for (const g of [...(all[locale] ?? []), ...(base !== locale ? all[base] ?? [] : [])]) {
    const members = g.map((m) => words(foldForSearch(m))).filter((m) => m.length);
    for (const toks of members) {
      const list = out.get(toks[0]) ?? [];
      list.push({ toks, group: members.filter((m) => m !== toks) });
      out.set(toks[0], list.sort((a, b) => b.toks.length - a.toks.length));
    }
  }
  return out;
}

/** Is some prefix of `w` within `d` edits of `t`? (Levenshtein, stopping once a row exceeds d.) */
function nearPrefix(t: string, w: string, d: number): boolean {
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
export interface Unit { q: MsQuery; terms: Set<string>; key: string; short?: string }

/**
 * One unit per user word (or synonym phrase). Finished 1–2 letter words match exactly; the one
 * being typed (last) matches name/tag prefixes. Typo tolerance only for words of 4+ letters that
 * begin no indexed word (it is costly, and a word that does begin one is most likely typed right);
 * for the last word that includes a typo in a prefix ("scren" → "screening"), which MiniSearch's
 * whole-word fuzzy matching cannot find.
 */
export function planQuery(text: string, syn: Synonyms, vocab: TextIndex['vocab']): Unit[] {
  const toks = words(foldForSearch(text));
  const starts = (t: string) => { for (const w of vocab.get(t[0]) ?? []) if (w.startsWith(t)) return true; return false; };
  const term = (t: string, last: boolean): MsQuery => ({ queries: [t], prefix: last || t.length > 2, fuzzy: t.length > 3 && !starts(t) ? 0.2 : false });
  // Extra words are matched exactly (no prefix, no typo tolerance) and weigh less.
  const exact = (m: string[], boost: number): MsQuery => ({ combineWith: 'AND', queries: m, prefix: false, fuzzy: false, boostTerm: () => boost });
  const units: Unit[] = [];
  for (let i = 0; i < toks.length;) {
    const hit = syn.get(toks[i])?.find((e) => e.toks.every((t, j) => toks[i + j] === t));
    const own = toks.slice(i, i + (hit ? hit.toks.length : 1));
    i += own.length;
    const last = i === toks.length;
    const t = own[own.length - 1];
    if (last && !hit && t.length < 3) { units.push({ q: t, terms: new Set(own), key: '<' + t, short: t }); continue; }
    const parts = own.map((x, j) => term(x, last && j === own.length - 1));
    const extra = hit?.group.slice() ?? [];
    if (last && (parts[parts.length - 1] as { fuzzy: unknown }).fuzzy) {
      for (const w of vocab.get(t[0]) ?? []) if (extra.length < 24 && nearPrefix(t, w, t.length > 7 ? 2 : 1)) extra.push([w]);
    }
    const mine: MsQuery = parts.length > 1 ? { combineWith: 'AND', queries: parts } : parts[0];
    const q: MsQuery = extra.length ? { combineWith: 'OR', queries: [mine, ...extra.map((m) => exact(m, hit ? 0.6 : 0.5))] } : mine;
    units.push({ q, terms: new Set([...own, ...extra.flat()]), key: JSON.stringify(q) });
  }
  return units;
}

// Name first; facet labels and keywords next; then organization; description last.
const BOOST = { name: 4, tags: 2.5, org: 1.5, desc: 1 };

/**
 * One unit's matches, best first, in typed arrays (kept across keystrokes, so few objects for the
 * GC to copy). `words`: the indexed words it matched, for highlighting; `short`: a prefix instead.
 */
export interface UnitResult { ids: ArrayLike<number>; scores: ArrayLike<number>; words: Set<string>; short?: string }

function runUnit(ix: TextIndex, u: Unit): UnitResult {
  if (u.short !== undefined) {
    const e = ix.short.get(u.short) ?? { name: [], tags: [] };
    return { ids: e.name.concat(e.tags), scores: e.name.map(() => 2).concat(e.tags.map(() => 1)), words: new Set(), short: u.short };
  }
  const res = ix.ms.search(u.q, { boost: BOOST, maxFuzzy: 2 });
  // MiniSearch multiplies by the query words matched; inside one unit those are synonyms of one
  // word, which must not count extra.
  if (res.some((r) => r.queryTerms.length > 1)) {
    for (const r of res) r.score /= r.queryTerms.length;
    res.sort((a, b) => b.score - a.score);
  }
  const words = new Set<string>();
  // Own keys only: a host page that adds to Object.prototype must not add highlighted words.
  for (const r of res) for (const w of Object.keys(r.match)) words.add(w);
  return { ids: Int32Array.from(res, (r) => r.id as number), scores: Float64Array.from(res, (r) => r.score), words };
}

export interface TextResults { ids: number[]; scores: number[]; units: UnitResult[]; relaxed: boolean }

/**
 * All units must match; if nothing does, any may (`relaxed`). Score = sum of unit scores × units
 * matched. `cache` keeps this query's unit results: the next keystroke reruns only changed words.
 */
export function runQuery(ix: TextIndex, units: Unit[], n: number, keep: (id: number) => boolean, cache: Map<string, UnitResult>): TextResults {
  const rs = units.map((u) => cache.get(u.key) ?? runUnit(ix, u));
  // Keep only this keystroke's words: the next keystroke usually repeats all but the last.
  cache.clear();
  units.forEach((u, k) => cache.set(u.key, rs[k]));
  const combine = (all: boolean) => {
    const ids: number[] = [], scores: number[] = [];
    if (rs.length === 1) {
      const r = rs[0];
      for (let k = 0; k < r.ids.length; k++) if (keep(r.ids[k])) { ids.push(r.ids[k]); scores.push(r.scores[k]); }
      return { ids, scores };
    }
    const score = new Float64Array(n), count = new Uint8Array(n), seen: number[] = [];
    for (const r of rs) for (let k = 0; k < r.ids.length; k++) { const id = r.ids[k]; if (!count[id]++) seen.push(id); score[id] += r.scores[k]; }
    for (const id of seen) if ((!all || count[id] === rs.length) && keep(id)) ids.push(id);
    for (const id of ids) score[id] *= count[id];
    ids.sort((a, b) => score[b] - score[a] || a - b);
    return { ids, scores: ids.map((id) => score[id]) };
  };
  const and = combine(true);
  if (and.ids.length || rs.length < 2) return { ...and, units: rs, relaxed: false };
  const any = combine(false);
  return { ...any, units: rs, relaxed: any.ids.length > 0 };
}

/** What to highlight: indexed words any unit matched, and prefixes of short units (in names). */
export function matchedWords(units: UnitResult[]): { words: Set<string>; prefixes: string[] } {
  const words = new Set<string>();
  for (const u of units) for (const w of u.words) words.add(w);
  return { words, prefixes: units.flatMap((u) => (u.short !== undefined ? [u.short] : [])) };
}
