/**
 * The HTTP search service (Node's own http): routes, CORS for partner origins, cache headers,
 * errors as JSON (400 bad input, 404, 503 database unavailable), one log line per request that
 * never carries the query string. Owns: HTTP behaviour. Does not own: SQL (search.ts), the
 * response shapes (hsds.ts) or parameter rules (params.ts).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import pg from 'pg';
import { BadRequest, parseSearch } from './params.js';
import { facetViews, hsdsService, page, serviceAtLocation } from './hsds.js';
import { dataLocale, readCatalog, search, StaleCatalog, type Catalog } from './search.js';
import { LIVE } from './schema.js';
import { AnswerCache, type Answer } from './answer-cache.js';

export interface AppOptions {
  /** PostgreSQL connection string (a read replica is fine: the service only reads). */
  databaseUrl: string;
  /** Origins allowed to call from a browser, e.g. ["https://partner.example"]; ["*"] for any. */
  corsOrigins?: string[];
  /** Seconds a search response may be cached by browsers and CDNs. */
  maxAge?: number;
  /** Search answers kept in memory, per data generation, for `maxAge` seconds (typed prefixes repeat across visitors). Default 0: off. */
  cacheEntries?: number;
  /**
   * Seconds past `maxAge` a kept answer may still be served while the database is down (marked
   * `X-Served-Stale`). Default 300; 0 = a database fault is always a 503.
   */
  staleSeconds?: number;
  /** Connections in the pool. */
  poolSize?: number;
  /** Gets one line per request: method, path (no query string), status, milliseconds. */
  log?: (line: string) => void;
}

/** Database faults that mean "try again later" rather than a bug: connection lost, shutdown, timeout, no data. */
function unavailable(e: unknown): string | null {
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  if (code === '3F000' || code === '42P01') return 'No directory data is loaded yet. Load it with "resource-finder db load BUNDLE.json --database URL".';
  if (/^(08|57P|53)/.test(code) || code === '57014' || /^E(CONNREFUSED|CONNRESET|TIMEDOUT|PIPE|NOTFOUND|AI_AGAIN)$/.test(code)
    || /timeout|terminat|Connection|connect/i.test(err.message ?? '')) {
    return 'The directory database is unavailable right now. Try again in a moment.';
  }
  return null;
}

class NotFound extends Error {}

