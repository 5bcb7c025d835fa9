// Precomputed heads for hot 3–6 letter prefixes (load.ts prefixHeads) must answer exactly as the
// words path scores the same one-word search at query time: same order, total, facet counts and
// scores. The shipped bundle is loaded twice into one cluster: with no hot prefixes (every search
// scored by SQL), then with every prefix "hot" (hotPrefix: 1), and the answers are compared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startStack, readJson } from './helpers.mjs';

let s;
const bundle = readJson('data/ccci-resources.json');
before(async () => { s = await startStack(bundle); });
after(async () => { await s?.stop(); });

/** 3–6 letter starts of the bundle's English name words (every one is a prefix some service matches). */
function prefixes() {
  const out = new Set();
  for (const r of bundle.resources) for (const w of (r.name.en ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) for (let n = 3; n <= Math.min(6, w.length); n++) out.add(w.slice(0, n));
  return [...out].sort().filter((_, i) => i % 3 === 0).slice(0, 60);
}

test('hot-prefix heads answer like the words path (order, total, counts, scores) for 3–6 letter prefixes, en and es', async () => {
  const list = prefixes();
  assert.ok(list.length >= 30, `enough prefixes (${list.length})`);
  const ask = async () => {
    const out = {};
    for (const locale of ['en', 'es']) for (const q of list) out[`${locale} ${q}`] = (await s.get(`/service_at_locations?search=${encodeURIComponent(q)}&locale=${locale}&facets=all&per_page=20`)).body;
    return out;
  };
  const heads = async () => {
    const c = new pg.Client(s.pg.url);
    await c.connect();
    try {
      return (await c.query(`select count(*)::int as n from rf_live.short_heads where length(prefix) >= 3 and prefix = any($1)`, [list])).rows[0].n;
    } finally {
      await c.end();
    }
  };
  assert.equal(await heads(), 0, 'the shipped bundle is too small for hot prefixes by default');
  const scored = await ask();
  await s.loadBundle(bundle, s.pg.url, { force: true, hotPrefix: 1 });
  assert.ok((await heads()) >= list.length, 'every listed prefix has a precomputed head (en at least)');
  const precomputed = await ask();
  let compared = 0;
  for (const [key, a] of Object.entries(scored)) {
    const b = precomputed[key];
    assert.equal(b.total_items, a.total_items, `${key}: total`);
    assert.deepEqual(b.contents.map((c) => c.id), a.contents.map((c) => c.id), `${key}: order`);
    b.contents.forEach((c, i) => assert.ok(Math.abs(c.score - a.contents[i].score) <= 1e-5 * Math.max(1, Math.abs(a.contents[i].score)), `${key}: score of ${c.id} ${c.score} vs ${a.contents[i].score}`));
    assert.deepEqual(b.facets, a.facets, `${key}: facet counts`);
    assert.equal(b.relaxed, a.relaxed);
    if (a.total_items > 0) compared++;
  }
  assert.ok(compared >= 60, `answers with results compared (${compared})`);
});
