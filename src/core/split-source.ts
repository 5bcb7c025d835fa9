/**
 * Reading the split form (core/split-format.ts) in the page: the head gives every resource's place
 * (stand-ins until a resource's own file is there), the facet table and the first results; the
 * rest is fetched as searches need it, once, and kept for the visit.
 * Owns: which files a search needs (the query planned as the engine plans it, so the terms it
 * reaches, typo and synonym ones included, are all there before it runs), fetching and checking
 * them, and the gate the view model asks (SplitGate). Does not own: searching (engine.ts) or
 * requests (load.ts).
 */
import { afterFrame, lowPriority } from './after-frame.js';
import type { Query as MsQuery } from 'minisearch';
import type { SortOrder } from './engine.js';
import type { FacetTable } from './facets.js';
import { isObj } from './guards.js';
import { LoadError, loadBundleJson } from './load.js';
import { normalizeBundle, type NormalizedBundle } from './normalize.js';
import type { soundResource } from './stamp.js';
import type { compileSynonyms, distance, planQuery, Synonyms } from './query.js';
import type { TextIndex } from './search-index.js';
import { decodeFacets, decodeTerm, isSplitDir, localeHeadUrl, paths, shardOf, ungap, type LocaleHead, type SplitInfo, type TermFile } from './split-format.js';
import type { stemmerFor } from './stem.js';
import type { addTerms, splitIndex } from './text-index.js';
import { foldForSearch, normalizeQuery, words } from './text.js';
import { pickLocale } from './locale.js';
import { fetchThroughWorker } from '../parts/fetch-client.js';
import type { Bundle, Resource } from './types.js';

/** What the view model asks of a split bundle before it searches and shows (view-model.ts). */
export interface SplitGate {
  /** Files the search of `text` (and `sort`) in `locale` needs that are not here yet: a promise for them; undefined when all are. */
  need(locale: string, text: string, sort: SortOrder): Promise<unknown> | undefined;
  /** Fetches the resources of these stand-ins; undefined when there is nothing to fetch (failed ones are not asked again). */
  fetch(resources: Resource[]): Promise<unknown> | undefined;
  /** The resource is itself, not a stand-in. */
  has(r: Resource): boolean;
  /** Changes whenever a file arrived: searches made before must be made again. */
  readonly version: number;
}

/** A file requested before this part was loaded: its URL and the parsed answer. */
export interface EarlyFile { url: string; got: Promise<unknown> }

/** A stand-in's id: never a real one (ids are checked strings without control characters). */
const STUB = '\u0000';
/** A failed file is asked again only after this long (a bad network may recover). */
const RETRY_MS = 10000;

/**
 * Resolves once the page has drawn its next frame (or after 50 ms, for a tab that draws none):
 * the files a keystroke needs are asked for then, so that starting their requests (about 0.5 ms
 * each on a slow phone) does not delay the frame that shows the keystroke. One per frame.
 */
let frameDrawn: Promise<void> | undefined;
const nextFrame = () =>
  (frameDrawn ??= new Promise<void>((go) => afterFrame(() => ((frameDrawn = undefined), go()), { orAfter: 50 })));

const isNums = (x: unknown): x is number[] => Array.isArray(x) && x.every((v) => Number.isSafeInteger(v) && v >= 0);

/** The head's `split`, checked (a hand-edited or foreign file gets a located message, not a blank box). */
export function readSplitInfo(x: unknown): SplitInfo {
  const bad = (what: string) => new LoadError('shape', `This is the head of a split bundle, but its "split" ${what}. Run \`resource-finder build\` again and upload the head with its folder.`);
  if (!isObj(x) || x.v !== 1) throw bad('is from another version');
  const { count, dir, at, table } = x;
  if (!Number.isSafeInteger(count) || (count as number) < 1 || (count as number) > 2e6) throw bad('has no resource count');
  // Only a folder beside the head (the host's own site): never another origin or an absolute path.
  if (!isSplitDir(dir)) throw bad('names no folder beside it');
  if (!isNums(at) || at.some((i, k) => i >= (count as number) || (k > 0 && i <= at[k - 1]))) throw bad('lists resources it does not hold');
  if (!isObj(table) || !Array.isArray(table.ids) || !Array.isArray(table.lists) || table.ids.length !== table.lists.length || !table.lists.every(isNums)) throw bad('has no facet table');
  if (!table.ids.every((v) => Array.isArray(v) && Number.isSafeInteger(v[0]) && typeof v[1] == 'string' && v[1].length <= 200)) throw bad('has no facet table');
  return x as unknown as SplitInfo;
}

