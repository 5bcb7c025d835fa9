// The three directories the visitor bench loads: the shipped list, 4,000 real-shaped services and
// 10,000 generated resources. Written once to .bench/data/ (regenerated when a generator changes).
// By default the widget is served what a host publishes: the output of `resource-finder build`
// (.bench/data/built/, rebuilt when the data or the CLI changes; any files the build writes beside
// the bundle are served too: the split form's folder). `form: 'whole'`: built with --no-split (one file at
// every size); `form: 'raw'` serves the hand-made JSON instead.
import { spawnSync } from 'node:child_process';
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

const CLI = `${root}dist/cli/resource-finder.mjs`;
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

/**
 * Writes (if stale) and returns { id, label, path, url, count, bytes, bundle, form, served } for a
 * dataset id: `bundle` is the source data, `served` the file the widget fetches and `bytes` its size.
 */
export function dataset(id, { form = 'built' } = {}) {
  const d = DATASETS[id];
  if (!d) throw new Error(`unknown dataset ${id}`);
  mkdirSync(DATA_DIR, { recursive: true });
  const path = `${DATA_DIR}/${id}.json`;
  if (!existsSync(path) || statSync(path).mtimeMs < statSync(d.source).mtimeMs) {
    if (d.make) writeFileSync(path, JSON.stringify(d.make()));
    else copyFileSync(d.source, path);
  }
  const bundle = JSON.parse(readFileSync(path, 'utf8'));
  let served = path;
  let note = 'hand-made JSON';
  if (form === 'built' || form === 'whole') {
    if (!existsSync(CLI)) throw new Error('dist/cli/resource-finder.mjs is missing: run `node scripts/build-cli.mjs` (or use --data raw)');
    served = `${dataDir(form)}/${id}.json`;
    if (mtime(served) < Math.max(mtime(path), mtime(CLI))) {
      mkdirSync(dataDir(form), { recursive: true });
      const r = spawnSync(process.execPath, [`${root}bin/resource-finder.mjs`, 'build', path, '-o', served, ...(form === 'whole' ? ['--no-split'] : [])], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      if (r.status !== 0) throw new Error(`resource-finder build ${id} failed (exit ${r.status}): ${(r.stderr || r.stdout).split('\n').slice(-5).join(' ')}`);
    }
    note = form === 'whole' ? '`resource-finder build --no-split` output (one file)' : '`resource-finder build` output (split from 3,000 resources)';
  }
  return { id, label: d.label, path, served, form: note, url: `/data/${id}.json`, count: bundle.resources.length, bytes: statSync(served).size, bundle };
}

/** The directory the /data/ URLs are served from for a form. */
export const dataDir = (form) => (form === 'built' ? `${DATA_DIR}/built` : form === 'whole' ? `${DATA_DIR}/whole` : DATA_DIR);
