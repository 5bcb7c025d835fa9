/**
 * Query-string parsing for the search service: every parameter is checked against a strict shape
 * before any SQL is built, and anything wrong becomes a 400 with a message naming the parameter.
 * Owns: accepted parameters, their limits and defaults. Does not own: what they mean in SQL.
 */

export class BadRequest extends Error {
  constructor(readonly param: string, message: string) {
    super(message);
  }
}

export type Sort = 'relevance' | 'name' | 'verified' | 'distance';
export interface SearchParams {
  search: string;
  /** taxonomy_term_id values grouped by facet: OR within a facet, AND across facets. */
  filters: Record<string, string[]>;
  page: number;
  perPage: number;
  locale?: string;
  lat?: number;
  lon?: number;
  /** Meters. */
  radius?: number;
  openNow: boolean;
  sort: Sort;
  /** Facet ids whose counts to return; "all" → every facet. */
  facets: string[] | 'all';
}

export const LIMITS = { search: 200, words: 12, terms: 50, page: 10_000, perPage: 100, radius: 500_000, param: 1000 };
/** Parameters HSDS clients send that we accept without effect (json is the only format). */
const HSDS_IGNORED = new Set(['format', 'minimal', 'full']);
const KNOWN = new Set(['search', 'taxonomy_term_id', 'page', 'per_page', 'locale', 'lat', 'lon', 'radius', 'open_now', 'sort', 'facets', ...HSDS_IGNORED]);
const ID = /^[a-z0-9][a-z0-9_.-]{0,63}$/i;
const TERM = /^([a-z0-9][a-z0-9_-]{0,63}):([a-z0-9][a-z0-9_.-]{0,63})$/i;
const LOCALE = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,2}$/i;
const INT = /^\d{1,9}$/;
const NUM = /^-?\d{1,9}(\.\d{1,12})?$/;

function one(q: URLSearchParams, name: string): string | undefined {
  const all = q.getAll(name);
  if (all.length > 1) throw new BadRequest(name, `"${name}" is given ${all.length} times; give it once.`);
  return all[0];
}

function int(q: URLSearchParams, name: string, min: number, max: number, dflt: number): number {
  const v = one(q, name);
  if (v === undefined || v === '') return dflt;
  if (!INT.test(v) || +v < min || +v > max) throw new BadRequest(name, `"${name}" must be a whole number from ${min} to ${max}; got "${clip(v)}".`);
  return +v;
}

function float(q: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const v = one(q, name);
  if (v === undefined || v === '') return undefined;
  if (!NUM.test(v) || +v < min || +v > max) throw new BadRequest(name, `"${name}" must be a number from ${min} to ${max}; got "${clip(v)}".`);
  return +v;
}

/** Echoed values are cut short: an error message never carries a huge input back. */
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s).replace(/[\u0000-\u001f]/g, '?');

/** Checks a query string for the list endpoints. `withSearch`: the endpoint takes search parameters. */
export function parseSearch(q: URLSearchParams): SearchParams {
  for (const [k, v] of q) {
    if (!KNOWN.has(k)) throw new BadRequest(k, `Unknown parameter "${clip(k)}". Accepted: ${[...KNOWN].filter((x) => !HSDS_IGNORED.has(x)).join(', ')}.`);
    if (v.length > LIMITS.param && k !== 'search') throw new BadRequest(k, `"${k}" is ${v.length} characters long; at most ${LIMITS.param}.`);
  }
  const format = one(q, 'format');
  if (format && format !== 'json') throw new BadRequest('format', `"format" must be "json"; "${clip(format)}" is not supported.`);

  const search = (one(q, 'search') ?? '').trim();
  if (search.length > LIMITS.search) throw new BadRequest('search', `"search" is ${search.length} characters long; at most ${LIMITS.search}.`);

  const filters: Record<string, string[]> = {};
  const terms = q.getAll('taxonomy_term_id').flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  if (terms.length > LIMITS.terms) throw new BadRequest('taxonomy_term_id', `${terms.length} taxonomy terms given; at most ${LIMITS.terms}.`);
  for (const t of terms) {
    const m = TERM.exec(t);
    if (!m) throw new BadRequest('taxonomy_term_id', `"taxonomy_term_id" values look like "category:housing" (facet:value, letters, digits, - and _); got "${clip(t)}".`);
    (filters[m[1]] ??= []).push(m[2]);
  }

  const locale = one(q, 'locale') || undefined;
  if (locale !== undefined && !LOCALE.test(locale)) throw new BadRequest('locale', `"locale" must be a language tag such as "en" or "es-MX"; got "${clip(locale)}".`);

  const lat = float(q, 'lat', -90, 90);
  const lon = float(q, 'lon', -180, 180);
  if ((lat === undefined) !== (lon === undefined)) throw new BadRequest(lat === undefined ? 'lat' : 'lon', '"lat" and "lon" go together: give both or neither.');
  const radius = float(q, 'radius', 1, LIMITS.radius);
  if (radius !== undefined && lat === undefined) throw new BadRequest('radius', '"radius" needs "lat" and "lon".');

  const on = one(q, 'open_now');
  if (on !== undefined && !['true', 'false', '1', '0', ''].includes(on)) throw new BadRequest('open_now', `"open_now" must be true or false; got "${clip(on)}".`);

  const sort = (one(q, 'sort') || (lat !== undefined && !search ? 'distance' : 'relevance')) as Sort;
  if (!['relevance', 'name', 'verified', 'distance'].includes(sort)) throw new BadRequest('sort', `"sort" must be relevance, name, verified or distance; got "${clip(sort)}".`);
  if (sort === 'distance' && lat === undefined) throw new BadRequest('sort', '"sort=distance" needs "lat" and "lon".');

  const f = one(q, 'facets');
  let facets: string[] | 'all' = [];
  if (f === 'all') facets = 'all';
  else if (f) {
    facets = f.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = facets.find((x) => !ID.test(x));
    if (bad !== undefined) throw new BadRequest('facets', `"facets" is a comma-separated list of facet ids, or "all"; "${clip(bad)}" is not an id.`);
  }

  return {
    search, filters, locale, lat, lon, radius, sort, facets,
    openNow: on === 'true' || on === '1',
    page: int(q, 'page', 1, LIMITS.page, 1),
    perPage: int(q, 'per_page', 1, LIMITS.perPage, 20),
  };
}
