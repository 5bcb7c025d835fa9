/**
 * Search over the live generation: text query planning (the engine's word rules: prefixes, short
 * prefixes in names and tags, synonyms, typo tolerance, all words then any word), filters,
 * distance, open-now, disjunctive facet counts, sorting and paging — one SQL statement per page.
 * Owns: the SQL and its parameters (never any input spliced into SQL text). Does not own:
 * parameter checking (params.ts) or the response shape (hsds.ts).
 */
import type pg from 'pg';
import type { Bundle, FacetDef, Resource } from '../src/core/types.js';
import { compileSynonyms, type Synonyms } from '../src/core/query.js';
import { foldForSearch, pick, words } from '../src/core/text.js';
import { BadRequest, LIMITS, type SearchParams } from './params.js';
import { LIVE, textConfig } from './schema.js';

export interface Catalog {
  defaultLocale: string;
  locales: string[];
  facets: (FacetDef & { open: boolean })[];
  meta: Bundle['meta'];
  hash: string;
  synonyms: Bundle['synonyms'];
  syn: Map<string, Synonyms>;
}

export type Queryable = Pick<pg.Pool, 'query'>;

/** Facts about the live data the service needs on every request (cached by app.ts). */
export async function readCatalog(db: Queryable): Promise<Catalog> {
  const meta = await db.query(`select key, value from ${LIVE}.meta`);
  const m = Object.fromEntries(meta.rows.map((r) => [r.key, r.value]));
  const facets = await db.query(`select f.id, f.field, f.label, f.open,
      coalesce(json_agg(json_build_object('id', t.code, 'label', t.name) order by t.position) filter (where t.id is not null and not f.open), '[]') as values
    from ${LIVE}.facets f left join ${LIVE}.taxonomy_terms t on t.taxonomy_id = f.id group by f.id order by min(f.position)`);
  return {
    defaultLocale: m.meta.default_locale,
    locales: m.locales,
    meta: m.meta,
    hash: m.hash,
    synonyms: m.synonyms,
    syn: new Map(),
    facets: facets.rows.map((r) => ({ id: r.id, field: r.field, label: r.label, open: r.open, values: r.open ? undefined : r.values })),
  };
}

/** The data locale serving a requested one: exact, base language, a sibling, else the default. */
export function dataLocale(cat: Catalog, wanted?: string): string {
  if (!wanted) return cat.defaultLocale;
  const map = Object.fromEntries(cat.locales.map((l) => [l, l]));
  return pick(map, wanted, cat.defaultLocale)?.value ?? cat.defaultLocale;
}

// ts_rank weights in {D, C, B, A} order: description 1, organization 1.5, tags 2.5, name 4 (the engine's boosts).
const WEIGHTS = '{0.25,0.375,0.625,1}';

/**
 * Typo tolerance, as the engine does it: a word of 4+ letters that starts no indexed word gets
 * indexed words within a few edits (pg_trgm finds candidates, fuzzystrmatch counts the edits):
 * the word being typed (last) may match the start of a word ("scren" → "screening", 1 edit, 2
 * past 7 letters); others must match a whole word (edits ≤ 20% of the length, at most 2).
 */
async function typoAlternatives(db: Queryable, locale: string, toks: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const cands = toks.map((w, i) => ({ w, last: i === toks.length - 1 })).filter((x) => x.w.length > 3);
  if (!cands.length) return out;
  const r = await db.query(
    `select q.w, array(
        select l.word from ${LIVE}.lexicon l
         where l.locale = $1 and (q.w % l.word or q.w <% l.word)
           and case when q.last
                 then exists (select 1 from generate_series(greatest(1, length(q.w) - 2), length(q.w) + 2) k
                               where levenshtein_less_equal(q.w, left(l.word, k), 2) <= case when length(q.w) > 7 then 2 else 1 end)
                 else levenshtein_less_equal(q.w, l.word, 2) <= least(2, round(length(q.w) * 0.2)) end
         order by greatest(similarity(q.w, l.word), word_similarity(q.w, l.word)) desc, l.ndoc desc limit 8) as alts
       from unnest($2::text[], $3::boolean[]) q(w, last)
      where not exists (select 1 from ${LIVE}.lexicon x where x.locale = $1 and x.word like q.w || '%')`,
    [locale, cands.map((c) => c.w), cands.map((c) => c.last)],
  );
  for (const row of r.rows) out.set(row.w, row.alts);
  return out;
}

/**
 * tsquery text for each unit (one user word or synonym phrase). Only letters and digits reach it
 * (words() splits on everything else), so no user input can change the query's structure.
 */
