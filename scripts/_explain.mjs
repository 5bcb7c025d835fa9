import pg from 'pg';
const { search, readCatalog, parseSearch } = await import('/work/wt-17/dist/server/index.mjs');
const pool = new pg.Pool({ connectionString: process.argv[2], options: '-c plan_cache_mode=force_generic_plan' });
const cat = await readCatalog(pool);
const spy = { query: async (q, args) => {
  const text = typeof q === 'string' ? q : q.text; const values = typeof q === 'string' ? args : q.values;
  if (text.includes('materialized')) {
    const t0 = performance.now();
    const e = await pool.query('explain (analyze, costs off, timing on) ' + text, values);
    console.log(e.rows.map((r) => r['QUERY PLAN']).filter((l) => /actual time=\d{2,}|rows=\d{4,}|Execution|Planning/.test(l)).slice(0, 40).join('\n'));
  }
  return pool.query(q, args);
} };
for (const qs of process.argv.slice(3)) { console.log('=====', qs); const t0 = performance.now(); const r = await search(spy, cat, parseSearch(new URLSearchParams(qs))); console.log('total', r.total, (performance.now() - t0).toFixed(0), 'ms'); }
await pool.end();
