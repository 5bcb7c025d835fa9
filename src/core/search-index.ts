/**
 * Full-text search for one locale: what text of a resource is indexed (and how heavily),
 * building the MiniSearch index in time slices, synonym expansion and query planning.
 * Owns: field weights, typo/prefix policy, AND → OR fallback. Does not own: facets, sorting,
 * highlighting or pinned resources (engine.ts).
 */
import MiniSearch, { type Query as MsQuery, type SearchResult } from 'minisearch';
import type { Bundle, Resource } from './types.js';
import { foldForSearch, localizedText, pick, words } from './text.js';

export interface Doc { id: number; name: string; tags: string; org: string; desc: string }
export type Index = MiniSearch<Doc>;

const FIELDS = ['name', 'tags', 'org', 'desc'];
// Name first; facet labels and keywords next; then organization; description last.
const BOOST = { name: 4, tags: 2.5, org: 1.5, desc: 1 };

/** The locale's text of one resource (default-locale text where it has no translation). */
export function docOf(bundle: Bundle, r: Resource, id: number, locale: string, tagLabels: string[]): Doc {
  const def = bundle.meta.default_locale;
  const t = (x: Parameters<typeof localizedText>[0]) => localizedText(x, locale, def).text;
  const kw = r.keywords;
  const keywords = Array.isArray(kw) ? kw : kw ? (pick(kw, locale, def)?.value ?? []) : [];
  return { id, name: t(r.name), tags: tagLabels.concat(keywords).join(' · '), org: t(r.organization?.name), desc: t(r.description) };
}

/** Indexed words by first letter, to correct a typo in a word still being typed. */
export type Vocab = Map<string, Set<string>>;

export function newIndex(vocab: Vocab): Index {
  const processTerm = (t: string, field?: string) => {
    const f = foldForSearch(t);
    if (field) { let s = vocab.get(f[0]); if (!s) vocab.set(f[0], (s = new Set())); s.add(f); }
    return f;
  };
  return new MiniSearch<Doc>({ fields: FIELDS, tokenize: words, processTerm });
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

/** first folded word → synonym entries starting with it (longest phrase first). */
export type Synonyms = Map<string, { toks: string[]; group: string[][] }[]>;

export function compileSynonyms(bundle: Bundle, locale: string): Synonyms {
  const all = bundle.synonyms ?? {};
  const base = locale.split('-')[0];
  const groups = [...(all[locale] ?? []), ...(base !== locale ? all[base] ?? [] : [])];
  const out: Synonyms = new Map();
  for (const g of groups) {
    const members = g.map((m) => words(foldForSearch(m))).filter((m) => m.length);
    for (const toks of members) {
      const list = out.get(toks[0]) ?? [];
      list.push({ toks, group: members.filter((m) => m !== toks) });
      list.sort((a, b) => b.toks.length - a.toks.length);
      out.set(toks[0], list);
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

export interface Unit { q: MsQuery; terms: Set<string> }

/**
 * One unit per user word (or synonym phrase); all units must match. Short words are the costly
 * case: a 1–2 letter word is prefix-matched only while being typed (last), in name and tags only.
 * A last word of 4+ letters that begins no indexed word is treated as a typo in a prefix
 * ("scren" → "screening"), which MiniSearch's whole-word fuzzy matching cannot find.
 */
export function planQuery(text: string, syn: Synonyms, vocab: Vocab): Unit[] {
  const toks = words(foldForSearch(text));
  const term = (t: string, last: boolean): MsQuery => ({
    queries: [t],
    prefix: last || t.length > 2,
    fuzzy: t.length > 3 ? 0.2 : false,
    ...(last && t.length < 3 ? { fields: ['name', 'tags'] } : {}),
  });
  // Extra words are matched exactly (no prefix, no typo tolerance) and weigh less.
  const exact = (m: string[], boost: number): MsQuery => ({ combineWith: 'AND', queries: m, prefix: false, fuzzy: false, boostTerm: () => boost });
  const units: Unit[] = [];
  for (let i = 0; i < toks.length;) {
    const hit = syn.get(toks[i])?.find((e) => e.toks.every((t, j) => toks[i + j] === t));
    const own = toks.slice(i, i + (hit ? hit.toks.length : 1));
    i += own.length;
    const last = i === toks.length;
    const extra = hit?.group.slice() ?? [];
    const t = own[own.length - 1];
    const near = last && t.length > 3 ? vocab.get(t[0]) : undefined;
    if (near && ![...near].some((w) => w.startsWith(t))) {
      for (const w of near) if (extra.length < 24 && nearPrefix(t, w, t.length > 7 ? 2 : 1)) extra.push([w]);
    }
    const parts = own.map((x, j) => term(x, last && j === own.length - 1));
    const mine: MsQuery = parts.length > 1 ? { combineWith: 'AND', queries: parts } : parts[0];
    units.push({
      q: extra.length ? { combineWith: 'OR', queries: [mine, ...extra.map((m) => exact(m, hit ? 0.6 : 0.5))] } : mine,
      terms: new Set([...own, ...extra.flat()]),
    });
  }
  return units;
}

/**
 * All units must match; if nothing does, any unit may (`relaxed`). MiniSearch multiplies a score
 * by the number of query words matched; synonyms would inflate that, so count units instead.
 */
export function runQuery(ix: Index, units: Unit[], keep: (id: number) => boolean): { results: SearchResult[]; relaxed: boolean } {
  const run = (combineWith: 'AND' | 'OR') => {
    const rs = ix.search({ combineWith, queries: units.map((u) => u.q) }, { boost: BOOST, maxFuzzy: 2 }).filter((r) => keep(r.id));
    if (units.some((u) => u.terms.size > 1)) {
      for (const r of rs) r.score *= units.filter((u) => r.queryTerms.some((t) => u.terms.has(t))).length / r.queryTerms.length;
      rs.sort((a, b) => b.score - a.score);
    }
    return rs;
  };
  const results = run('AND');
  if (results.length || units.length < 2) return { results, relaxed: false };
  const any = run('OR');
  return { results: any, relaxed: any.length > 0 };
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
