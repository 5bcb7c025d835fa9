// Shared set-up for the service tests: build server/ and the in-browser engine with esbuild, start a
// throwaway PostgreSQL cluster (scripts/pg-cluster.mjs), load a bundle, start the service on a free port.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCluster } from '../../scripts/pg-cluster.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const readJson = (rel) => JSON.parse(readFileSync(join(root, rel), 'utf8'));

/** Builds dist/server/ and imports it. */
export async function serverModule() {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: root });
  return import(join(root, 'dist/server/index.mjs'));
}

/** The in-browser engine (src/core/engine.ts) bundled for Node. */
export async function engineModule() {
  const out = join(mkdtempSync(join(tmpdir(), 'rf-engine-')), 'engine.mjs');
  await build({ absWorkingDir: root, entryPoints: ['src/core/engine.ts'], outfile: out, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  return import(out);
}

/**
 * A running stack: cluster + loaded bundle + service. `get(path)` fetches JSON and returns
 * { status, headers, body }. Call stop() in after().
 */
export async function startStack(bundle, { corsOrigins = [], logs = [] } = {}) {
  const { createApp, loadBundle } = await serverModule();
  const pg = await startCluster();
  try {
    await loadBundle(bundle, pg.url);
    const app = createApp({ databaseUrl: pg.url, corsOrigins, log: (l) => logs.push(l), poolSize: 4 });
    await new Promise((r) => app.server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${app.server.address().port}`;
    const get = async (path, headers = {}) => {
      const r = await fetch(base + path, { headers });
      const text = await r.text();
      let body;
      try { body = JSON.parse(text); } catch { body = text; }
      return { status: r.status, headers: r.headers, body };
    };
    return { pg, app, base, get, loadBundle, stop: async () => { await app.close().catch(() => {}); pg.stop(); } };
  } catch (e) {
    pg.stop();
    throw e;
  }
}

/** Queries for the parity test: our own list plus the project's relevance sets (test/relevance/*.json) when present. */
export function parityQueries() {
  const files = [join(root, 'test/api/parity-queries.json')];
  const rel = join(root, 'test/relevance');
  if (existsSync(rel)) for (const f of readdirSync(rel).filter((f) => f.endsWith('.json'))) files.push(join(rel, f));
  const seen = new Set();
  const out = [];
  for (const f of files) {
    const doc = JSON.parse(readFileSync(f, 'utf8'));
    if (doc.bundle && doc.bundle !== 'data/ccci-resources.json') continue;
    for (const x of Array.isArray(doc) ? doc : doc.queries ?? []) {
      const q = typeof x === 'string' ? { q: x, locale: 'en' } : { q: x.q ?? x.query ?? x.text, locale: x.locale ?? 'en' };
      const key = `${q.locale}\u0000${q.q}`;
      if (typeof q.q === 'string' && q.q.trim() && !seen.has(key)) { seen.add(key); out.push(q); }
    }
  }
  return out;
}
