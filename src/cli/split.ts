/**
 * `build`'s split form (layout and encodings: core/split-format.ts): the head at OUT, the other
 * files in OUT's name + ".files/". Builds each locale's search index exactly as the browser would
 * (the same documents, MiniSearch set-up and stemmers), then cuts it into files.
 * Owns: deciding what goes in which file and writing them. Does not own: checking the bundle (done before).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildFacets } from '../core/facets.js';
import { docMaker } from '../core/index-docs.js';
import { needsLocal } from '../core/local-need.js';
import * as part from '../core/search-part.js';
import { HEAD_RESOURCES, SPLIT_VERSION, encodeFacets, encodeTerm, gaps, paths, shardOf, type LocaleHead, type Postings, type ShortFile, type SplitInfo, type TermFile } from '../core/split-format.js';
import { stampBundle } from '../core/stamp.js';
import { localizedText } from '../core/text.js';
import type { Bundle } from '../core/types.js';

/** From this many resources `build` writes the split form unless told not to (`--no-split`). */
export const SPLIT_FROM = 3000;
/** Written in the folder, so a rebuild knows the folder is its own to replace. */
const MARK = 'resource-finder-split.txt';

/** Why `bundle` cannot be split, or undefined when it can. */
export function cannotSplit(bundle: Bundle): string | undefined {
  // The split reader has no place table or hours yet: near and open-now need every resource's sites.
  if (needsLocal(bundle)) return 'it has sites or structured hours (near and open-now need the whole file)';
  return undefined;
}

export interface SplitResult { files: number; bytes: number; headBytes: number; dir: string }

/** Writes the split form of the checked, stamped `bundle`: the head at `out`, the rest beside it. */
export function writeSplit(bundle: Bundle, out: string, stampVersion: string): SplitResult {
  const dirName = `${basename(out).replace(/\.json$/i, '')}.files`;
  const dir = join(dirname(out), dirName);
  if (existsSync(dir)) {
    if (!existsSync(join(dir, MARK))) throw new Error(`${dir} exists and was not written by resource-finder build: move it away first.`);
    rmSync(dir, { recursive: true, force: true });
  }
  let files = 0, bytes = 0;
  const put = (rel: string, value: unknown) => {
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    const text = JSON.stringify(value);
    writeFileSync(file, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARK), 'Written by `resource-finder build` (the split form of the bundle beside this folder). Upload it with the bundle; a rebuild replaces it.\n');

  const res = bundle.resources;
  const n = res.length;
  const table = buildFacets(bundle);
  const { locales, default_locale: def } = bundle.meta;

  for (const loc of locales) {
    const ix = part.newIndex(part.stemmerFor(loc));
    const doc = docMaker(bundle, table, loc, part.docOf);
    for (let i = 0; i < n; i++) ix.add(doc(i));
    const data = part.indexData(ix);
    const nf = Object.keys(data.meta.fieldIds).length;
    // The browser reads resource number i as MiniSearch's short id i (documents are added in order).
    for (let k = 0; k < data.ids.length; k += 2) if (data.ids[k] !== data.ids[k + 1]) throw new Error('split: index ids out of order');
    const lengths = new Array<number>(n * nf).fill(-1);
    for (let k = 0; k < data.lengths.length; k += nf + 1) for (let f = 0; f < nf; f++) { const l = data.lengths[k + 1 + f]; lengths[data.lengths[k] * nf + f] = l === 0xffffffff ? -1 : l; }
    const shards = new Map<string, TermFile>();
    const terms: string[] = [];
    for (const p of data.parts) {
      let k = 0;
      for (const term of p.terms) {
        const fields: Postings = new Map();
        for (let nFields = p.data[k++]; nFields--; ) {
          const f = p.data[k++], docs = new Map<number, number>();
          for (let c = p.data[k++]; c--; k += 2) docs.set(p.data[k], p.data[k + 1]);
          fields.set(f, docs);
        }
        terms.push(term);
        const key = shardOf(term);
        (shards.get(key) ?? shards.set(key, []).get(key)!).push(encodeTerm(term, fields));
      }
    }
    terms.sort();
    const pos = new Map(terms.map((t, k) => [t, k]));
    const own = [...data.vocab.values()].flatMap((s) => [...s]).map((w) => pos.get(w)!).sort((a, b) => a - b);
    for (const [key, entries] of shards) put(paths.terms(loc, key), entries);
    for (const [prefix, e] of data.short) put(paths.short(loc, prefix), [gaps(e.name), gaps(e.tags)] satisfies ShortFile);
    const head: LocaleHead = {
      v: SPLIT_VERSION,
      meta: data.meta,
      lengths,
      terms,
      own: gaps(own),
      stems: [...data.stems].map(([s, ws]) => [s, ws.map((w) => pos.get(w)!)]),
      spelled: [...data.spelled].map(([f, lower]) => [pos.get(f)!, lower]),
      short: [...data.short.keys()],
    };
    put(paths.locale(loc), head);
    // Name order, as the engine sorts by name (engine.ts rank), for "Sort by name".
    const collator = new Intl.Collator(loc);
    const names = res.map((r) => localizedText(r.name, loc, def).text);
    put(paths.rank('name', loc), rankOf(n, (a, b) => collator.compare(names[a], names[b])));
  }
  const checked = res.map((r) => r.link_check?.checked ?? '');
  put(paths.rank('verified'), rankOf(n, (a, b) => (checked[a] < checked[b] ? 1 : checked[a] > checked[b] ? -1 : 0)));
  res.forEach((r, i) => put(paths.resource(i), r));

  // The head: the bundle without its resources, but the pinned ones and the first listed ones.
  const at: number[] = [];
  for (let i = 0, listed = 0; i < n; i++) if (res[i].pinned || listed++ < HEAD_RESOURCES) at.push(i);
  const split: SplitInfo = { v: SPLIT_VERSION, count: n, dir: `${encodeURIComponent(dirName)}/`, locales, at, table: encodeFacets(table, n) };
  const headBundle = { ...bundle, resources: at.map((i) => res[i]), split };
  stampBundle(headBundle, stampVersion);
  const text = JSON.stringify(headBundle);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  return { files: files + 1, bytes: bytes + Buffer.byteLength(text), headBytes: Buffer.byteLength(text), dir };
}

/** Per resource, its place in the order `cmp` gives (ties in bundle order). */
function rankOf(n: number, cmp: (a: number, b: number) => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => cmp(a, b) || a - b);
  const r = new Array<number>(n);
  order.forEach((i, k) => (r[i] = k));
  return r;
}

/** Files of an earlier split build beside `out`, for a rebuild that is not split (they would go stale). */
export function staleSplitDir(out: string): string | undefined {
  const dir = join(dirname(out), `${basename(out).replace(/\.json$/i, '')}.files`);
  return existsSync(join(dir, MARK)) && readdirSync(dir).length ? dir : undefined;
}
