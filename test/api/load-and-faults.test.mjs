// Loading and faults: idempotent reloads, the atomic swap (searches during a load see the old data
// or the new, nothing else), a load failing halfway leaves the old data serving, the
// `resource-finder db load` command, and PostgreSQL going down → 503, then recovering.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readJson, root, startStack } from './helpers.mjs';

const ccci = readJson('data/ccci-resources.json');
const listed = ccci.resources.filter((r) => !r.pinned).length;
/** A different bundle: the shipped one without its first 20 listed resources. */
const smaller = { ...ccci, resources: ccci.resources.filter((r, i) => r.pinned || i > 20) };
const smallerListed = smaller.resources.filter((r) => !r.pinned).length;
let s;

const total = async () => (await s.get('/service_at_locations?per_page=1')).body.total_items;
const schemas = async () => {
  const c = new pg.Client(s.pg.url);
  await c.connect();
  const r = await c.query("select nspname from pg_namespace where nspname like 'rf_%' order by 1");
  await c.end();
  return r.rows.map((x) => x.nspname);
};

before(async () => {
  s = await startStack(ccci);
});
after(() => s?.stop());

describe('loading', () => {
  it('reloading the same bundle is a no-op; --force reloads to the same answers', async () => {
    const before = await s.get('/service_at_locations?search=legal&facets=all');
    assert.equal((await s.loadBundle(ccci, s.pg.url)).status, 'unchanged');
    assert.equal((await s.loadBundle(ccci, s.pg.url, { force: true })).status, 'loaded');
    const again = await s.get('/service_at_locations?search=legal&facets=all');
    assert.deepEqual(again.body, before.body);
    assert.deepEqual(await schemas(), ['rf_live']);
  });

  it('a load migrates live data of the older layout: the unused tsvector column and its configurations go', async () => {
    const c = new pg.Client(s.pg.url);
    await c.connect();
    // The layout before: a weighted tsvector per service text with a GIN index, and configurations in rf_shared.
    await c.query(`alter table rf_live.service_text add column doc tsvector; create index service_text_doc_0 on rf_live.service_text using gin (doc);
      create schema rf_shared; create text search configuration rf_shared.simple_unaccent (copy = pg_catalog.simple)`);
    assert.equal((await s.loadBundle(ccci, s.pg.url)).status, 'unchanged');
    const cols = await c.query("select column_name from information_schema.columns where table_schema = 'rf_live' and table_name = 'service_text' order by 1");
    const idx = await c.query("select indexname from pg_indexes where schemaname = 'rf_live' and indexname like 'service_text_doc%'");
    await c.end();
    assert.ok(!cols.rows.some((r) => r.column_name === 'doc'), cols.rows.map((r) => r.column_name).join(', '));
    assert.equal(idx.rows.length, 0);
    assert.deepEqual(await schemas(), ['rf_live']);
    assert.ok((await s.get('/service_at_locations?search=legal')).body.total_items > 0);
  });

  it('searches during a load see the old data or the new, never a mix or an error', async () => {
    const seen = new Set();
    let done = false;
    const poll = (async () => {
      while (!done) {
        const r = await s.get('/service_at_locations?per_page=1');
        seen.add(r.status === 200 ? r.body.total_items : `status ${r.status}`);
      }
    })();
    await s.loadBundle(smaller, s.pg.url);
    await new Promise((r) => setTimeout(r, 100));
    done = true;
    await poll;
    assert.ok([...seen].every((x) => x === listed || x === smallerListed), [...seen].join(', '));
    assert.equal(await total(), smallerListed);
  });

  it('a load that fails halfway leaves the old data serving and no half-built schema', async () => {
    const big = { ...ccci, resources: Array.from({ length: 2500 }, (_, i) => ({ id: `gen-${i}`, name: `Service ${i}`, description: 'Generated.' })) };
    await assert.rejects(
      s.loadBundle(big, s.pg.url, { onProgress: (n) => { if (n >= 1000) throw new Error('disk full (simulated)'); } }),
      /disk full/,
    );
    assert.equal(await total(), smallerListed);
    assert.deepEqual(await schemas(), ['rf_live']);
  });

  it('resource-finder db load: loads, reports unchanged data, refuses a broken bundle', () => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root });
    const cli = (...args) => spawnSync(process.execPath, ['bin/resource-finder.mjs', 'db', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
    let r = cli('load', 'data/ccci-resources.json', '--database', s.pg.url);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /Loaded \d+ services/);
    r = cli('load', 'data/ccci-resources.json', '--database', s.pg.url);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /Unchanged/);
    const dir = mkdtempSync(join(tmpdir(), 'rf-db-'));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...ccci, resources: [{ id: 'Bad Id!', name: '' }] }));
    r = cli('load', join(dir, 'broken.json'), '--database', s.pg.url);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Nothing was loaded/);
    r = cli('load', 'data/ccci-resources.json');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--database URL or DATABASE_URL/);
  });

  it('loads an HSDS 3.0 export directly', () => {
    const r = spawnSync(process.execPath, ['bin/resource-finder.mjs', 'db', 'load', 'test/fixtures/hsds/service_list.json', '--database', s.pg.url], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /Loaded \d+ services/);
  });
});

describe('faults', () => {
  it('PostgreSQL down → 503 with a retry hint; back up → 200', async () => {
    assert.equal((await s.get('/service_at_locations?search=legal')).status, 200);
    s.pg.pause();
    const down = await s.get('/service_at_locations?search=legal');
    assert.equal(down.status, 503);
    assert.match(down.body.error, /unavailable/);
    assert.equal(down.headers.get('retry-after'), '5');
    assert.equal(down.headers.get('cache-control'), 'no-store');
    s.pg.resume();
    let ok = 0;
    for (let i = 0; i < 20 && ok !== 200; i++) {
      ok = (await s.get('/service_at_locations?search=legal')).status;
      if (ok !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(ok, 200);
  });

  it('an empty database (nothing loaded) → 503 that says how to load', async () => {
    const c = new pg.Client(s.pg.url);
    await c.connect();
    await c.query('create database empty');
    await c.end();
    const { createApp } = await import('../../dist/server/index.mjs');
    const app = createApp({ databaseUrl: s.pg.url.replace(/\/postgres$/, '/empty'), log: () => {} });
    await new Promise((r) => app.server.listen(0, '127.0.0.1', r));
    const r = await fetch(`http://127.0.0.1:${app.server.address().port}/services`);
    assert.equal(r.status, 503);
    assert.match((await r.json()).error, /db load/);
    await app.close();
  });
});
