/**
 * `npm run api`: starts the search service. Configuration comes from the environment:
 *   DATABASE_URL   PostgreSQL connection string (required; a read replica is fine)
 *   PORT           default 8787;  HOST  default 127.0.0.1 (set 0.0.0.0 behind a load balancer)
 *   CORS_ORIGINS   comma-separated partner origins allowed to call from browsers ("*" for any)
 *   CACHE_SECONDS  max-age of search responses, default 30
 *   POOL_SIZE      database connections per instance, default 10
 *   CACHE_ENTRIES  search answers kept in memory per instance (for CACHE_SECONDS), default 2000; 0 = off
 *   STALE_SECONDS  while the database is down, kept answers up to this much older still answer
 *                  (marked X-Served-Stale), default 300; 0 = a 503 instead
 */
import { createApp } from './app.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('resource-finder api: set DATABASE_URL, e.g. DATABASE_URL=postgres://user@localhost/resources npm run api');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const app = createApp({
  databaseUrl: url,
  corsOrigins: (process.env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  maxAge: Number(process.env.CACHE_SECONDS ?? 30),
  poolSize: Number(process.env.POOL_SIZE ?? 10),
  cacheEntries: Number(process.env.CACHE_ENTRIES ?? 2000),
  staleSeconds: Number(process.env.STALE_SECONDS ?? 300),
  log: process.env.QUIET ? () => {} : undefined,
});
app.server.listen(port, host, () => console.log(`resource-finder api listening on http://${host}:${port}`));
const stop = () => app.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
