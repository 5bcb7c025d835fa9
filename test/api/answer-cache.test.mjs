// The service's in-memory answer cache (CACHE_ENTRIES): a repeated address is answered without the
// database, with the same ETag; a load that swaps new data in is never answered from older data.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startStack, readJson, serverModule } from './helpers.mjs';

let s;
let cached;
let base;
const get = async (path) => {
  const r = await fetch(base + path);
  return { status: r.status, etag: r.headers.get('etag'), body: await r.json() };
};

before(async () => {
  s = await startStack(readJson('data/ccci-resources.json'));
  const { createApp } = await serverModule();
  cached = createApp({ databaseUrl: s.pg.url, cacheEntries: 50, maxAge: 60, log: () => {}, poolSize: 2 });
  await new Promise((r) => cached.server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${cached.server.address().port}`;
});
after(async () => {
  await cached?.close().catch(() => {});
  await s?.stop();
});

describe('answer cache', () => {
  it('answers a repeated address from memory (PostgreSQL stopped), same ETag; a new address still needs the database (503)', async () => {
    const first = await get('/service_at_locations?search=legal&facets=all');
    assert.equal(first.status, 200);
    s.pg.pause();
    try {
      const again = await get('/service_at_locations?search=legal&facets=all');
      assert.equal(again.status, 200);
      assert.equal(again.etag, first.etag);
      assert.deepEqual(again.body, first.body);
      assert.equal((await get('/service_at_locations?search=legal&facets=cost')).status, 503);
    } finally {
      s.pg.resume();
    }
  });

  it('PostgreSQL down: an expired answer still answers, marked X-Served-Stale (age) and not cacheable; with staleSeconds 0 it is a 503', async () => {
    const { createApp } = await serverModule();
    const apps = [createApp({ databaseUrl: s.pg.url, cacheEntries: 50, maxAge: 1, log: () => {}, poolSize: 1 }),
      createApp({ databaseUrl: s.pg.url, cacheEntries: 50, maxAge: 1, staleSeconds: 0, log: () => {}, poolSize: 1 })];
    const urls = [];
    for (const a of apps) {
      await new Promise((r) => a.server.listen(0, '127.0.0.1', r));
      urls.push(`http://127.0.0.1:${a.server.address().port}/service_at_locations?search=food&facets=all`);
    }
    try {
      const first = await Promise.all(urls.map((u) => fetch(u)));
      assert.deepEqual(first.map((r) => r.status), [200, 200]);
      assert.equal(first[0].headers.get('x-served-stale'), null);
      const body = await first[0].json();
      // Past max-age (1 s) and past the catalog's 5 s re-read: every request now needs the database.
      await new Promise((r) => setTimeout(r, 5200));
      s.pg.pause();
      try {
        const [stale, refused] = await Promise.all(urls.map((u) => fetch(u)));
        assert.equal(stale.status, 200);
        assert.ok(Number(stale.headers.get('x-served-stale')) >= 5, stale.headers.get('x-served-stale'));
        assert.equal(stale.headers.get('cache-control'), 'no-store');
        assert.deepEqual(await stale.json(), body);
        assert.equal(refused.status, 503);
        assert.equal(refused.headers.get('x-served-stale'), null);
      } finally {
        s.pg.resume();
      }
      // Back up: a fresh answer, unmarked.
      const again = await fetch(urls[0]);
      assert.equal(again.status, 200);
      assert.equal(again.headers.get('x-served-stale'), null);
    } finally {
      for (const a of apps) await a.close().catch(() => {});
    }
  });

  it('a load of changed data is seen at once by a fresh catalog: the cache is keyed by data generation', async () => {
    const before = await get('/service_at_locations?search=zzyzxcachetest');
    const bundle = readJson('data/ccci-resources.json');
    bundle.resources.push({ ...structuredClone(bundle.resources.find((r) => !r.pinned)), id: 'cache-test-entry', name: { en: 'Zzyzxcachetest office', es: 'Oficina Zzyzxcachetest' } });
    await s.loadBundle(bundle, s.pg.url);
    // The catalog (and so the generation) is re-read within 5 s.
    let after = before;
    for (let i = 0; i < 30 && after.body.total_items === before.body.total_items; i++) {
      await new Promise((r) => setTimeout(r, 250));
      after = await get('/service_at_locations?search=zzyzxcachetest');
    }
    assert.equal(after.status, 200);
    assert.equal(after.body.contents[0]?.id, 'cache-test-entry');
    assert.notEqual(after.etag, before.etag);
  });
});
