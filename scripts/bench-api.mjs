// `npm run bench:api`: the search service at statewide size. Generates 50,000 services (seeded,
// so every run has the same data), loads them into a throwaway PostgreSQL cluster, starts the
// service on 127.0.0.1, then replays typed-query traffic (every prefix of realistic searches, as
// the element sends while someone types, with facet counts) with autocannon at concurrency 1, 16
// and 64. Prints p50/p95/p99 latency and requests per second. Nothing leaves 127.0.0.1.
//   BENCH_SERVICES=50000 BENCH_SECONDS=10 BENCH_FACETS=all npm run bench:api
//   BENCH_DATABASE_URL=postgres://… reuses a database an earlier load filled (e.g. `node scripts/pg-cluster.mjs`
//   then `resource-finder db load`), to compare POOL_SIZE or CACHE_ENTRIES without reloading.
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { startCluster } from './pg-cluster.mjs';
import { generate, rand } from './bench-api-gen.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.env.BENCH_SERVICES ?? 50_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const FACETS = process.env.BENCH_FACETS ?? 'all';
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '1,16,64').split(',').map(Number);

// What people type into a 211 search box; every prefix is sent, as the element does while typing.
const QUERIES = ['food pantry', 'rent assistance', 'legal aid', 'mental health counseling', 'free clinic', 'shelter', 'job training', 'utility bill help', 'childcare', 'ged classes', 'bus pass', 'dental care', 'detox', 'senior meals', 'immigration lawyer', 'domestic violence', 'diaper bank', 'eviction', 'food bank miami', 'counseling for veterans'];
const prefixes = QUERIES.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)).filter((p) => !p.endsWith(' ')));

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

async function main() {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: root, stdio: 'inherit' });
  const { loadBundle } = await import(new URL('../dist/server/index.mjs', import.meta.url).href);
  // BENCH_DATABASE_URL: a database already loaded by an earlier run (no generating or loading), to compare settings.
  const reuse = process.env.BENCH_DATABASE_URL;
  const pg = reuse ? { url: reuse, stop() {} } : await startCluster({ settings: { shared_buffers: '256MB', work_mem: '16MB', max_connections: 100, jit: 'off' } });
  let api;
  try {
    let t0 = Date.now();
    if (!reuse) {
      console.log(`Generating ${N.toLocaleString('en')} services…`);
      const bundle = generate(N);
      t0 = Date.now();
      const report = await loadBundle(bundle, pg.url);
      console.log(`Loaded ${report.services.toLocaleString('en')} services (en + es) in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
    }
    const port = 20000 + Math.floor(rand() * 20000);
    api = spawn(process.execPath, ['dist/server/api.mjs'], { cwd: root, env: { ...process.env, DATABASE_URL: pg.url, PORT: String(port), HOST: '127.0.0.1', QUIET: '1', POOL_SIZE: process.env.POOL_SIZE ?? '8' }, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((resolve, reject) => { api.stdout.on('data', (d) => String(d).includes('listening') && resolve()); api.on('exit', reject); });
    const base = `http://127.0.0.1:${port}`;
    const paths = prefixes.map((p) => `/service_at_locations?search=${encodeURIComponent(p)}&per_page=20${FACETS ? `&facets=${FACETS}` : ''}`);
    // Each request picks a prefix at random (seeded): connections walking one list in step would
    // send the same address at the same moment, which the service answers with one database trip.
    const requests = [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[Math.floor(rand() * paths.length)] }) }];
    // Sanity: answers are real.
    const probe = await (await fetch(`${base}/service_at_locations?search=food%20pantry&facets=all`)).json();
    console.log(`Probe "food pantry": ${probe.total_items} results, first: ${probe.contents[0]?.service.name}`);
    console.log(`Warm-up…`);
    await autocannon({ url: base, connections: 4, duration: 3, requests });
    const cache = Number(process.env.CACHE_ENTRIES ?? 2000);
    console.log(`\nTyped-query traffic: ${paths.length} prefixes of ${QUERIES.length} searches, ${FACETS ? `facet counts: ${FACETS}` : 'no facet counts'}; ${SECONDS} s per level; ${cpus().length} CPU cores shared by service, PostgreSQL and load generator.`);
    console.log(cache ? `Answer cache on (CACHE_ENTRIES=${cache}): after the warm-up these ${paths.length} addresses are answered from memory; CACHE_ENTRIES=0 measures the database path.\n` : 'Answer cache off (CACHE_ENTRIES=0): every request is a database search.\n');
    console.log('| concurrency | p50 ms | p95 ms | p99 ms | req/s | errors |');
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const c of LEVELS) {
      const times = [];
      t0 = Date.now();
      const inst = autocannon({ url: base, connections: c, duration: SECONDS, requests });
      inst.on('response', (_client, status, _bytes, ms) => { if (status === 200) times.push(ms); });
      const r = await inst;
      times.sort((a, b) => a - b);
      const secs = (Date.now() - t0) / 1000;
      const errors = r.errors + r.timeouts + (r.non2xx ?? 0);
      console.log(`| ${c} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${(times.length / secs).toFixed(0)} | ${errors} |`);
    }
    // What limits it: the costliest addresses, one at a time (run it with CACHE_ENTRIES=0: each is then a database search).
    if (Number(process.env.BENCH_SLOWEST) > 0) {
      const timed = [];
      for (const path of paths) {
        const t = performance.now();
        await (await fetch(base + path)).arrayBuffer();
        timed.push([performance.now() - t, decodeURIComponent(/search=([^&]*)/.exec(path)[1])]);
      }
      timed.sort((a, b) => b[0] - a[0]);
      console.log(`\nSlowest searches, one at a time: ${timed.slice(0, Number(process.env.BENCH_SLOWEST)).map(([ms, q]) => `"${q}" ${ms.toFixed(0)} ms`).join(', ')}`);
    }
  } finally {
    api?.kill('SIGTERM');
    pg.stop();
  }
}

await main();
