/**
 * Loads a checked bundle into PostgreSQL as a new generation, then swaps it in atomically.
 * Owns: turning bundle resources into rows (the same indexed text as the in-browser engine), the
 * swap, and idempotence (the same data is not loaded twice). Does not own: checking the bundle
 * (core/validate.ts, done by the caller) or the layout (schema.ts).
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Bundle, FacetDef, Resource } from '../src/core/types.js';
import { buildFacets, valueLabels } from '../src/core/facets.js';
import { docOf, stemKeysOf } from '../src/core/search-index.js';
import { BOOST } from '../src/core/query.js';
import { stemmerFor, type Stem } from '../src/core/stem.js';
import { foldForSearch, localizedText, words } from '../src/core/text.js';
import { cityKey, pointOf } from '../src/core/geo.js';
import { isStructured } from '../src/core/hours.js';
import { generationDdl, indexDdl, LIVE, LIVE_MIGRATIONS, SHARED_DDL } from './schema.js';

export interface LoadOptions {
  /** Load even when the live data came from the same bundle. */
  force?: boolean;
  /** Prefixes of 3–6 letters matching at least this many postings get their first page precomputed (default 1000). */
  hotPrefix?: number;
  /** Called after each batch of rows; a throw aborts the load (the old data keeps serving). */
  onProgress?: (done: number, total: number) => void;
}
export interface LoadReport { status: 'loaded' | 'unchanged'; services: number; hash: string; ms: number }

const BATCH = 1000;
/** Serializes loads across processes: two loads at once would race for the swap. */
const LOCK_KEY = 724_551_017;

/** HSDS weekday codes, used for schedules. */
const DAYS = new Set(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);

type Loose = Record<string, unknown>;
const obj = (x: unknown): Loose | undefined => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Loose) : undefined);
const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown) => (typeof x === 'string' && x ? x : null);
const time = (x: unknown) => (typeof x === 'string' && /^\d{2}:\d{2}(:\d{2})?/.test(x) ? x.slice(0, 8).replace(/[Z+-].*$/, '') : null);
const date = (x: unknown) => (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) ? x : null);

/** Bumped whenever the tables change, so a newer loader reloads data an older one loaded. */
const LAYOUT_VERSION = 4;

/** Stable hash of the bundle's content and the table layout, so reloading the same data is a no-op. */
export function bundleHash(bundle: Bundle): string {
  return createHash('sha256').update(`${LAYOUT_VERSION}\n${JSON.stringify(bundle)}`).digest('hex');
}

/** Locations of a resource: HSDS-style `locations[]` with latitude/longitude (the bundle's coming shape). */
function locationsOf(r: Resource): Loose[] {
  const list = (r as unknown as Loose).locations;
  return Array.isArray(list) ? list.map(obj).filter((x): x is Loose => !!x) : [];
}

/** HSDS schedules with a weekly pattern; description-only schedules stay in the resource JSON. */
function schedulesOf(items: unknown, serviceId: string, locationId: string | null, tz: string | null) {
  if (!Array.isArray(items)) return [];
  return items.map(obj).filter((s): s is Loose => !!s).map((s) => ({
    service_id: serviceId,
    location_id: locationId,
    freq: str(s.freq)?.toUpperCase() ?? null,
    byday: typeof s.byday === 'string' ? s.byday.split(',').map((d) => d.trim().toUpperCase()).filter((d) => DAYS.has(d)) : null,
    opens_at: time(s.opens_at),
    closes_at: time(s.closes_at),
    timezone: str(s.timezone) ?? tz,
    valid_from: date(s.valid_from),
    valid_to: date(s.valid_to),
    description: s.description ?? null,
  })).filter((s) => s.opens_at && s.closes_at);
}

// The engine's fields and boosts (core/query.ts BOOST; MiniSearch's BM25+ defaults k, b, d).
const FIELDS = ['name', 'kw', 'tags', 'org', 'desc', 'alt'] as const;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** `seen`: order of first use in the locale's own text (null: only in `alt`); `stems`: its stem keys. */
interface Posting { word: string; ndoc: number; docs: number[]; scores: number[]; seen: number | null; stems: string[] }