export async function planUnits(db: Queryable, cat: Catalog, locale: string, text: string): Promise<string[]> {
  const toks = words(foldForSearch(text));
  if (toks.length > LIMITS.words) throw new BadRequest('search', `"search" has ${toks.length} words; at most ${LIMITS.words}.`);
  if (!cat.syn.has(locale)) cat.syn.set(locale, compileSynonyms({ synonyms: cat.synonyms } as Bundle, locale));
  const syn = cat.syn.get(locale)!;
  const typos = await typoAlternatives(db, locale, toks);
  const units: string[] = [];
  for (let i = 0; i < toks.length;) {
    const hit = syn.get(toks[i])?.find((e) => e.toks.every((t, j) => toks[i + j] === t));
    const own = toks.slice(i, i + (hit ? hit.toks.length : 1));
    i += own.length;
    const last = i === toks.length;
    const t = own[own.length - 1];
    // The engine: a 1–2 letter word being typed matches name and tag words only (weights A, B).
    if (last && !hit && t.length < 3) { units.push(`${t}:*AB`); continue; }
    const mine = own.map((x, j) => (last && j === own.length - 1) || x.length > 2 ? `${x}:*` : x).join(' & ');
    const alts = [...(hit?.group ?? []).map((g) => g.join(' & ')), ...(typos.get(t) ?? [])];
    units.push(alts.length ? [mine, ...alts].map((a) => `(${a})`).join(' | ') : mine);
  }
  return units;
}

export interface Hit { id: string; score: number; distance: number | null; open_now: boolean | null; resource: Resource; location: Record<string, unknown> | null }
export interface SearchResult {
  locale: string;
  total: number;
  hits: Hit[];
  pinned: Resource[];
  relaxed: boolean;
  /** "facet=value" → disjunctive count, for the requested facets. */
  counts: Record<string, number>;
}

/** Runs one search page. Unknown facets in filters are a 400; unknown values match nothing. */
export async function search(db: Queryable, cat: Catalog, p: SearchParams): Promise<SearchResult> {
  const locale = dataLocale(cat, p.locale);
  const facetIds = new Set(cat.facets.map((f) => f.id));
  for (const f of Object.keys(p.filters)) if (!facetIds.has(f)) throw new BadRequest('taxonomy_term_id', `No facet "${f}" in this directory; facets: ${[...facetIds].join(', ')}.`);
  const wanted = p.facets === 'all' ? [...facetIds] : p.facets;
  for (const f of wanted) if (!facetIds.has(f)) throw new BadRequest('facets', `No facet "${f}" in this directory; facets: ${[...facetIds].join(', ')}.`);

  const units = p.search ? await planUnits(db, cat, locale, p.search) : [];
  const run = (mode: '&' | '|') => runSql(db, p, locale, units, mode, wanted);
  let res = await run('&');
  let relaxed = false;
  if (res.total === 0 && units.length > 1) {
    res = await run('|');
    relaxed = res.total > 0;
  }
  if (p.page > 1 && p.page > Math.ceil(res.total / p.perPage)) {
    throw new BadRequest('page', `"page" ${p.page} is past the last page (${Math.max(1, Math.ceil(res.total / p.perPage))}) of ${res.total} results.`);
  }
  return { locale, relaxed, ...res };
}

