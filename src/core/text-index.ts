/**
 * A new, empty text index: MiniSearch set up with folding, stemming and words, plus the side tables
 * built while indexing. Its own module because it carries MiniSearch: part of the search part the
 * one-file build loads as a sibling file, in parallel with the data (src/parts/).
 */
import MiniSearch from 'minisearch';
import { stemKeysOf, type Doc, type TextIndex } from './search-index.js';
import type { Stem } from './stem.js';
import { foldForSearch, words } from './text.js';

/** MiniSearch's options: the same when an index is built and when a serialized one is loaded. */
const options = (processTerm: (t: string, field?: string) => string | null) =>
  ({ fields: ['name', 'kw', 'tags', 'org', 'desc', 'alt'], tokenize: words, processTerm });

/**
 * A built index as plain, structured-cloneable data (MiniSearch's toJSON plus the side tables),
 * for a Web Worker to hand to the page; `loadIndex` turns it back into a TextIndex.
 */
export interface IndexData {
  ms: ReturnType<MiniSearch['toJSON']>;
  vocab: TextIndex['vocab'];
  stems: TextIndex['stems'];
  spelled: TextIndex['spelled'];
  short: TextIndex['short'];
}

export function indexData(ix: TextIndex): IndexData {
  const { ms, vocab, stems, spelled, short } = ix;
  return { ms: ms.toJSON(), vocab, stems, spelled, short };
}

/**
 * The TextIndex of `data` (from indexData, with the same stemmer), loaded in batches that yield
 * to the page (MiniSearch.loadJSAsync), so no main-thread task runs long.
 */
export async function loadIndex(stem: Stem, data: IndexData): Promise<TextIndex> {
  const ix = newIndex(stem, data);
  ix.ms = await MiniSearch.loadJSAsync<Doc>(data.ms as Parameters<typeof MiniSearch.loadJS>[0], options((t) => foldForSearch(t)));
  return ix;
}

/** A new, empty TextIndex; with `from`, its side tables (the MiniSearch part is then replaced by loadIndex). */
export function newIndex(stem: Stem, from?: Omit<IndexData, 'ms'>): TextIndex {
  const vocab = from?.vocab ?? new Map<string, Set<string>>();
  const stems = from?.stems ?? new Map<string, string[]>();
  const spelled = from?.spelled ?? new Map<string, string>();
  const seen = new Set<string>();
  const short = from?.short ?? new Map<string, { name: number[]; tags: number[] }>();
  let doc = -1;
  const addShort = (p: string, field: 'name' | 'tags') => {
    let e = short.get(p);
    if (!e) short.set(p, (e = { name: [], tags: [] }));
    if (e.name[e.name.length - 1] === doc || e.tags[e.tags.length - 1] === doc) return;
    e[field].push(doc);
  };
  const stemKeys = (f: string, lower?: string) => stemKeysOf(stem, f, lower);
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
  const ix: TextIndex = { ms: new MiniSearch<Doc>(options(processTerm)), vocab, stems, stemKeys, spelled, short, add: (d) => { doc = d.id; own.clear(); ix.ms.add(d); } };
  return ix;
}