/**
 * What this part takes from the search part (the one-file build loads this part only for split
 * bundles, as resource-finder.split.js; the index code and MiniSearch stay in the search part).
 */
export interface SplitDeps {
  compileSynonyms: typeof compileSynonyms;
  planQuery: typeof planQuery;
  distance: typeof distance;
  stemmerFor: typeof stemmerFor;
  splitIndex: typeof splitIndex;
  addTerms: typeof addTerms;
  soundResource: typeof soundResource;
}

export interface OpenedSplit {
  /** The whole directory: the head's resources in their places, stand-ins elsewhere. */
  bundle: Bundle;
  facets: FacetTable;
  prebuilt: (locale: string) => Promise<TextIndex>;
  ranks: (kind: 'name' | 'verified', locale: string) => Uint32Array | undefined;
  split: SplitGate;
}

/**
 * Opens a split bundle from its checked head (`head`, stamped) fetched from `url`; `get` fetches
 * one JSON file (load.ts loadBundleJson with the element's timeout).
 */
export async function openSplit(head: Bundle & { split?: unknown }, url: string, get: (url: string) => Promise<unknown>, deps: SplitDeps, first = head.meta.default_locale, getFirst = get): Promise<OpenedSplit> {
  const { compileSynonyms, planQuery, distance, stemmerFor, splitIndex, addTerms, soundResource } = deps;
  // Each step in a task of its own (at 10,000 resources each takes tens of ms on a slow phone).
  const pause = () => new Promise((next) => setTimeout(next));
  const info = readSplitInfo(head.split);
  const base = new URL(info.dir, url).href;
  // The page locale's index head is asked for first: the first results wait for it, and it comes
  // while the steps below run (at 10,000 resources they take a few hundred ms on a slow phone).
  const firstHead = localeHeadUrl(info.dir, url, first);
  const seeded = new Map<string, Promise<unknown>>([[first, getFirst(firstHead)]]);
  seeded.get(first)!.catch(() => {}); // its failure is reported below, once the steps are done
  await pause();
  const n = info.count;
  const resources: Resource[] = Array.from({ length: n }, (_, i) => ({ id: STUB + i, name: '', description: '' }) as Resource);
  if (head.resources.length !== info.at.length) throw new LoadError('shape', 'This split bundle\'s head does not hold the resources it lists. Run `resource-finder build` again.');
  info.at.forEach((i, k) => (resources[i] = head.resources[k]));
  const { split: _, ...rest } = head;
  const bundle: Bundle = { ...rest, resources };
  await pause();
  const facets = decodeFacets(info.table, bundle.facets ?? [], n);
  await pause();

  let version = 0;
  const files = new Map<string, Promise<unknown>>();
  const done = new Set<string>();
  const failed = new Map<string, number>();
  /**
   * A file's content once fetched; each is fetched once (a failure is asked again after RETRY_MS).
   * What came is taken in (and the search it waited for answered) in a task of the lowest priority:
   * a keystroke typed meanwhile, and the frame that shows it, go first.
   */
  const file = (path: string, use: (json: unknown) => void): Promise<unknown> => {
    let p = files.get(path);
    if (!p) {
      p = nextFrame().then(() => get(base + path)).then((json) => lowPriority().then(() => json)).then(
        (json) => { use(json); done.add(path); failed.delete(path); version++; },
        (e) => { files.delete(path); failed.set(path, Date.now()); version++; console.error(`<resource-finder>: ${base + path}: ${(e as Error)?.message ?? e}`); },
      );
      files.set(path, p);
    }
    return p;
  };
  const missing = (path: string) => !done.has(path) && !(Date.now() - (failed.get(path) ?? -Infinity) < RETRY_MS);

  // Locales: the index head, its terms and prefix files as they come.
  interface Loc { ix: TextIndex; head: LocaleHead; keys: Set<string>; short: Set<string>; syn: Synonyms }
  const locs = new Map<string, Promise<Loc>>();
  const ready = new Map<string, Loc>();
  const open = (loc: string) => {
    let p = locs.get(loc);
    if (!p) {
      // Asked again after a failure (a bad network may recover), so the engine never indexes the stand-ins instead.
      const attempt = (): Promise<unknown> => (seeded.get(loc) ?? get(base + paths.locale(loc))).catch((e) => {
        seeded.delete(loc);
        console.error(`<resource-finder>: ${base + paths.locale(loc)}: ${(e as Error)?.message ?? e}`);
        return new Promise((again) => setTimeout(again, RETRY_MS)).then(attempt);
      });
      p = attempt().then(async (json) => {
        const h = json as LocaleHead;
        await new Promise((next) => setTimeout(next)); // not in the task that read the file
        if (!isObj(h) || h.v !== 1 || !Array.isArray(h.terms) || !isNums(h.lengths.map((l) => l + 1)) || !isNums(h.own) || !Array.isArray(h.stems)) throw new LoadError('shape', `${base + paths.locale(loc)} is not a split index.`);
        const stem = stemmerFor(loc);
        const vocab = new Map<string, Set<string>>();
        for (const k of ungap(h.own)) { const w = h.terms[k]; (vocab.get(w[0]) ?? vocab.set(w[0], new Set()).get(w[0])!).add(w); }
        const stems = new Map(h.stems.map(([s, ws]) => [s, ws.map((k) => h.terms[k])]));
        const spelled = new Map(h.spelled.map(([k, lower]) => [h.terms[k], lower]));
        await new Promise((next) => setTimeout(next));
        const ix = await splitIndex(stem, h.meta, h.lengths, { vocab, stems, spelled, short: new Map() });
        const l: Loc = { ix, head: h, keys: new Set(h.terms.map(shardOf)), short: new Set(h.short), syn: compileSynonyms(bundle, loc, stem) };
        ready.set(loc, l);
        version++;
        return l;
      });
      locs.set(loc, p);
    }
    return p;
  };

  /** Files the planned query reaches in `l`: each term's (a prefix's, a typo's within reach), each short prefix's. */
  const filesFor = (loc: string, l: Loc, text: string): Map<string, (json: unknown) => void> => {
    const out = new Map<string, (json: unknown) => void>();
    const terms = (k: string) => {
      const path = paths.terms(loc, k);
      out.set(path, (json) => {
        if (!Array.isArray(json) || !json.every((e) => Array.isArray(e) && typeof e[0] == 'string' && isNums(e.slice(1)))) throw new LoadError('shape', `${base + path} is not a term file.`);
        addTerms(l.ix, (json as TermFile).map(decodeTerm));
      });
    };
    const term = (t: string, prefix: boolean, fuzzy: number) => {
      if (prefix && Array.from(t).length < 2) { for (const k of l.keys) if (k.startsWith(t)) terms(k); }
      else if (l.keys.has(shardOf(t))) terms(shardOf(t));
      // MiniSearch's reach: round(length × fuzzy) edits, at most 2 (query.ts searches with maxFuzzy 2).
      const d = fuzzy ? Math.min(2, Math.round(t.length * fuzzy)) : 0;
      if (d) for (const w of l.head.terms) if (distance(t, w, d) <= d) terms(shardOf(w));
    };
    const walk = (q: MsQuery, prefix: boolean, fuzzy: number) => {
      if (typeof q == 'string') return words(foldForSearch(q)).forEach((t) => term(t, prefix, fuzzy));
      if (typeof q != 'object') return; // MiniSearch's wildcard: planQuery makes none
      const p = typeof q.prefix == 'boolean' ? q.prefix : prefix;
      const f = typeof q.fuzzy == 'number' ? q.fuzzy : q.fuzzy === true ? 0.2 : q.fuzzy === false ? 0 : fuzzy;
      for (const s of q.queries) walk(s, p, f);
    };
    for (const u of planQuery(text, l.syn, l.ix)) {
      const prefix = u.short;
      if (prefix === undefined) walk(u.q, false, 0);
      else if (l.short.has(prefix) && !l.ix.short.has(prefix)) {
        const path = paths.short(loc, prefix);
        out.set(path, (json) => {
          const [name, tags] = Array.isArray(json) ? json : [];
          if (!isNums(name) || !isNums(tags)) throw new LoadError('shape', `${base + path} is not a prefix file.`);
          l.ix.short.set(prefix, { name: ungap(name), tags: ungap(tags) });
        });
      }
    }
    return out;
  };

  /** The files the last query reaches (filesFor), by locale and query. */
  const planned: { key?: string; files: Map<string, (json: unknown) => void> } = { files: new Map() };
  const rankFiles = new Map<string, Uint32Array>();
  const rankPath = (kind: 'name' | 'verified', loc: string) => paths.rank(kind, kind == 'name' ? loc : undefined);

  const gate: SplitGate = {
    get version() { return version; },
    has: (r) => r.id[0] !== STUB,
    need(loc, text, sort) {
      const wait: Promise<unknown>[] = [];
      const q = normalizeQuery(text);
      const l = ready.get(loc);
      if (q && !l) return open(loc);
      if (q && l) {
        // The plan of a query is made once (re-renders and the keystroke after a file arrived ask again).
        const key = loc + '\u0000' + q;
        if (planned.key !== key) Object.assign(planned, { key, files: filesFor(loc, l, q) });
        for (const [path, use] of planned.files) if (missing(path)) wait.push(file(path, use));
      }
      if (sort == 'name' || sort == 'verified') {
        const path = rankPath(sort, loc);
        if (!rankFiles.has(path) && missing(path)) wait.push(file(path, (json) => {
          if (!isNums(json) || json.length !== n) throw new LoadError('shape', `${base + path} is not a sort order.`);
          rankFiles.set(path, Uint32Array.from(json));
        }));
      }
      return wait.length ? Promise.all(wait) : undefined;
    },
    fetch(list) {
      const wait: Promise<unknown>[] = [];
      for (const r of list) {
        if (r.id[0] !== STUB) continue;
        const i = Number(r.id.slice(1));
        const path = paths.resource(i);
        if (missing(path)) wait.push(file(path, (json) => {
          if (!soundResource(json)) throw new LoadError('shape', `${base + path} is not a resource.`);
          resources[i] = json as unknown as Resource;
        }));
      }
      return wait.length ? Promise.all(wait) : undefined;
    },
  };
  // The page locale's index head must come: a folder that was not uploaded (or is not where the
  // head says) is a load error that says so, not a search box that finds nothing.
  await seeded.get(first)!.catch((e: LoadError) => {
    throw new LoadError(e.kind ?? 'network', `${firstHead}: ${e.message} A split bundle needs its folder (${info.dir}) next to it: upload both files that \`resource-finder build\` wrote.`, e.status);
  });
  await pause(); // the engine is made next, in a task of its own
  return {
    bundle,
    facets,
    prebuilt: (loc) => open(loc).then((l) => l.ix),
    ranks: (kind, loc) => rankFiles.get(rankPath(kind, loc)),
    split: gate,
  };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('not-json', 'The file is not valid JSON.');
  }
}

