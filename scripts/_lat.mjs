import pg from 'pg';
const { search, readCatalog, parseSearch } = await import('/work/wt-17/dist/server/index.mjs');
const pool = new pg.Pool({ connectionString: process.argv[2], options: '-c plan_cache_mode=force_generic_plan', max: 2 });
const cat = await readCatalog(pool);
const Q = ['food pantry', 'rent assistance', 'legal aid', 'mental health counseling', 'eviction', 'counseling for veterans'];
const out = [];
for (const q of Q) for (let i = 1; i <= q.length; i++) { const p = q.slice(0, i); if (p.endsWith(' ')) continue;
  const t0 = performance.now(); const r = await search(pool, cat, parseSearch(new URLSearchParams({ search: p, facets: 'all' }))); out.push([performance.now() - t0, p, r.total]); }
out.sort((a, b) => b[0] - a[0]); console.log(out.slice(0, 25).map(([t, p, n]) => `${t.toFixed(0)}ms "${p}" ${n}`).join('\n'));
const all = out.map((x) => x[0]).sort((a, b) => a - b); console.log('median', all[all.length >> 1].toFixed(0), 'n', all.length);
await pool.end();