/**
 * The engine's index as postings (core/text-index.ts newIndex): for each folded word, the
 * documents containing it and the score MiniSearch gives an exact match of it there (BM25+ per
 * field × field boost, summed over fields), with the same words, field lengths (unique tokens),
 * document frequencies per field, and `alt` words skipped where the resource's own text has them.
 */
export function postings(docs: Record<(typeof FIELDS)[number], string>[], stem: Stem): Posting[] {
  const n = docs.length;
  const avg = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<(typeof FIELDS)[number], number>;
  const stems = new Map<string, string[]>();
  const seen = new Map<string, number>();
  const tfs = docs.map((d) => {
    const own = new Set<string>();
    return FIELDS.map((f) => {
      const toks = words(d[f]);
      const len = new Set(toks).size;
      avg[f] += len / n;
      const tf = new Map<string, number>();
      for (const t of toks) {
        const w = foldForSearch(t);
        if (!w) continue;
        if (f === 'alt' ? own.has(w) : (own.add(w), false)) continue;
        if (!stems.has(w)) stems.set(w, stemKeysOf(stem, w, t.toLowerCase()));
        if (f !== 'alt' && !seen.has(w)) seen.set(w, seen.size);
        tf.set(w, (tf.get(w) ?? 0) + 1);
      }
      return { tf, len };
    });
  });
  const df = new Map<string, number[]>();
  for (const fields of tfs) fields.forEach(({ tf }, fi) => { for (const w of tf.keys()) { let a = df.get(w); if (!a) df.set(w, (a = FIELDS.map(() => 0))); a[fi]++; } });
  const idf = (m: number) => Math.log(1 + (n - m + 0.5) / (m + 0.5));
  const out = new Map<string, Posting>();
  tfs.forEach((fields, doc) => {
    const score = new Map<string, number>();
    fields.forEach(({ tf, len }, fi) => {
      const f = FIELDS[fi];
      for (const [w, t] of tf) {
        const bm = idf(df.get(w)![fi]) * (BM25.d + (t * (BM25.k + 1)) / (t + BM25.k * (1 - BM25.b + (BM25.b * len) / avg[f])));
        score.set(w, (score.get(w) ?? 0) + BOOST[f] * bm);
      }
    });
    for (const [w, sc] of score) {
      let p = out.get(w);
      if (!p) out.set(w, (p = { word: w, ndoc: 0, docs: [], scores: [], seen: seen.get(w) ?? null, stems: stems.get(w)! }));
      p.ndoc++;
      p.docs.push(doc);
      p.scores.push(sc);
    }
  });
  return [...out.values()];
}