async function runSql(db: Queryable, p: SearchParams, locale: string, units: string[], mode: '&' | '|', wanted: string[]) {
  const args: unknown[] = [];
  const arg = (v: unknown) => `$${args.push(v)}`;
  const cfg = arg(textConfig(locale));
  const loc = arg(locale);
  const unitCols = units.map((u, k) => `to_tsquery(${cfg}::regconfig, ${arg(u)}) as u${k}`);
  const all = units.length ? `(${units.map((_, k) => `q.u${k}`).join(` ${mode === '&' ? '&&' : '||'} `)})` : null;
  const score = units.length
    ? `(${units.map((_, k) => `ts_rank('${WEIGHTS}', t.doc, q.u${k})`).join(' + ')}) * (${units.map((_, k) => `(t.doc @@ q.u${k})::int`).join(' + ')})`
    : '0';
  const here = p.lat !== undefined ? `ll_to_earth(${arg(p.lat)}::float8, ${arg(p.lon)}::float8)` : null;
  const distance = here
    ? `(select min(earth_distance(${here}, ll_to_earth(l.latitude, l.longitude))) from ${LIVE}.locations l where l.service_id = s.id and l.latitude is not null)`
    : 'null::float8';
  const where: string[] = [`t.locale = ${loc}`, 'not s.pinned'];
  if (all) where.push(`t.doc @@ ${all}`);
  if (here && p.radius !== undefined) {
    const r = arg(p.radius);
    where.push(`exists (select 1 from ${LIVE}.locations l where l.service_id = s.id and l.latitude is not null
      and earth_box(${here}, ${r}::float8) @> ll_to_earth(l.latitude, l.longitude) and earth_distance(${here}, ll_to_earth(l.latitude, l.longitude)) <= ${r}::float8)`);
  }
  // Open now, in each schedule's own time zone; a schedule past midnight (22:00–02:00) counts on its start day.
  const local = `(now() at time zone h.timezone)`;
  const openSql = `(s.always_open or exists (select 1 from ${LIVE}.schedules h where h.service_id = s.id and h.timezone is not null
      and (h.valid_from is null or h.valid_from <= ${local}::date) and (h.valid_to is null or h.valid_to >= ${local}::date)
      and (h.byday is null or (array['MO','TU','WE','TH','FR','SA','SU'])[extract(isodow from ${local})::int] = any(h.byday))
      and case when h.opens_at <= h.closes_at then ${local}::time >= h.opens_at and ${local}::time < h.closes_at
               else ${local}::time >= h.opens_at or ${local}::time < h.closes_at end))`;
  const openNow = `case when ${openSql} then true when exists (select 1 from ${LIVE}.schedules h where h.service_id = s.id and h.timezone is not null) then false end`;
  if (p.openNow) where.push(openSql);

  const active = Object.entries(p.filters);
  const passCols = active.map(([f, vals], k) => `s.facet_values && ${arg(vals.map((v) => `${f}=${v}`))}::text[] as p${k}`);
  const passAll = active.length ? active.map((_, k) => `p${k}`).join(' and ') : 'true';
  // Disjunctive counts: a row failing only facet F still counts toward F's values.
  const others = (k: number) => active.map((_, j) => j).filter((j) => j !== k).map((j) => `p${j}`).join(' and ') || 'true';
  const countCase = active.length
    ? `case split_part(v, '=', 1) ${active.map(([f], k) => `when ${arg(f)} then ${others(k)}`).join(' ')} else ${passAll} end`
    : 'true';

  const order = {
    relevance: units.length ? 'score desc, position' : 'position',
    name: 'sort_name collate "und-x-icu", position',
    verified: 'checked desc nulls last, position',
    distance: `distance nulls last, ${units.length ? 'score desc, ' : ''}position`,
  }[p.sort];
  const limit = arg(p.perPage);
  const offset = arg((p.page - 1) * p.perPage);
  const wantedArg = arg(wanted);
  const sql = `
with q as (select ${unitCols.length ? unitCols.join(', ') : '1 as none'}),
m as materialized (
  select s.id, s.position, s.checked, s.facet_values, t.sort_name, ${score} as score, ${distance} as distance
         ${passCols.length ? ', ' + passCols.join(', ') : ''}
    from q, ${LIVE}.service_text t join ${LIVE}.services s on s.id = t.service_id
   where ${where.join(' and ')}),
f as (select * from m where ${passAll}),
page as (select *, row_number() over (order by ${order}) as rn from f order by ${order} limit ${limit} offset ${offset})
select (select count(*) from f)::int as total,
  coalesce((select json_agg(json_build_object(
      'id', page.id, 'score', page.score, 'distance', page.distance, 'open_now', ${openNow}, 'resource', s.resource,
      'location', (select to_jsonb(l) - 'service_id' from ${LIVE}.locations l where l.service_id = page.id
                   order by ${here ? `earth_distance(${here}, ll_to_earth(l.latitude, l.longitude)) nulls last, ` : ''}l.id limit 1))
    order by page.rn) from page join ${LIVE}.services s on s.id = page.id), '[]') as hits,
  (select coalesce(json_object_agg(v, n), '{}') from (
     select v, count(*)::int as n from m, unnest(m.facet_values) v
      where split_part(v, '=', 1) = any(${wantedArg}::text[]) and ${countCase} group by v) c) as counts,
  (select coalesce(json_agg(resource order by position), '[]') from ${LIVE}.services where pinned) as pinned`;
  const r = await db.query(sql, args);
  const row = r.rows[0];
  return { total: row.total as number, hits: row.hits as Hit[], counts: row.counts as Record<string, number>, pinned: row.pinned as Resource[] };
}
