/**
 * The split form of a big bundle (`resource-finder build` writes it above a size, or with
 * `--split`): a head file the host points `src` at, and beside it a folder of small files the
 * element fetches only when a search needs them — the index terms of a 2-letter prefix, the
 * resources a 1–2 letter prefix finds, one resource, a sort order. The search index is the one
 * the browser would build (same MiniSearch set-up), made at build time and cut up, so results
 * are the same as the whole bundle's.
 * Owns: the file layout and the encodings (both directions). Pure: no DOM, no MiniSearch; the
 * writer is src/cli/split.ts, the reader src/core/split-source.ts.
 */
import type { FacetTable } from './facets.js';
import type { FacetDef } from './types.js';

export const SPLIT_VERSION = 1;
/** How many listed resources (besides the pinned ones) the head carries in full: the first results need nothing else. */
export const HEAD_RESOURCES = 24;

/** `split` of a head file. */
export interface SplitInfo {
  v: typeof SPLIT_VERSION;
  /** Resources in the whole directory. */
  count: number;
  /** The folder of the other files, relative to the head's URL (ends with "/"). */
  dir: string;
  /** Locales with an index (the bundle's `meta.locales`). */
  locales: string[];
  /** Positions of the head's `resources` in the whole directory (ascending). */
  at: number[];
  /** The facet table (named so no bundle field's type check applies to it). */
  table: EncodedFacets;
}

/** The facet table: per value number, its facet and id; per value, its resources (ascending, as gaps). */
export interface EncodedFacets {
  ids: [facet: number, id: string][];
  lists: number[][];
}

/** One locale's index head: what scoring needs for every resource, and every indexed word. */
export interface LocaleHead {
  v: typeof SPLIT_VERSION;
  /** MiniSearch's index numbers (its toJSON without the terms). */
  meta: { documentCount: number; nextId: number; fieldIds: Record<string, number>; averageFieldLength: number[]; dirtCount?: number; serializationVersion: number };
  /** Per resource, each field's length (-1: the field is absent). */
  lengths: number[];
  /** Every indexed word, sorted. */
  terms: string[];
  /** Which of `terms` are the locale's own words (not only in other locales' names and labels), as gaps. */
  own: number[];
  /** Stem → its words (as positions in `terms`). */
  stems: [string, number[]][];
  /** (position in `terms`, how the word is spelled where folding changed it). */
  spelled: [number, string][];
  /** The 1–2 letter prefixes that have a file of resources (names or labels starting so). */
  short: string[];
}

/** A term file: [term, fields…] where each field is [field id, n, n gaps of resource numbers, n frequencies] flattened. */
export type TermFile = [string, ...number[]][];
/** A prefix file: resources with a name word, then with a label word, starting so (ascending, as gaps). */
export type ShortFile = [number[], number[]];

/** The file key of an indexed word: its first two letters (one for a 1-letter word). */
export const shardOf = (term: string) => Array.from(term).slice(0, 2).join('');

/** A key as a file name: ASCII letters and digits as they are, anything else as _<code in base 36>. */
export const fileKey = (key: string) => Array.from(key, (c) => (/[a-z0-9]/.test(c) ? c : `_${c.codePointAt(0)!.toString(36)}`)).join('');

/** A head's folder is one beside the head (the host's own site): never another origin, a parent or an absolute path. */
export const isSplitDir = (dir: unknown): dir is string => typeof dir == 'string' && /^[\w.%-]+\/$/.test(dir) && !dir.startsWith('.');

/** The URL of the index head of `locale` for a head read from `url` whose folder is `dir` (checked with isSplitDir). */
export const localeHeadUrl = (dir: string, url: string, locale: string) => new URL(dir + localeFile(locale), url).href;
const localeFile = (loc: string) => `${loc}.json`;

/** Paths of the files, relative to `dir`. */
export const paths = {
  locale: localeFile,
  terms: (loc: string, key: string) => `${loc}/t/${fileKey(key)}.json`,
  short: (loc: string, prefix: string) => `${loc}/s/${fileKey(prefix)}.json`,
  resource: (i: number) => `r/${i}.json`,
  /** Resource positions in name order (`locale`) or newest check first. */
  rank: (kind: 'name' | 'verified', loc?: string) => `o/${kind}${loc ? '-' + loc : ''}.json`,
};

/** Ascending numbers as gaps (small numbers compress well), and back. */
export const gaps = (xs: ArrayLike<number>) => Array.from(xs, (x, k) => (k ? x - xs[k - 1] : x));
export function ungap(xs: readonly number[]): number[] {
  const out = new Array<number>(xs.length);
  let v = 0;
  for (let k = 0; k < xs.length; k++) out[k] = v += xs[k];
  return out;
}

export function encodeFacets(t: FacetTable, n: number): EncodedFacets {
  const ids: EncodedFacets['ids'] = [];
  t.ids.forEach((m, f) => { for (const [id, g] of m) ids[g] = [f, id]; });
  const lists: number[][] = ids.map(() => []);
  for (let r = 0; r < n; r++) for (let i = t.off[r]; i < t.off[r + 1]; i++) lists[t.vals[i]].push(r);
  return { ids, lists: lists.map(gaps) };
}

/** The facet table of `n` resources from its encoding (`defs`: the head's facets, as buildFacets takes them). */
export function decodeFacets(e: EncodedFacets, defs: FacetDef[], n: number): FacetTable {
  const ids = defs.map(() => new Map<string, number>());
  const facetOf = new Uint8Array(e.ids.length);
  e.ids.forEach(([f, id], g) => { ids[f]?.set(id, g); facetOf[g] = f; });
  // Two passes over the gap lists as they came (count, then fill), with plain index loops: this runs
  // once per visit, mostly before V8 has compiled it, where each step costs (about 100,000 postings
  // at 10,000 resources: 8–14 ms instead of 22–27 ms in Node, first call).
  const lists = e.lists;
  const off = new Uint32Array(n + 1);
  for (let g = 0; g < lists.length; g++) {
    const l = lists[g];
    for (let k = 0, r = 0; k < l.length; k++) off[(r += l[k]) + 1]++;
  }
  for (let r = 0; r < n; r++) off[r + 1] += off[r];
  const vals = new Uint32Array(off[n]);
  const at = off.slice(0, n);
  for (let g = 0; g < lists.length; g++) {
    const l = lists[g];
    for (let k = 0, r = 0; k < l.length; k++) vals[at[(r += l[k])]++] = g;
  }
  return { defs: defs.slice(0, 31), ids, facetOf, off, vals, size: e.ids.length };
}

/** Postings of one term as MiniSearch holds them: field → resource → frequency. */
export type Postings = Map<number, Map<number, number>>;

export function encodeTerm(term: string, fields: Postings): TermFile[number] {
  const out: TermFile[number] = [term];
  for (const [f, docs] of fields) {
    const ids = [...docs.keys()].sort((a, b) => a - b);
    out.push(f, ids.length, ...gaps(ids), ...ids.map((d) => docs.get(d)!));
  }
  return out;
}

export function decodeTerm(entry: TermFile[number]): [string, Postings] {
  const [term, ...d] = entry;
  const fields: Postings = new Map();
  for (let k = 0; k < d.length; ) {
    const f = d[k++], n = d[k++], docs = new Map<number, number>();
    for (let j = 0, id = 0; j < n; j++) docs.set((id += d[k + j]), d[k + n + j]);
    k += 2 * n;
    fields.set(f, docs);
  }
  return [term as string, fields];
}