/** All rows of a bundle, computed in Node with the engine's own text functions. */
export function rowsOf(bundle: Bundle) {
  const def = bundle.meta.default_locale;
  const locales = [...new Set([def, ...bundle.meta.locales])];
  const table = buildFacets(bundle);
  const defs = table.defs;
  const zone = str((bundle.meta as unknown as Loose).timezone);
  // Value numbers within each facet, in the facet's order (closed) or first-seen order (open).
  const valueNo = new Map<number, number>();
  table.ids.forEach((m) => Array.from(m.values()).forEach((g, position) => valueNo.set(g, position)));
  const services = bundle.resources.map((r, i) => ({
    id: r.id, position: i, pinned: !!r.pinned, status: r.status ?? null, checked: r.link_check?.checked ?? null,
    always_open: !!r.availability?.includes('24-7'),
    fv: Array.from(table.vals.subarray(table.off[i], table.off[i + 1]), (g) => table.facetOf[g] * 65536 + valueNo.get(g)!),
  }));
  const text: { service_id: string; position: number; locale: string; sort_name: string; name_prefixes: string[]; prefixes: string[] }[] = [];
  const lexicon = new Map<string, Posting[]>();
  for (const loc of locales) {
    const labelsIn = new Map<string, string[]>();
    const labelsOf = (l: string) => labelsIn.get(l) ?? (labelsIn.set(l, valueLabels(table, l, def)), labelsIn.get(l)!);
    const docs = bundle.resources.map((r, i) => docOf(bundle, r, i, loc, (l) => Array.from(table.vals.subarray(table.off[i], table.off[i + 1]), (g) => labelsOf(l)[g])));
    docs.forEach((d, i) => {
      const starts = (s: string) => words(foldForSearch(s)).flatMap((w) => (w.length > 1 ? [w[0], w.slice(0, 2)] : [w]));
      const namePre = [...new Set(starts(d.name))];
      text.push({ service_id: bundle.resources[i].id, position: i, locale: loc, sort_name: d.name, name_prefixes: namePre, prefixes: [...new Set([...namePre, ...starts(d.kw), ...starts(d.tags)])] });
    });
    lexicon.set(loc, postings(docs, stemmerFor(loc)));
  }
  const locations: Loose[] = [];
  const schedules: ReturnType<typeof schedulesOf> = [];
  for (const r of bundle.resources) {
    schedules.push(...schedulesOf(r.schedules, r.id, null, zone));
    locationsOf(r).forEach((l, k) => {
      const id = str(l.id) ?? `${r.id}#${k + 1}`;
      const tz = str(l.timezone) ?? zone;
      locations.push({ id, service_id: r.id, name: l.name ?? null, latitude: num(l.latitude), longitude: num(l.longitude), address: obj(l.address) ?? (k === 0 ? r.address ?? null : null), timezone: tz });
      schedules.push(...schedulesOf(l.schedules, r.id, id, tz));
    });
  }
  const terms = defs.flatMap((d: FacetDef, f) =>
    Array.from(table.ids[f].keys(), (code, position) => {
      const v = d.values?.find((x) => x.id === code) as (Loose & { label: unknown }) | undefined;
      const parent = str(v?.parent) ?? str(v?.parent_id);
      return { id: `${d.id}:${code}`, taxonomy_id: d.id, code, name: v?.label ?? null, description: v?.description ?? null, parent_id: parent ? `${d.id}:${parent}` : null, position, no: f * 65536 + position };
    }));
  const facets = defs.map((d, position) => ({ id: d.id, position, field: d.field ?? d.id, label: d.label, open: !d.values }));
  return { locales, services, text, lexicon, locations, schedules, terms, facets, shortHeads: shortHeads(services, text) };
}

/** Per locale and 1–2 letter prefix: total, facet counts (by code) and the first 100 listed services, as the engine ranks them. */
function shortHeads(services: { pinned: boolean; fv: number[] }[], text: { locale: string; position: number; name_prefixes: string[]; prefixes: string[] }[]) {
  const heads = new Map<string, { locale: string; prefix: string; total: number; counts: Record<number, number>; name: number[]; tags: number[] }>();
  for (const t of text) {
    if (services[t.position].pinned) continue;
    const inName = new Set(t.name_prefixes);
    for (const p of t.prefixes) {
      const key = `${t.locale}\u0000${p}`;
      let h = heads.get(key);
      if (!h) heads.set(key, (h = { locale: t.locale, prefix: p, total: 0, counts: {}, name: [], tags: [] }));
      h.total++;
      for (const v of services[t.position].fv) h.counts[v] = (h.counts[v] ?? 0) + 1;
      const list = inName.has(p) ? h.name : h.tags;
      if (list.length < HEAD) list.push(t.position);
    }
  }
  return [...heads.values()].map(({ name, tags, ...h }) => {
    const head = name.concat(tags).slice(0, HEAD);
    return { ...h, head, head_scores: head.map((_, i) => (i < name.length ? 2 : 1)) };
  });
}
const HEAD = 100;
const HOT_PREFIX = 1000;

/**
 * Per locale, the prefixes of 3–6 letters that many services match (at least `hot` postings): the
 * searches of a visitor's 3rd to 6th keystroke, and the costliest to score at query time (every
 * word they start, every posting). Precomputed exactly as search.ts scores a one-word query: each
 * word starting with the prefix weighs 1 when equal, else 0.375·|w|/(|w| + 0.3·extra letters)
 * (MiniSearch's prefix weight), times its stored score, summed per service. Same rows as shortHeads.
 */
