// Times the service's statements for a few queries on the kept 50k cluster, and prints EXPLAIN ANALYZE of the main one.
import pg from 'pg';
const { readCatalog, search, parseSearch } = await import('/work/wt-d/dist/server/index.mjs');
const url = process.argv[2];
const pool = new pg.Pool({ connectionString: url, max: 1, options: '-c plan_cache_mode=force_generic_plan -c work_mem=32MB' });
const cat = await readCatalog(pool);
const log = [];
const spy = { query: async (q, v) => { const t = performance.now(); const r = await pool.query(q, v); log.push([performance.now() - t, typeof q === 'string' ? q : q.text, typeof q === 'string' ? v : q.values]); return r; } };
for (const text of process.argv.slice(3)) {
  for (let rep = 0; rep < 3; rep++) {
    log.length = 0;
    const t = performance.now();
    const p = parseSearch(new URLSearchParams({ search: text, per_page: '20', facets: 'all' }));
    const r = await search(spy, cat, p);
    if (rep === 2) console.log(`"${text}": ${r.total} results, ${(performance.now() - t).toFixed(0)} ms total; statements: ${log.map((x) => x[0].toFixed(0)).join(' + ')}`);
  }
  if (process.env.EXPLAIN) {
    const [, q, v] = log.at(-1);
    const e = await pool.query({ text: 'explain (analyze, buffers off, timing on) ' + q, values: v });
    console.log(e.rows.map((x) => x['QUERY PLAN']).join('\n'));
  }
}
await pool.end();
