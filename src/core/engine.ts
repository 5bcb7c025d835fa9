/**
 * The search engine the element calls on every keystroke: text search + filters + disjunctive
 * facet counts + sorting + paging + highlight ranges + pinned resources, per locale.
 * Owns: the public Query/Results API, locale state and when indexes are (re)built.
 * Does not own: rendering, URL state or loading bundles (the element), nor index internals.
 */
import type { Bundle, Resource } from './types.js';
import { foldForSearch, localizedText, normalizeQuery, wordRanges, words } from './text.js';
import { buildFacets, facetViews, filterCount, filterPass, selection, valueLabels, type FacetTable, type FacetView } from './facets.js';
import { scanNames, type TextIndex } from './search-index.js';
import { docMaker } from './index-docs.js';
import type { Synonyms, TextResults, UnitResult } from './query.js';
// MiniSearch, stemmers and query running are a part the one-file build loads on demand: callers await loadSearch() first.
import { searchPart as part } from '../parts/index.js';
import type { DistanceUnit } from './geo.js';
import type { PlaceTable } from './near.js';
// Distances and hours are the local part (core/local-part.ts): only near / openAt queries use it,
// and the UI offers those only for bundles that loaded it (core/local-need.ts).
import { localPart } from '../parts/index.js';
import type { LatLon } from './types.js';

export type { FacetValueView, FacetView } from './facets.js';
export { MAX_QUERY_LENGTH, normalizeQuery } from './text.js';

/** `distance`: nearest first (needs `near`; without it, relevance). */
export type SortOrder = 'relevance' | 'name' | 'verified' | 'distance';
export interface Query {
  text: string;
  filters: Record<string, string[]>;
  sort?: SortOrder;
  /** How many hits to return ("show more" paging); default 20. */
  limit?: number;
  /** The visitor's point: hits get their distance and nearest site; services without a place go to `anywhere`. */
  near?: LatLon;
  /** With `near`: only sites within this distance (in `unit`); 0 or absent = any distance. */
  radius?: number;
  /** Unit of distances and `radius`; default miles. */
  unit?: DistanceUnit;
  /** Only resources open at this instant (epoch ms), evaluated in `meta.timezone`. */
  openAt?: number;
}
type Field = 'name' | 'description' | 'organization';
export interface Hit {
  resource: Resource;
  score: number;
  /** Ranges in the displayed (localized) text of each field, for highlighting. */
  matches: Partial<Record<Field, [number, number][]>>;
  /** With `near`: straight-line distance to the nearest usable site, and that site's index in `locations`. */
  distance?: number;
  site?: number;
}
export interface Results {
  total: number;
  hits: Hit[];
  pinned: Resource[];
  /** Per facet, its values with disjunctive counts over the results (worked out when first read). */
  facets: FacetView[];
  /** No resource matched all words, so these match any word. */
  relaxed: boolean;
  /** With `near`: matching services without a place (hotlines, online), listed apart, not counted in `total`. */
  anywhere: Hit[];
  anywhereTotal: number;
  /**
   * How many of `total` match every word of the query. When fewer than 5 do, the resources
   * matching some words are listed too, after them in relevance order (the list can say where
   * they start); otherwise (and without a query) it equals `total`.
   */
  matchedAll: number;
}
export interface Engine {
  readonly locale: string;
  setLocale(locale: string): void;
  /** `q.text` is read through normalizeQuery (invisible characters dropped, MAX_QUERY_LENGTH). */
  search(q: Query): Results;
  /**
   * "Did you mean" for a query that finds nothing or little: up to `max` (3) versions of `text`
   * with each word the index does not know replaced by the closest words of the visitor's
   * language, closest first; empty when every word is known or while the index builds.
   * `locale` defaults to the current one (another is used only if its index is loaded).
   */
  suggest(text: string, locale?: string, max?: number): string[];
  /** Resolves when the search index for the current locale is complete. */
  readonly ready: Promise<void>;
  /** The current locale's index is complete (until then a non-empty query only scans names). */
  readonly indexed: boolean;
}
export interface EngineOptions {
  /** Bundles up to this size are indexed synchronously in createEngine. */
  syncLimit?: number;
  /** Longest time slice of an asynchronous index build. */
  sliceMs?: number;
  /**
   * A locale's index built elsewhere (a Web Worker, src/core/worker-main.ts) for a bundle above
   * syncLimit; undefined (or a rejection) = build it here, in time slices.
   */
  prebuilt?: (locale: string) => Promise<TextIndex> | undefined;
  /** The bundle's facet table, built elsewhere (the loading worker) from this same bundle. */
  facets?: FacetTable;
  /** Sort orders made elsewhere (a split bundle's files: its resources are not all here to sort). */
  ranks?: (kind: 'name' | 'verified', locale: string) => Uint32Array | undefined;
}

