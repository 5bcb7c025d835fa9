/**
 * One query unit's search (query.ts) over a MiniSearch index, with MiniSearch's own semantics and
 * arithmetic but without its per-result objects. MiniSearch 7.2's `search` builds, for every
 * matching resource, a result object, a terms array, a match object with an array per word, then
 * a second result object with the stored fields copied in, and sorts them; on a 1–3 letter prefix
 * of a 10,000-resource directory that is most of a keystroke. Here the same postings are summed
 * into typed arrays indexed by document, in the same order (so every score is the same float),
 * and ties keep MiniSearch's order. test/core/unit-search.test.ts compares the two on real data.
 *
 * Reads MiniSearch internals (as text-index.ts does): `_index` (a SearchableMap: get, atPrefix,
 * fuzzyGet), `_fieldIds`, `_fieldLength`, `_avgFieldLength`, `_documentCount`, `_documentIds`,
 * `_options`. Documents are never removed from these indexes, so MiniSearch's clean-up of
 * discarded documents' postings has no counterpart here.
 */
import type MiniSearch from 'minisearch';
import type { Query as MsQuery } from 'minisearch';

type Postings = Map<number, Map<number, number>>; // field → document → term frequency
interface Internals {
  _index: { get(term: string): Postings | undefined; atPrefix(p: string): Iterable<[string, Postings]>; fuzzyGet(t: string, d: number): Map<string, [Postings, number]> };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, (number | undefined)[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _options: { fields: string[]; tokenize(text: string): string[]; processTerm(term: string): string | string[] | null | undefined | false };
}

/** MiniSearch's defaults (7.2): BM25+ parameters and the weights of prefix and typo matches. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHT = { fuzzy: 0.45, prefix: 0.375 };

/** Per index: each field's length by document and each document's id, as arrays (MiniSearch keeps Maps). */
const tables = new WeakMap<object, { count: number; lengths: Float64Array[]; ids: Int32Array }>();

function tableOf(m: Internals, nf: number) {
  const known = tables.get(m);
  // Rebuilt if documents were added since (an index is searched only once it is complete).
  if (known && known.count === m._documentCount) return known;
  const lengths = Array.from({ length: nf }, () => new Float64Array(m._nextId));
  for (const [doc, ls] of m._fieldLength) for (let f = 0; f < nf; f++) lengths[f][doc] = ls[f] as number;
  const ids = new Int32Array(m._nextId);
  for (const [doc, id] of m._documentIds) ids[doc] = id as number;
  const t = { count: m._documentCount, lengths, ids };
  tables.set(m, t);
  return t;
}

/**
 * One field's postings of one word as arrays, with each posting's BM25+ score (MiniSearch's
 * calcBM25Score, the same expression): it depends only on the index, so it is worked out once
 * per word and field, not on every keystroke that reaches the word.
 */
const scored = new WeakMap<Map<number, number>, { count: number; docs: Int32Array; raw: Float64Array }>();

function postingsOf(m: Internals, freqs: Map<number, number>, fieldId: number, len: Float64Array) {
  const known = scored.get(freqs);
  if (known && known.count === m._documentCount && known.docs.length === freqs.size) return known;
  const matching = freqs.size, avg = m._avgFieldLength[fieldId];
  const docs = new Int32Array(matching), raw = new Float64Array(matching);
  let j = 0;
  for (const [doc, tf] of freqs) {
    docs[j] = doc;
    const invDocFreq = Math.log(1 + (m._documentCount - matching + 0.5) / (matching + 0.5));
    raw[j++] = invDocFreq * (BM25.d + tf * (BM25.k + 1) / (tf + BM25.k * (1 - BM25.b + BM25.b * len[doc] / avg)));
  }
  const p = { count: m._documentCount, docs, raw };
  scored.set(freqs, p);
  return p;
}

export interface UnitHits {
  /** Document ids (MiniSearch's `id`), best first, ties in MiniSearch's order (unless asked for unordered). */
  ids: Int32Array;
  /** Each one's score as query.ts keeps it: MiniSearch's score, divided back by its matched query words when any matched several. */
  scores: Float64Array;
  /** The indexed words the results matched (MiniSearch's `match` keys of every result). */
  words: Set<string>;
}

type Opts = { prefix?: unknown; fuzzy?: unknown; boostTerm?: unknown; combineWith?: string };
/** A word of the query tree with the options it inherits (MiniSearch's termToQuerySpec). */
interface Spec { term: string; prefix: boolean; fuzzy: number | boolean; termBoost: number }
/** The query tree with its strings tokenized: MiniSearch's executeQuery, before anything runs. */
type Node = { op: 'or' | 'and'; parts: Node[] } | Spec;

function plan(m: Internals, query: MsQuery, options: Opts): Node {
  let parts: Node[];
  let combineWith: string | undefined;
  if (typeof query !== 'string') {
    const o = { ...options, ...(query as Opts), queries: undefined };
    parts = (query as { queries: MsQuery[] }).queries.map((sub) => plan(m, sub, o));
    combineWith = o.combineWith;
  } else {
    const terms = m._options.tokenize(query).flatMap((t) => m._options.processTerm(t)).filter((t): t is string => !!t);
    const { prefix, fuzzy, boostTerm } = options;
    parts = terms.map((term, i) => ({
      term,
      prefix: !!(typeof prefix === 'function' ? prefix(term, i, terms) : prefix === true),
      fuzzy: (typeof fuzzy === 'function' ? fuzzy(term, i, terms) : fuzzy || false) as number | boolean,
      termBoost: typeof boostTerm === 'function' ? boostTerm(term, i, terms) : 1,
    }));
    combineWith = options.combineWith;
  }
  const op = (combineWith ?? 'or').toLowerCase();
  if (op !== 'or' && op !== 'and') throw new Error(`searchUnit: unsupported combineWith ${combineWith}`);
  return { op, parts };
}

const isSpec = (x: Node): x is Spec => 'term' in x;
/** Whether any AND joins two or more parts (MiniSearch's reduce leaves a lone part as it is). */
const hasAnd = (x: Node): boolean => !isSpec(x) && ((x.op === 'and' && x.parts.length > 1) || x.parts.some(hasAnd));
const termsOf = (x: Node, out: Set<string>): Set<string> => { if (isSpec(x)) out.add(x.term); else for (const p of x.parts) termsOf(p, out); return out; };

/**
 * `ms.search(q, { boost, maxFuzzy })` as query.ts reads it (see UnitHits). `q` holds no wildcard
 * and no AND_NOT. `general`: always the general path (tests compare both with MiniSearch).
 * `ordered` false: the same hits and scores, not sorted (`ids` in index order), for a caller that
 * ranks them itself (query.ts adds up the words of a query of several).
 */
export function searchUnit<T>(ms: MiniSearch<T>, q: MsQuery, boost: Record<string, number>, maxFuzzy: number, general = false, ordered = true): UnitHits {
  const m = ms as unknown as Internals;
  const fields = m._options.fields;
  const fieldIds = fields.map((f) => m._fieldIds[f]);
  const fieldBoosts = fields.map((f) => (Object.prototype.hasOwnProperty.call(boost, f) && boost[f]) || 1);
  const table = tableOf(m, Math.max(...fieldIds) + 1);
  const n = m._nextId;
  const tree = plan(m, q, {});
  const sources = [...termsOf(tree, new Set())];
  const sourceOf = new Map(sources.map((t, k) => [t, k]));

  // MiniSearch's executeQuerySpec: the word itself, then its prefix matches, then its typo
  // matches, each as (indexed word, weight, postings) for `add`.
  const spec = (x: Spec, add: (derived: string, termWeight: number, data: Postings) => void) => {
    const exact = m._index.get(x.term);
    if (exact) add(x.term, 1, exact);
    let fuzzyMatches: Map<string, [Postings, number]> | undefined;
    if (x.fuzzy) {
      const f = x.fuzzy === true ? 0.2 : x.fuzzy;
      const maxDistance = f < 1 ? Math.min(maxFuzzy, Math.round(x.term.length * f)) : f;
      if (maxDistance) fuzzyMatches = m._index.fuzzyGet(x.term, maxDistance);
    }
    if (x.prefix) {
      for (const [t, data] of m._index.atPrefix(x.term)) {
        const distance = t.length - x.term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(t);
        add(t, WEIGHT.prefix * t.length / (t.length + 0.3 * distance), data);
      }
    }
    if (fuzzyMatches) {
      for (const [t, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        add(t, WEIGHT.fuzzy * t.length / (t.length + distance), data);
      }
    }
  };
  // MiniSearch's termResults: every field's postings of one word, weighted, to `each(doc, score)`.
  const termResults = (x: Spec, termWeight: number, data: Postings, each: (doc: number, s: number) => void) => {
    for (let f = 0; f < fields.length; f++) {
      const fieldId = fieldIds[f];
      const freqs = data.get(fieldId);
      if (!freqs) continue;
      const { docs, raw } = postingsOf(m, freqs, fieldId, table.lengths[fieldId]);
      // The same products in the same order as MiniSearch (its document boost is 1).
      const w = termWeight * x.termBoost * fieldBoosts[f] * 1;
      for (let j = 0; j < docs.length; j++) each(docs[j], w * raw[j]);
    }
  };

  const r = !general && sources.length <= 31 && !hasAnd(tree) ? orOnly(n, tree, sourceOf, spec, termResults) : anyTree(n, tree, sourceOf, spec, termResults);
  // MiniSearch's search: score × matched query words, sorted (stable); query.ts divides the
  // scores back when any result matched several words, and sorts again (stable).
  const count = r.docs.length;
  const first = new Float64Array(count), final = new Float64Array(count);
  let several = false;
  for (let i = 0; i < count; i++) {
    const quality = r.quality(i);
    first[i] = r.score[r.docs[i]] * quality;
    final[i] = quality;
    if (quality > 1) several = true;
  }
  for (let i = 0; i < count; i++) final[i] = several ? first[i] / final[i] : first[i];
  const order = ordered ? bestFirst(several ? final : first, count, several ? (a, b) => final[b] - final[a] || first[b] - first[a] || a - b : (a, b) => first[b] - first[a] || a - b) : undefined;
  const ids = new Int32Array(count), scores = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const i = order ? order[k] : k;
    ids[k] = table.ids[r.docs[i]];
    scores[k] = final[i];
  }
  r.done?.();
  return { ids, scores, words: r.words };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Scratch for bestFirst's keys, grown as needed and kept (one search runs at a time); `halves` views the same bytes. */
let keys = new Float64Array(0);
let halves = new Uint32Array(0);

/**
 * Positions 0…count-1 in the order `exact` gives (it must rank by `score` descending first, and
 * end with `a - b`), by a native numeric sort instead of `exact` called n·log n times (about 3×
 * faster at a few thousand results, where a short prefix spends a third of its search sorting).
 * Each key is the negated score with its lowest mantissa bits replaced by the position (smaller
 * position, larger bits: first among equal keys). Cutting those bits never reverses two scores,
 * so keys that still differ are in the exact order; a run of equal keys is checked with `exact`
 * and sorted with it when it is not in order (scores that differ only in the cut bits).
 */
export function bestFirst(score: Float64Array, count: number, exact: (a: number, b: number) => number): Int32Array {
  const order = new Int32Array(count);
  let bits = 1;
  while (1 << bits < count) bits++;
  if (bits > 20 || !LITTLE_ENDIAN) {
    for (let i = 0; i < count; i++) order[i] = i;
    return order.sort(exact);
  }
  if (keys.length < count) halves = new Uint32Array((keys = new Float64Array(Math.max(count, keys.length * 2))).buffer);
  const key = keys.subarray(0, count), word = halves; // word[2i]: low half of key[i] (little-endian)
  const mask = (1 << bits) - 1;
  for (let i = 0; i < count; i++) {
    key[i] = -score[i];
    word[2 * i] = ((word[2 * i] & ~mask) | (mask - i)) >>> 0;
  }
  key.sort();
  for (let i = 0; i < count; i++) order[i] = mask - (word[2 * i] & mask);
  for (let start = 0, end = 1; start < count; start = end++) {
    const hi = word[2 * start + 1], lo = word[2 * start] & ~mask;
    while (end < count && word[2 * end + 1] === hi && (word[2 * end] & ~mask) === lo) end++;
    for (let j = start + 1; j < end; j++) {
      if (exact(order[j - 1], order[j]) > 0) { order.subarray(start, end).sort(exact); break; }
    }
  }
  return order;
}

type SpecRunner = (x: Spec, add: (derived: string, termWeight: number, data: Postings) => void) => void;
type TermRunner = (x: Spec, termWeight: number, data: Postings, each: (doc: number, s: number) => void) => void;
interface Found { docs: ArrayLike<number>; score: Float64Array; quality(i: number): number; words: Set<string>; done?(): void }
/** `docs[0…len)`: the documents reached, in order; `at[doc]`: its place there + 1 (0: not reached). */
type Acc = { docs: Int32Array; len: number; score: Float64Array; at: Int32Array; bits: Int32Array };
/** orOnly's arrays (a few per query word, each as long as the index), kept for the next keystroke instead of made anew: a short prefix reaches thousands of documents, and lists grown for them were most of a keystroke's garbage. */
let spare: { n: number; free: Acc[] } = { n: 0, free: [] };

const popcount = (x: number) => { x -= (x >>> 1) & 0x55555555; x = (x & 0x33333333) + ((x >>> 2) & 0x33333333); return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24; };

/**
 * The common tree (ORs only, at most 31 query words): each result's query words as bits, and the
 * matched words are every indexed word reached (with ORs alone, each is in some result's match).
 * An OR's parts are each summed apart, then added in, as MiniSearch adds its maps.
 */
function orOnly(n: number, tree: Node, sourceOf: Map<string, number>, spec: SpecRunner, termResults: TermRunner): Found {
  if (spare.n !== n) spare = { n, free: [] };
  const pool = spare.free;
  const take = (): Acc => pool.pop() ?? { docs: new Int32Array(n), len: 0, score: new Float64Array(n), at: new Int32Array(n), bits: new Int32Array(n) };
  const release = (a: Acc) => { for (let i = 0; i < a.len; i++) a.at[a.docs[i]] = 0; a.len = 0; pool.push(a); };
  const words = new Set<string>();
  const run = (x: Node): Acc => {
    if (isSpec(x)) {
      const acc = take();
      const bit = 1 << sourceOf.get(x.term)!;
      spec(x, (derived, weight, data) => {
        words.add(derived);
        termResults(x, weight, data, (doc, s) => {
          if (acc.at[doc]) acc.score[doc] += s;
          else { acc.docs[acc.len] = doc; acc.at[doc] = ++acc.len; acc.score[doc] = s; acc.bits[doc] = bit; }
        });
      });
      return acc;
    }
    if (!x.parts.length) return take();
    const acc = run(x.parts[0]);
    for (let k = 1; k < x.parts.length; k++) {
      const b = run(x.parts[k]);
      for (let i = 0; i < b.len; i++) {
        const doc = b.docs[i];
        if (acc.at[doc]) { acc.score[doc] = acc.score[doc] + b.score[doc]; acc.bits[doc] |= b.bits[doc]; }
        else { acc.docs[acc.len] = doc; acc.at[doc] = ++acc.len; acc.score[doc] = b.score[doc]; acc.bits[doc] = b.bits[doc]; }
      }
      release(b);
    }
    return acc;
  };
  const acc = run(tree);
  return { docs: acc.docs.subarray(0, acc.len), score: acc.score, quality: (i) => popcount(acc.bits[acc.docs[i]]) || 1, words, done: () => release(acc) };
}

/**
 * Any tree: per result, its distinct query words (`src`) and indexed words (`der`) as lists, as
 * MiniSearch's terms and match keys; an AND keeps the second part's order.
 */
function anyTree(n: number, tree: Node, sourceOf: Map<string, number>, spec: SpecRunner, termResults: TermRunner): Found {
  type Res = { docs: number[]; score: Float64Array; at: Int32Array; src: number[][]; der: number[][] };
  const empty = (): Res => ({ docs: [], score: new Float64Array(n), at: new Int32Array(n), src: [], der: [] });
  const derNames: string[] = [], derIds = new Map<string, number>();
  const add = (a: number[], x: number) => { if (!a.includes(x)) a.push(x); };
  const union = (a: number[], b: number[]) => { for (const x of b) add(a, x); };
  const run = (x: Node): Res => {
    if (isSpec(x)) {
      const r = empty();
      const source = sourceOf.get(x.term)!;
      spec(x, (derived, weight, data) => {
        let der = derIds.get(derived);
        if (der === undefined) { derIds.set(derived, (der = derNames.length)); derNames.push(derived); }
        const d = der;
        termResults(x, weight, data, (doc, s) => {
          const at = r.at[doc];
          if (at) { r.score[doc] += s; add(r.src[at - 1], source); add(r.der[at - 1], d); }
          else { r.at[doc] = r.docs.push(doc); r.score[doc] = s; r.src.push([source]); r.der.push([d]); }
        });
      });
      return r;
    }
    if (!x.parts.length) return empty();
    return x.parts.map(run).reduce(x.op === 'or' ? or : and);
  };
  const or = (a: Res, b: Res): Res => {
    for (const doc of b.docs) {
      const i = b.at[doc] - 1, at = a.at[doc];
      if (!at) { a.at[doc] = a.docs.push(doc); a.score[doc] = b.score[doc]; a.src.push(b.src[i]); a.der.push(b.der[i]); }
      else { a.score[doc] = a.score[doc] + b.score[doc]; union(a.der[at - 1], b.der[i]); union(a.src[at - 1], b.src[i]); }
    }
    return a;
  };
  const and = (a: Res, b: Res): Res => {
    const c = empty();
    for (const doc of b.docs) {
      const at = a.at[doc];
      if (!at) continue;
      const i = b.at[doc] - 1;
      union(a.src[at - 1], b.src[i]);
      union(a.der[at - 1], b.der[i]);
      c.at[doc] = c.docs.push(doc);
      c.score[doc] = a.score[doc] + b.score[doc];
      c.src.push(a.src[at - 1]);
      c.der.push(a.der[at - 1]);
    }
    return c;
  };
  const r = run(tree);
  const words = new Set<string>();
  for (const der of r.der) for (const d of der) words.add(derNames[d]);
  return { docs: r.docs, score: r.score, quality: (i) => r.src[i].length || 1, words };
}
