// Ranking parity: the service's top 3 equals the in-browser engine's (src/core/engine.ts, bundled with
// esbuild) on the shipped bundle for at least 90% of the queries in test/api/parity-queries.json and
// the project's relevance sets (test/relevance/*.json, when present).
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { engineModule, parityQueries, readJson, startStack } from './helpers.mjs';

const bundle = readJson('data/ccci-resources.json');
let s, createEngine;

before(async () => {
  ({ createEngine } = await engineModule());
  s = await startStack(bundle);
});
after(() => s?.stop());

it('the same top 3 as the in-browser engine for at least 90% of queries', async () => {
  const queries = parityQueries();
  assert.ok(queries.length >= 40, `only ${queries.length} queries`);
  const engines = {};
  const misses = [];
  let ordered = 0;
  for (const { q, locale } of queries) {
    const engine = (engines[locale] ??= createEngine(bundle, locale));
    const want = engine.search({ text: q, filters: {}, limit: 3 }).hits.map((h) => h.resource.id);
    const r = await s.get(`/service_at_locations?search=${encodeURIComponent(q)}&locale=${locale}&per_page=3`);
    assert.equal(r.status, 200, `${q}: ${JSON.stringify(r.body)}`);
    const got = r.body.contents.map((c) => c.service_id);
    if (got.join() === want.join()) ordered++;
    if (got.length !== want.length || !want.every((id) => got.includes(id))) misses.push(`${locale} "${q}": engine [${want}] service [${got}]`);
  }
  const same = queries.length - misses.length;
  console.log(`# parity: same top-3 set ${same}/${queries.length}, same order ${ordered}/${queries.length}`);
  for (const m of misses) console.log(`# differs: ${m}`);
  assert.ok(same / queries.length >= 0.9, `${same}/${queries.length} agree:\n${misses.join('\n')}`);
});