function prefixHeads(services: { pinned: boolean; fv: number[] }[], lexicon: Map<string, Posting[]>, hot: number) {
  const out: { locale: string; prefix: string; total: number; counts: Record<number, number>; head: number[]; head_scores: number[] }[] = [];
  const acc = new Float64Array(services.length);
  const seen = new Uint8Array(services.length);
  for (const [locale, list] of lexicon) {
    const byPrefix = new Map<string, Posting[]>();
    for (const p of list) {
      const chars = [...p.word];
      for (let n = 3; n <= Math.min(6, chars.length); n++) {
        const key = chars.slice(0, n).join('');
        let group = byPrefix.get(key);
        if (!group) byPrefix.set(key, (group = []));
        group.push(p);
      }
    }
    for (const [prefix, group] of byPrefix) {
      if (group.reduce((n, w) => n + w.ndoc, 0) < hot) continue;
      const n = [...prefix].length;
      const touched: number[] = [];
      for (const w of group) {
        const len = [...w.word].length;
        const weight = len === n ? 1 : (0.375 * len) / (len + 0.3 * (len - n));
        w.docs.forEach((d, i) => {
          if (services[d].pinned) return;
          if (!seen[d]) touched.push(d);
          seen[d] = 1;
          acc[d] += weight * w.scores[i];
        });
      }
      const counts: Record<number, number> = {};
      for (const d of touched) for (const v of services[d].fv) counts[v] = (counts[v] ?? 0) + 1;
      touched.sort((a, b) => acc[b] - acc[a] || a - b);
      const head = touched.slice(0, HEAD);
      out.push({ locale, prefix, total: touched.length, counts, head, head_scores: head.map((d) => acc[d]) });
      for (const d of touched) acc[d] = seen[d] = 0;
    }
  }
  return out;
}

async function insert(c: pg.ClientBase, table: string, columns: string, rows: unknown[], select = '*') {
  const names = columns.split(',').map((x) => x.trim().split(' ')[0]).join(', ');
  const into = select === '*' ? `${table} (${names})` : table;
  if (rows.length) await c.query(`insert into ${into} select ${select} from jsonb_to_recordset($1::jsonb) as x(${columns})`, [JSON.stringify(rows)]);
}

/**
 * Loads `bundle` (already checked) into the database at `url`: creates the shared objects, fills a
 * fresh schema, indexes it, then renames it to `rf_live` in one transaction. On any error the new
 * schema is dropped and the live data is untouched.
 */
