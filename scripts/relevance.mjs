// `npm run relevance`: runs the real engine (src/core bundled for Node by esbuild) on the judged
// queries in test/relevance/*.json and prints, per locale, success@3 (a wanted resource pinned or
// in the top 3), nDCG@5 and the zero-result count; exits 1 below the targets.
// Owns only measurement: the judgments live in the JSON files, the engine in src/core/.
// Options: --verbose prints every query's top 5; --json prints the summary as JSON.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const TARGETS = { success3: 0.95, ndcg5: 0.9, zero: 0 };
const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

const dir = mkdtempSync(join(tmpdir(), 'rf-relevance-'));
let createEngine;
try {
  const outfile = join(dir, 'engine.mjs');
  await build({ entryPoints: [join(root, 'src/core/engine.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
  ({ createEngine } = await import(pathToFileURL(outfile).href));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** DCG of grades in rank order (gain 2^g − 1, log2 discount). */
const dcg = (grades) => grades.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);

const setDir = join(root, 'test/relevance');
const stats = new Map();
const failures = [];
for (const file of readdirSync(setDir).filter((f) => f.endsWith('.json')).sort()) {
  const set = JSON.parse(readFileSync(join(setDir, file), 'utf8'));
  const bundle = JSON.parse(readFileSync(join(root, set.bundle), 'utf8'));
  const pinned = new Set(bundle.resources.filter((r) => r.pinned).map((r) => r.id));
  const engines = new Map();
  // The same bundle with nothing pinned: tells whether the query text itself finds a pinned resource.
  const unpinned = { ...bundle, resources: bundle.resources.map(({ pinned: _, ...r }) => r) };
  const plainEngines = new Map();
  for (const j of set.queries) {
    const engine = engines.get(j.locale) ?? engines.set(j.locale, createEngine(bundle, j.locale)).get(j.locale);
    const res = engine.search({ text: j.q, filters: {}, limit: 20 });
    const ids = res.hits.map((h) => h.resource.id);
    const grade = (id) => (j.grade2.includes(id) ? 2 : j.grade1.includes(id) ? 1 : 0);
    const success = j.grade2.some((id) => pinned.has(id) || ids.slice(0, 3).includes(id));
    // nDCG over the listed (unpinned) results; a query whose only judged resources are pinned has none.
    const ideal = [...j.grade2, ...j.grade1].filter((id) => !pinned.has(id)).map(grade).sort((a, b) => b - a).slice(0, 5);
    const ndcg = ideal.length ? dcg(ids.slice(0, 5).map(grade)) / dcg(ideal) : undefined;
    const s = stats.get(j.locale) ?? stats.set(j.locale, { queries: 0, success: 0, ndcg: [], zero: 0 }).get(j.locale);
    s.queries++;
    if (success) s.success++;
    if (ndcg !== undefined) s.ndcg.push(ndcg);
    // Zero results = nothing on screen answers the query: no listed result, and no pinned resource
    // (always shown above the list, e.g. the hotline) that the query text finds.
    const plain = plainEngines.get(j.locale) ?? plainEngines.set(j.locale, createEngine(unpinned, j.locale)).get(j.locale);
    const pinnedFound = res.total === 0 ? plain.search({ text: j.q, filters: {}, limit: 20 }).hits.map((h) => h.resource.id).filter((id) => pinned.has(id)) : [];
    const zero = res.total === 0 && pinnedFound.length === 0;
    if (zero) s.zero++;
    const line = `${j.locale} ${JSON.stringify(j.q)}: ${res.total} results${pinnedFound.length ? ` (the query finds pinned ${pinnedFound.join(', ')})` : ''}; top 5: ${ids.slice(0, 5).map((id) => `${id}${grade(id) ? `(${grade(id)})` : ''}`).join(', ') || '—'}`;
    const full = `${line}${ndcg !== undefined ? `; nDCG@5 ${ndcg.toFixed(2)}` : ''}`;
    if (!success || zero || (ndcg ?? 1) < 0.5) failures.push(full);
    else if (verbose) console.log(full);
  }
}

const rows = [...stats].map(([locale, s]) => ({
  locale,
  queries: s.queries,
  success3: s.success / s.queries,
  ndcg5: s.ndcg.reduce((a, b) => a + b, 0) / (s.ndcg.length || 1),
  zero: s.zero,
}));
const ok = rows.every((r) => r.success3 >= TARGETS.success3 && r.ndcg5 >= TARGETS.ndcg5 && r.zero <= TARGETS.zero);
if (asJson) console.log(JSON.stringify({ ok, rows }, null, 2));
else {
  if (failures.length) console.log(`Queries below par (not a success, no results, or nDCG@5 < 0.5):\n  ${failures.join('\n  ')}\n`);
  console.log('| locale | queries | success@3 | nDCG@5 | zero results |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.locale} | ${r.queries} | ${(100 * r.success3).toFixed(1)}% | ${r.ndcg5.toFixed(4)} | ${r.zero} |`);
  console.log(`\nTargets: success@3 ≥ ${100 * TARGETS.success3}% and nDCG@5 ≥ ${TARGETS.ndcg5} in each locale, ${TARGETS.zero} zero-result queries: ${ok ? 'met' : 'NOT met'}.`);
}
process.exit(ok ? 0 : 1);
