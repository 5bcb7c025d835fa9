// The three directories the visitor bench loads: the shipped list, 4,000 real-shaped services and
// 10,000 generated resources. Written once to .bench/data/ (regenerated when a generator changes).
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeBundle } from './gen.mjs';
import { makeRealShapedBundle } from './real-shaped.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DATA_DIR = `${root}.bench/data`;

/** id → how to make it. `label` is what the tables print. */
export const DATASETS = {
  shipped: { label: 'shipped', make: null, source: `${root}data/ccci-resources.json` },
  real4000: { label: '4,000 real-shaped', make: () => makeRealShapedBundle(4000), source: fileURLToPath(new URL('./real-shaped.mjs', import.meta.url)) },
  gen10000: { label: '10,000 generated', make: () => makeBundle(10000, 7), source: fileURLToPath(new URL('./gen.mjs', import.meta.url)) },
};

/** Writes (if stale) and returns { path, url, count, bytes, bundle } for a dataset id. */
export function dataset(id) {
  const d = DATASETS[id];
  if (!d) throw new Error(`unknown dataset ${id}`);
  mkdirSync(DATA_DIR, { recursive: true });
  const path = `${DATA_DIR}/${id}.json`;
  if (!existsSync(path) || statSync(path).mtimeMs < statSync(d.source).mtimeMs) {
    if (d.make) writeFileSync(path, JSON.stringify(d.make()));
    else copyFileSync(d.source, path);
  }
  const text = readFileSync(path, 'utf8');
  const bundle = JSON.parse(text);
  return { id, label: d.label, path, url: `/data/${id}.json`, count: bundle.resources.length, bytes: Buffer.byteLength(text), bundle };
}