export async function loadBundle(bundle: Bundle, url: string, opts: LoadOptions = {}): Promise<LoadReport> {
  const t0 = Date.now();
  const hash = bundleHash(bundle);
  const c = new pg.Client({ connectionString: url, application_name: 'resource-finder db load' });
  await c.connect();
  const gen = `rf_load_${Date.now().toString(36)}_${process.pid}`;
  try {
    await c.query('set client_min_messages = warning');
    await c.query('select pg_advisory_lock($1)', [LOCK_KEY]);
    await c.query(SHARED_DDL);
    await c.query(LIVE_MIGRATIONS);
    const live = await c.query(`select value #>> '{}' as hash from ${LIVE}.meta where key = 'hash'`).catch(() => ({ rows: [] as { hash: string }[] }));
    if (!opts.force && live.rows[0]?.hash === hash) return { status: 'unchanged', services: bundle.resources.length, hash, ms: Date.now() - t0 };

    const rows = rowsOf(bundle);
    const heads = [...rows.shortHeads, ...prefixHeads(rows.services, rows.lexicon, opts.hotPrefix ?? HOT_PREFIX)];
    await c.query(generationDdl(gen));
    const total = rows.services.length;
    for (let i = 0; i < total; i += BATCH) {
      const part = rows.services.slice(i, i + BATCH);
      await insert(c, `${gen}.services`, 'id text, position int, pinned boolean, status text, checked text, always_open boolean, fv int[]', part);
      await insert(c, `${gen}.service_resources`, 'id text, resource jsonb', bundle.resources.slice(i, i + BATCH).map((resource) => ({ id: resource.id, resource })));
      const ids = new Set(part.map((s) => s.id));
      await insert(c, `${gen}.service_text`, 'service_id text, position int, locale text, sort_name text, name_prefixes text[], prefixes text[]',
        rows.text.filter((t) => ids.has(t.service_id)));
      opts.onProgress?.(Math.min(total, i + BATCH), total);
    }
    const lex = [...rows.lexicon].flatMap(([locale, list]) => list.map((p) => ({ locale, ...p })));
    for (let i = 0; i < lex.length; i += 5 * BATCH) await insert(c, `${gen}.lexicon`, 'locale text, word text, ndoc int, docs int[], scores float8[], seen int, stems text[]', lex.slice(i, i + 5 * BATCH));
    for (let i = 0; i < heads.length; i += BATCH) await insert(c, `${gen}.short_heads`, 'locale text, prefix text, total int, counts jsonb, head int[], head_scores float8[]', heads.slice(i, i + BATCH));
    await insert(c, `${gen}.locations`, 'id text, service_id text, name jsonb, latitude float8, longitude float8, address jsonb, timezone text', rows.locations);
    await insert(c, `${gen}.schedules`, 'service_id text, location_id text, freq text, byday text[], opens_at time, closes_at time, timezone text, valid_from date, valid_to date, description jsonb', rows.schedules);
    await insert(c, `${gen}.taxonomy_terms`, 'id text, taxonomy_id text, code text, name jsonb, description jsonb, parent_id text, position int, no int', rows.terms);
    await insert(c, `${gen}.facets`, 'id text, position int, field text, label jsonb, open boolean', rows.facets);
    // Browsing without a query or filters (the first view of every visitor) is answered from these.
    const browse = { total: 0, counts: {} as Record<number, number> };
    for (const sv of rows.services) if (!sv.pinned) { browse.total++; for (const v of sv.fv) browse.counts[v] = (browse.counts[v] ?? 0) + 1; }
    const meta = { browse, hash, ...localOf(bundle), meta: bundle.meta, synonyms: bundle.synonyms ?? {}, locales: rows.locales, loaded_at: new Date().toISOString(), services: total };
    await insert(c, `${gen}.meta`, 'key text, value jsonb', Object.entries(meta).filter(([, value]) => value !== null).map(([key, value]) => ({ key, value })));
    // (A null value, e.g. `local` for data without sites or hours, is simply not stored: meta.value is not null.)
    await c.query(indexDdl(gen));

    // The swap: searches see the old generation or the new one, never a mix.
    await c.query('begin');
    await c.query(`drop schema if exists rf_old cascade`);
    // PostgreSQL has no "alter schema if exists … rename".
    await c.query(`do $$ begin if exists (select 1 from pg_namespace where nspname = '${LIVE}') then alter schema ${LIVE} rename to rf_old; end if; end $$`);
    await c.query(`alter schema ${gen} rename to ${LIVE}`);
    await c.query('commit');
    await c.query('drop schema if exists rf_old cascade');
    return { status: 'loaded', services: total, hash, ms: Date.now() - t0 };
  } catch (e) {
    await c.query('rollback').catch(() => {});
    await c.query(`drop schema if exists ${gen} cascade`).catch(() => {});
    throw e;
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * What the element needs for its place and hours row in `api` mode (GET /places and a search
 * page's `local`): which controls apply (sites with points; weekly hours), the zone hours are read
 * in, and the table turning a typed ZIP or city into a point in the browser — the bundle's ZIP
 * points and, per city named in its sites' addresses (folded as core/geo.ts cityPoint folds), the
 * mean point of those sites, which is what cityPoint computes from the whole bundle.
 */
export function localOf(bundle: Bundle) {
  const sum = new Map<string, [number, number, number]>();
  let near = false;
  for (const r of bundle.resources) {
    for (const l of r.locations ?? []) {
      const p = pointOf(l);
      if (!p) continue;
      near = true;
      const key = l.address?.city ? cityKey(l.address.city) : '';
      if (!key) continue;
      const acc = sum.get(key) ?? [0, 0, 0];
      sum.set(key, [acc[0] + p[0], acc[1] + p[1], acc[2] + 1]);
    }
  }
  // As the element decides for a bundle (core/view-model.ts localControls): structured hours on a service or a site.
  const hours = bundle.resources.some((r) => [r, ...(r.locations ?? [])].some((x) => x.schedules?.some(isStructured)));
  const cities = Object.fromEntries([...sum].map(([k, [lat, lon, n]]) => [k, [lat / n, lon / n]]));
  return {
    local: near || hours ? { near, hours, timezone: (bundle.meta as { timezone?: string }).timezone ?? null } : null,
    places: { zip: bundle.places?.zip ?? {}, zip3: bundle.places?.zip3 ?? {}, cities },
  };
}

/** Localized text of a stored JSON value (used by the service for labels). */
export const textOf = (x: unknown, locale: string, def: string) => localizedText(x as never, locale, def).text;