export function createApp(opts: AppOptions): { server: Server; pool: pg.Pool; close(): Promise<void> } {
  const pool = new pg.Pool({
    connectionString: opts.databaseUrl,
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: 2000,
    statement_timeout: 5000,
    application_name: 'resource-finder api',
    // Plan each statement shape once per connection, not per request.
    options: '-c plan_cache_mode=force_generic_plan -c work_mem=32MB',
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const origins = new Set(opts.corsOrigins ?? []);
  const maxAge = opts.maxAge ?? 30;
  const log = opts.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const staleSeconds = opts.staleSeconds ?? 300;
  const answers = new AnswerCache(opts.cacheEntries ?? 0, maxAge * 1000, undefined, staleSeconds * 1000);

  // The catalog (facets, locales, synonyms) changes only when a load swaps data in: re-read it every few seconds.
  let cat: { at: number; value: Promise<Catalog> } | undefined;
  // The last catalog read: while the database is down it still names the generation kept answers belong to.
  let lastHash: string | undefined;
  const catalog = () => {
    if (!cat || Date.now() - cat.at > 5000) {
      const value = readCatalog(pool);
      cat = { at: Date.now(), value };
      value.then((c) => (lastHash = c.hash), () => { if (cat?.value === value) cat = undefined; });
    }
    return cat.value;
  };

  async function route(url: URL): Promise<unknown> {
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const q = url.searchParams;
    if (path === '/') return { version: '3.0.0', profile: 'https://openreferral.org/', openapi_url: null, extensions: 'docs/api.md' };
    const c = await catalog();
    if (path === '/service_at_locations' || path === '/services') {
      const p = parseSearch(q);
      const res = await search(pool, c, p);
      const wanted = p.facets === 'all' ? c.facets.map((f) => f.id) : p.facets;
      const contents: unknown[] = path === '/services' ? res.hits.map((h) => ({ ...hsdsService(h.resource, c, res.locale), resource: h.resource })) : res.hits.map((h) => serviceAtLocation(h, c, res.locale));
      return { ...page(contents, res.total, p.page, p.perPage), locale: res.locale, relaxed: res.relaxed, pinned: res.pinned, facets: facetViews(c, res, wanted, p.filters), local: c.local };
    }
    const one = /^\/services\/([^/]{1,200})$/.exec(path);
    if (one) {
      for (const k of q.keys()) if (k !== 'locale') throw new BadRequest(k, `Unknown parameter "${k.slice(0, 40)}" for /services/{id}. Accepted: locale.`);
      const locale = dataLocale(c, q.get('locale') ?? undefined);
      let id: string;
      try {
        id = decodeURIComponent(one[1]);
      } catch {
        throw new BadRequest('id', 'The service id in the address is not valid percent-encoding.');
      }
      const r = await pool.query(`select s.resource, coalesce((select json_agg(to_jsonb(l) - 'service_id' order by l.id) from ${LIVE}.locations l where l.service_id = s.id), '[]') as locations
        from ${LIVE}.service_resources s where s.id = $1`, [id]);
      if (!r.rows.length) throw new NotFound(`No service with id "${id.slice(0, 80)}".`);
      return { ...hsdsService(r.rows[0].resource, c, locale), locations: r.rows[0].locations, locale, resource: r.rows[0].resource };
    }
    if (path === '/places') {
      // The whole table, read once by the element: the places visitors type never reach the service.
      for (const k of q.keys()) throw new BadRequest(k, `Unknown parameter "${k.slice(0, 40)}" for /places. It takes none.`);
      // In the bundle's shape, so the element's own look-up (core/near.ts placePoint) reads it: the ZIP
      // points, and each city as one site at the mean point of the data's sites there.
      const { zip = {}, zip3 = {}, cities = {} } = c.places ?? {};
      return { local: c.local, places: { zip, zip3 }, resources: Object.entries(cities).map(([city, [latitude, longitude]]) => ({ locations: [{ latitude, longitude, address: { city } }] })) };
    }
    if (path === '/taxonomy_terms') {
      for (const k of q.keys()) if (!['page', 'per_page', 'locale', 'taxonomy_id', 'parent_id'].includes(k)) throw new BadRequest(k, `Unknown parameter "${k.slice(0, 40)}" for /taxonomy_terms. Accepted: page, per_page, locale, taxonomy_id, parent_id.`);
      const pp = parseSearch(new URLSearchParams([...q].filter(([k]) => k === 'page' || k === 'per_page' || k === 'locale')));
      const locale = dataLocale(c, pp.locale);
      const r = await pool.query(`select t.*, count(*) over ()::int as total from ${LIVE}.taxonomy_terms t join ${LIVE}.facets f on f.id = t.taxonomy_id
        where ($1::text is null or t.taxonomy_id = $1) and ($2::text is null or t.parent_id = $2) order by f.position, t.position limit $3 offset $4`,
        [q.get('taxonomy_id'), q.get('parent_id'), pp.perPage, (pp.page - 1) * pp.perPage]);
      const facet = new Map(c.facets.map((f) => [f.id, f]));
      const contents = r.rows.map((t) => ({
        id: t.id, code: t.code, taxonomy_id: t.taxonomy_id, parent_id: t.parent_id,
        name: facet.get(t.taxonomy_id) ? (t.name ? valueText(t.name, locale, c) : t.code) : t.code,
        description: t.description ? valueText(t.description, locale, c) : null,
        language: locale,
      }));
      return page(contents, r.rows[0]?.total ?? 0, pp.page, pp.perPage);
    }
    throw new NotFound(`No such endpoint. Endpoints: /, /services, /services/{id}, /service_at_locations, /taxonomy_terms, /places.`);
  }

  /** A 200's body, serialized once (it may be served many times from the cache) with its ETag. */
  function prepare(body: unknown): Answer {
    const text = JSON.stringify(body);
    return { text, etag: `W/"${createHash('sha1').update(text).digest('base64url').slice(0, 22)}"` };
  }

  /** Writes a response: a 200 takes a prepared Answer, other statuses a body object. */
  function send(req: IncomingMessage, res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) {
    const text = status === 200 ? (body as Answer).text : JSON.stringify(body);
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': status === 200 ? `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 4}` : 'no-store',
      vary: 'Origin',
      ...extra,
    };
    if (status === 200) {
      const etag = (body as Answer).etag;
      headers.etag = etag;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
    }
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : text);
  }

  const server = createServer(async (req, res) => {
    const t0 = performance.now();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      url = new URL('http://localhost/');
    }
    res.on('finish', () => log(`${req.method} ${url.pathname.slice(0, 200)} ${res.statusCode} ${(performance.now() - t0).toFixed(1)}ms`));
    const origin = req.headers.origin;
    if (origin && (origins.has('*') || origins.has(origin))) {
      res.setHeader('access-control-allow-origin', origins.has('*') ? '*' : origin);
      res.setHeader('access-control-expose-headers', 'etag, x-served-stale, retry-after');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'GET, HEAD', 'access-control-allow-headers': 'accept, if-none-match', 'access-control-max-age': '86400', vary: 'Origin' }).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return void send(req, res, 405, { error: 'Only GET is supported.' }, { allow: 'GET, HEAD, OPTIONS' });
    if ((req.url ?? '').length > 8000) return void send(req, res, 414, { error: 'The address is too long (over 8,000 characters).' });
    await respond(req, res, url);
  });
  async function respond(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let key: string | undefined;
    try {
      const fresh = async () => {
        try {
          return prepare(await route(url));
        } catch (e) {
          if (!(e instanceof StaleCatalog)) throw e;
          cat = undefined;
          return prepare(await route(url));
        }
      };
      // Keyed by data generation: a load swapping new data in is never answered from older data.
      const root = url.pathname.replace(/\/+$/, '') === '';
      if (root) return void send(req, res, 200, await fresh());
      const hash = await catalog().then((c) => c.hash, (e) => lastHash ?? Promise.reject(e));
      key = `${hash}\n${url.pathname}${url.search}`;
      send(req, res, 200, await answers.get(key, fresh));
    } catch (e) {
      if (e instanceof BadRequest) return void send(req, res, 400, { error: e.message, parameter: e.param });
      if (e instanceof NotFound) return void send(req, res, 404, { error: e.message });
      const why = unavailable(e);
      // The database is down: an answer kept from before, however old (up to staleSeconds), beats an error; it says so.
      const kept = why && key !== undefined ? answers.stale(key) : undefined;
      if (kept) return void send(req, res, 200, kept.answer, { 'x-served-stale': String(kept.ageSeconds), 'cache-control': 'no-store' });
      if (why) return void send(req, res, 503, { error: why }, { 'retry-after': '5' });
      // Only the error code: messages can quote the query.
      log(`error ${(e as { code?: string }).code ?? (e as Error).name}`);
      send(req, res, 500, { error: 'Something went wrong in the search service.' });
    }
  }
  server.keepAliveTimeout = 65_000;
  return { server, pool, close: async () => { await new Promise((r) => server.close(r)); await pool.end(); } };
}

const valueText = (x: unknown, locale: string, c: Catalog) =>
  typeof x === 'string' ? x : (x as Record<string, string>)[locale] ?? (x as Record<string, string>)[c.defaultLocale] ?? Object.values(x as object)[0];