/**
 * The normalized bundle of a split head (stamped and checked) fetched from `url`; its files are
 * fetched with `timeoutMs` each: through the fetch worker at `fetchWorker` where it runs (see
 * parts/fetch-client.ts), except the page locale's index head, which loading waits for anyway.
 */
export async function openSplitBundle(head: Bundle, url: string, timeoutMs: number | undefined, deps: SplitDeps, lang?: string, fetchWorker?: string | object, early?: EarlyFile): Promise<NormalizedBundle> {
  // Any JSON text (the files are arrays too): boxed past loadBundleJson's check for an object.
  const here = (u: string) => loadBundleJson(u, { timeoutMs, read: (r) => r.text().then((text) => ({ text })) }).then((b) => (b as { text: string }).text);
  const text = fetchThroughWorker(fetchWorker, here, timeoutMs);
  const { locales, default_locale: def } = head.meta;
  // The locale index head the first script asked for as soon as it read the head (load-bundle.ts), when it is this one.
  const o = await openSplit(head, url, (u) => text(u).then(parse), deps, pickLocale(lang, locales, def), (u) => (early?.url === u ? early.got : here(u).then(parse)));
  return normalizeBundle(o.bundle, [], { facets: o.facets, prebuilt: o.prebuilt, ranks: o.ranks, syncLimit: -1, split: o.split });
}
