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

export type Postings = Map<number, Map<number, number>>; // field → resource → term frequency
/**
 * MiniSearch's internals (minisearch ~7.2) read and written here, so that an index crosses from
 * the worker to the page as typed arrays (copied fast, loaded in slices) rather than as millions
 * of small objects. test/core/index-transfer.test.ts checks the round trip gives the same results.
 */
interface Internals {
  _index: { set(term: string, data: Postings): void } & Iterable<[string, Postings]>;
  _documentIds: Map<number, number>;
  _idToShortId: Map<number, number>;
  _fieldLength: Map<number, (number | undefined)[]>;
  _documentCount: number; _nextId: number; _fieldIds: Record<string, number>; _avgFieldLength: number[]; _dirtCount: number;
}
const inside = (ms: MiniSearch<Doc>) => ms as unknown as Internals;
const NONE = 0xffffffff;

/**
 * A built index as structured-cloneable data, mostly typed arrays, for the loading worker to hand
 * to the page; `loadIndex` turns it back into a TextIndex. `parts`: the terms, each with
 * [fields, (field, n, (resource, frequency) × n) × fields] in `data`, in pieces of ~64k numbers.
 */
export interface IndexData {
  meta: Omit<ReturnType<MiniSearch['toJSON']>, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'>;
  /** (short id, resource number) pairs. */
  ids: Float64Array;
  /** Per document: short id, then each field's length. */
  lengths: Uint32Array;
  parts: { terms: string[]; data: Uint32Array }[];
  vocab: TextIndex['vocab'];
  stems: TextIndex['stems'];
  spelled: TextIndex['spelled'];
  short: Map<string, { name: Int32Array; tags: Int32Array }>;
}

/** Encodes `ix` (see IndexData); `part` is called with each piece of terms as it is made. */
export function indexData(ix: TextIndex, part: (p: IndexData['parts'][number]) => void = () => {}): IndexData {
  const { vocab, stems, spelled } = ix;
  const m = inside(ix.ms);
  const meta = { documentCount: m._documentCount, nextId: m._nextId, fieldIds: m._fieldIds, averageFieldLength: m._avgFieldLength, dirtCount: m._dirtCount, serializationVersion: 2 };
  const nf = Object.keys(meta.fieldIds).length;
  const parts: IndexData['parts'] = [];
  let terms: string[] = [], data: number[] = [];
  const flush = () => { if (terms.length) { const p = { terms, data: Uint32Array.from(data) }; parts.push(p); part(p); } terms = []; data = []; };
  for (const [term, fields] of m._index) {
    terms.push(term);
    data.push(fields.size);
    for (const [f, docs] of fields) { data.push(f, docs.size); for (const [d, tf] of docs) data.push(d, tf); }
    if (data.length > 65536) flush();
  }
  flush();
  const ids = new Float64Array(2 * m._documentIds.size);
  let k = 0;
  for (const [s, id] of m._documentIds) { ids[k++] = s; ids[k++] = id; }
  const lengths: number[] = [];
  for (const [s, ls] of m._fieldLength) { lengths.push(s); for (let f = 0; f < nf; f++) lengths.push(ls[f] ?? NONE); }
  const short = new Map([...ix.short].map(([p, e]) => [p, { name: Int32Array.from(e.name), tags: Int32Array.from(e.tags) }]));
  return { meta, ids, lengths: Uint32Array.from(lengths), parts, vocab, stems, spelled, short };
}

/**
 * The TextIndex of `data` (from indexData, with the same stemmer), loaded in time slices of
 * about `sliceMs` that yield to the page, so no main-thread task runs long.
 */