interface LocaleState {
  locale: string;
  index?: TextIndex;
  /** Per-word results of recent keystrokes. */
  cache: Map<string, UnitResult>;
  ready: Promise<void>;
  labels: string[];
  syn: Synonyms;
  collator: Intl.Collator;
  names?: string[][];
  nameRank?: Uint32Array;
}

/** How many of `xs` are below `limit` (no array allocated on each keystroke). */
function countBelow(xs: ArrayLike<number>, limit: number): number {
  let c = 0;
  for (let k = 0; k < xs.length; k++) if (xs[k] < limit) c++;
  return c;
}

/** Up to this many resources, an index is built at once by default, and each visited locale's is kept. */
const KEEP_LIMIT = 500;

export function createEngine(bundle: Bundle, locale: string, opts: EngineOptions = {}): Engine {
  const res = bundle.resources;
  const n = res.length;
  const def = bundle.meta.default_locale;
  const table = opts.facets ?? buildFacets(bundle);
  let placeTable: PlaceTable | undefined;
  const places = () => (placeTable ??= local().createPlaceTable(bundle));
  const pinned = res.filter((r) => r.pinned);
  const listed = Int32Array.from(res.keys()).filter((i) => !res[i].pinned);
  const isPinned = Uint8Array.from(res, (r) => (r.pinned ? 1 : 0));
  const isListed = (i: number) => !isPinned[i];
  let dateRank: Uint32Array | undefined;
  let cur: LocaleState;
  // Memo of the last text query, so clicking a filter does not search the text again.
  let memo: { key: string; found: TextResults } | undefined;

  const text = (x: Parameters<typeof localizedText>[0]) => localizedText(x, cur.locale, def).text;
  const rank = (keyOf: (i: number) => string, cmp: (a: string, b: string) => number) => {
    const keys = res.map((_, i) => keyOf(i));
    const order = Array.from(res.keys()).sort((a, b) => cmp(keys[a], keys[b]) || a - b);
    const r = new Uint32Array(n);
    order.forEach((i, k) => (r[i] = k));
    return r;
  };

  const syncLimit = opts.syncLimit ?? KEEP_LIMIT;
  const nameWords = (loc: string, i: number) => words(foldForSearch(localizedText(res[i].name, loc, def).text));

  function load(loc: string): LocaleState {
    const labels = valueLabels(table, loc, def);
    const stem = part.stemmerFor(loc);
    const s: LocaleState = { locale: loc, labels, cache: new Map(), syn: part.compileSynonyms(bundle, loc, stem), collator: new Intl.Collator(loc), ready: Promise.resolve() };
    const ix = part.newIndex(stem);
    const doc = docMaker(bundle, table, loc, part.docOf, labels);
    if (n <= syncLimit) {
      for (let i = 0; i < n; i++) ix.add(doc(i));
      s.index = ix;
    } else {
      // Fold names first (the stop-gap search reads them), then index; a superseded build stops.
      const names: string[][] = (s.names = []);
      const step = (i: number) => (i < n ? (names[i] = nameWords(loc, i)) : ix.add(doc(i - n)));
      // An index built elsewhere (the loading worker), or else here; either is dropped once superseded.
      s.ready = (opts.prebuilt?.(loc) ?? Promise.reject())
        .catch(() => part.inSlices(2 * n, step, opts.sliceMs ?? 8, () => cur === s).then((done) => done && ix))
        .then((ready) => {
          if (ready && cur === s) s.index = ready;
          else if (states.get(loc) === s) states.delete(loc);
        });
    }
    return s;
  }
  // Small bundles keep one index per visited locale (≈1 MB each, switching back is instant); big
  // ones keep only the current locale's (≈10–20 MB each at 10,000) and re-index in the background.
  const states = new Map<string, LocaleState>();
  const setLocale = (loc: string) => {
    if (cur?.locale === loc) return;
    memo = undefined;
    cur = states.get(loc) ?? load(loc);
    if (n > KEEP_LIMIT) states.clear();
    states.set(loc, cur);
  };
  setLocale(locale);

  /**
   * Highlights displayed words equal to an indexed word the query matched (any field: a word
   * shown in a field is indexed in it), or starting with a short or stop-gap prefix (names only).
   */
  function makeHit(i: number, score: number, m: ReturnType<typeof part.matchedWords>): Hit {
    const r = res[i];
    let matches: Hit['matches'] | undefined;
    const mark = (into: Hit['matches'], field: Field, s: string, names?: boolean) => {
      const ranges = s ? wordRanges(s, (w) => m.words.has(w) || (!!names && m.prefixes.some((p) => w.startsWith(p)))) : [];
      if (ranges.length) into[field] = ranges;
    };
    // Worked out when first read: while the visitor types, only the cards in view are drawn in the
    // keystroke's frame (ui/result-list.ts); the others read theirs after it.
    return {
      resource: r,
      score,
      get matches() {
        if (!matches) {
          matches = {};
          mark(matches, 'name', text(r.name), true);
          mark(matches, 'organization', text(r.organization?.name));
          mark(matches, 'description', text(r.description));
        }
        return matches;
      },
    };
  }

  function search(q: Query): Results {
    const s = cur;
    const qtext = normalizeQuery(q.text);
    let cand: ArrayLike<number> = listed;
    let found: TextResults | undefined;
    if (qtext && s.index) {
      const key = s.locale + '\u0000' + qtext;
      if (memo?.key !== key) memo = { key, found: part.runQuery(s.index, part.planQuery(qtext, s.syn, s.index), n, isListed, s.cache) };
      found = memo.found;
      cand = found.ids;
    } else if (qtext) {
      const names = (s.names ??= []);
      cand = scanNames((i) => (names[i] ??= nameWords(s.locale, i)), listed, qtext);
    }

    // Place and time narrow the candidates before facets count, so the counts agree with the list.
    const unit = q.unit ?? 'mi';
    const dist = q.near ? places().distances(q.near, unit) : undefined;
    let scores = found?.scores;
    let allCut = found?.all ?? 0; // where the hits matching every word end, in `cand`
    if (dist || q.openAt !== undefined) {
      const open = q.openAt !== undefined ? places().openAt(q.openAt) : undefined;
      const radius = q.radius || Infinity;
      const keep: number[] = [];
      const kept: number[] = [];
      allCut = 0;
      for (let k = 0; k < cand.length; k++) {
        const i = cand[k];
        if ((open && !open[i]) || (dist && dist[i] > radius)) continue;
        keep.push(i);
        if (scores) kept.push(scores[k]);
        if (k < (found?.all ?? 0)) allCut = keep.length;
      }
      cand = keep;
      if (scores) scores = kept;
    }
    const { sel, active } = selection(table, q.filters);
    const sort = q.sort ?? 'relevance';
    const limit = Math.max(0, q.limit ?? 20);
    // With no filter, place or other order (typing, mostly), every candidate passes, in its order:
    // only the positions shown are listed (a short prefix at 10,000 resources has thousands).
    const every = !active && !dist && sort === 'relevance';
    const passed = every ? Array.from({ length: Math.min(limit, cand.length) }, (_, k) => k) : filterPass(table, cand, sel, active);
    const placed = (k: number) => !dist || !Number.isNaN(dist[cand[k]]);
    const pass = dist ? passed.filter(placed) : passed;
    const anywhere = dist ? passed.filter((k) => !placed(k)) : [];
    if (sort === 'distance' && dist) pass.sort((a, b) => dist[cand[a]] - dist[cand[b]] || a - b);
    if (sort === 'name') {
      s.nameRank ??= opts.ranks?.('name', s.locale) ?? rank((i) => text(res[i].name), s.collator.compare);
      const nr = s.nameRank;
      pass.sort((a, b) => nr[cand[a]] - nr[cand[b]]);
    } else if (sort === 'verified') {
      // Newest check first; "YYYY-MM" and "YYYY-MM-DD" compare correctly as strings; undated last.
      dateRank ??= opts.ranks?.('verified', s.locale) ?? rank((i) => res[i].link_check?.checked ?? '', (a, b) => (a < b ? 1 : a > b ? -1 : 0));
      const dr = dateRank;
      pass.sort((a, b) => dr[cand[a]] - dr[cand[b]]);
    }
    // With a query, `pass` is already in score order; browsing keeps bundle order.
    const m = found ? part.matchedWords(found.units) : { words: new Set<string>(), prefixes: qtext ? words(foldForSearch(qtext)) : [] };
    const hit = (k: number) => {
      const h = makeHit(cand[k], scores?.[k] ?? 0, m);
      const site = q.near && local().nearestLocation(h.resource.locations, q.near, unit);
      if (site) Object.assign(h, { distance: site.distance, site: site.index });
      return h;
    };
    const hits = pass.slice(0, limit).map(hit);
    const total = every ? cand.length : pass.length;
    let facets: FacetView[] | undefined;
    return {
      anywhere: anywhere.slice(0, limit).map(hit),
      anywhereTotal: anywhere.length,
      total,
      hits,
      pinned,
      // Counted when first read: while the visitor types, the filter panel reads them after a pause (view-model.ts).
      get facets() {
        return (facets ??= facetViews(table, filterCount(table, cand, sel, active), q.filters, s.labels, s.locale, def, s.collator));
      },
      relaxed: !!found?.relaxed,
      // Every position passes when `every`: those below allCut are all of the first allCut.
      matchedAll: !found ? total : every ? allCut : countBelow(pass, allCut),
    };
  }

  // Once the index is ready, two throwaway searches in idle time: the query path's code (planning,
  // scoring, highlighting) is then compiled before the visitor's first keystroke, which would
  // otherwise pay for it (browsers only; the result is dropped, the per-word cache is left empty).
  // A prefix, then two words the second of which is mistyped (the typo and AND paths): each in an
  // idle moment of its own, as each takes tens of ms on a slow phone before the code is compiled,
  // and a keystroke then would wait for it. None once the visitor has searched (`memo`).
  const warmTexts = [(w: string) => w.slice(0, 4), (w: string) => `${w} ${w[0] + w[2] + w[1] + w.slice(3)}`];
  const warm = (s: LocaleState, step = 0) => {
    if (typeof requestIdleCallback !== 'function') return;
    void s.ready.then(() => requestIdleCallback(() => {
      const word = s.index && n && words(foldForSearch(text(res[0].name))).find((w) => w.length > 3);
      if (cur !== s || !word || memo) return;
      search({ text: warmTexts[step](word), filters: {} });
      memo = undefined;
      s.cache.clear();
      if (step + 1 < warmTexts.length) warm(s, step + 1);
    }, { timeout: 2000 }));
  };
  warm(states.get(locale)!);

  return {
    get locale() { return cur.locale; },
    get ready() { return cur.ready; },
    get indexed() { return !!cur.index; },
    setLocale,
    search,
    suggest: (text, locale, max) => {
      const ix = (locale && states.get(locale)) ? states.get(locale)!.index : cur.index;
      const t = normalizeQuery(text);
      return ix && t ? part.suggestQueries(t, ix, max) : [];
    },
  };
}

/** The local part, which a near or open-now query needs loaded (parts: loadLocal). */
function local() {
  if (!localPart) throw new Error('Place and hours searches need the local part: await loadLocal() first.');
  return localPart;
}