export async function loadIndex(stem: Stem, data: IndexData, sliceMs = 8): Promise<TextIndex> {
  const ix = newIndex(stem, data);
  const ms = MiniSearch.loadJS<Doc>({ ...data.meta, index: [], documentIds: {}, fieldLength: {}, storedFields: {} }, options((t) => foldForSearch(t)));
  const m = inside(ms);
  const nf = Object.keys(data.meta.fieldIds).length;
  let t0 = performance.now();
  const pause = async (now?: boolean) => { if (now || performance.now() - t0 > sliceMs) { await new Promise((r) => setTimeout(r)); t0 = performance.now(); } };
  await pause(true); // not in the task that handed the data over
  for (let k = 0; k < data.ids.length; k += 2) {
    m._documentIds.set(data.ids[k], data.ids[k + 1]);
    m._idToShortId.set(data.ids[k + 1], data.ids[k]);
    if (k % 512 === 0) await pause();
  }
  for (let k = 0; k < data.lengths.length; k += nf + 1) {
    m._fieldLength.set(data.lengths[k], Array.from(data.lengths.subarray(k + 1, k + 1 + nf), (l) => (l === NONE ? undefined : l)));
    if (k % 256 === 0) await pause();
  }
  for (const { terms, data: d } of data.parts) {
    let k = 0;
    for (const term of terms) {
      const fields: Postings = new Map();
      for (let nFields = d[k++]; nFields--; ) {
        const f = d[k++], docs = new Map<number, number>();
        for (let n = d[k++]; n--; k += 2) docs.set(d[k], d[k + 1]);
        fields.set(f, docs);
      }
      m._index.set(term, fields);
      await pause();
    }
  }
  ix.ms = ms;
  return ix;
}

/**
 * A split form's index (core/split-format.ts): every resource's field lengths (`lengths`, per
 * resource `nf` numbers, -1 for an absent field) but no terms; `addTerms` adds them as their files
 * arrive. Scores are those of the whole index for every term it holds.
 */
export async function splitIndex(stem: Stem, meta: IndexData['meta'], lengths: ArrayLike<number>, side: Pick<IndexData, 'vocab' | 'stems' | 'spelled' | 'short'>, sliceMs = 8): Promise<TextIndex> {
  const ix = newIndex(stem, side);
  ix.ms = MiniSearch.loadJS<Doc>({ ...meta, index: [], documentIds: {}, fieldLength: {}, storedFields: {} }, options((t) => foldForSearch(t)));
  const m = inside(ix.ms);
  const nf = Object.keys(meta.fieldIds).length;
  let t0 = performance.now();
  for (let i = 0, k = 0; k < lengths.length; i++, k += nf) {
    m._documentIds.set(i, i);
    m._idToShortId.set(i, i);
    m._fieldLength.set(i, Array.from({ length: nf }, (_, f) => (lengths[k + f] < 0 ? undefined : lengths[k + f])));
    // In slices that yield to the page, so no main-thread task runs long.
    if (i % 256 === 0 && performance.now() - t0 > sliceMs) { await new Promise((r) => setTimeout(r)); t0 = performance.now(); }
  }
  return ix;
}

/** Adds terms (with all their postings) to an index from splitIndex. */
export function addTerms(ix: TextIndex, terms: Iterable<[string, Postings]>) {
  const m = inside(ix.ms);
  for (const [term, fields] of terms) m._index.set(term, fields);
}

/** A new, empty TextIndex; with `from`, its side tables (the MiniSearch part is then replaced by loadIndex). */
export function newIndex(stem: Stem, from?: Pick<IndexData, 'vocab' | 'stems' | 'spelled' | 'short'>): TextIndex {
  const vocab = from?.vocab ?? new Map<string, Set<string>>();
  const stems = from?.stems ?? new Map<string, string[]>();
  const spelled = from?.spelled ?? new Map<string, string>();
  const seen = new Set<string>();
  const short = new Map<string, { name: number[]; tags: number[] }>();
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
  const ix: TextIndex = { ms: new MiniSearch<Doc>(options(processTerm)), vocab, stems, stemKeys, spelled, short: from?.short ?? short, add: (d) => { doc = d.id; own.clear(); ix.ms.add(d); } };
  return ix;
}

