/**
 * Search over the live generation: text query planning (the engine's word rules, with its own
 * core functions: stems, prefixes, short prefixes in names, keywords and tags, synonyms, typo
 * tolerance, all words then fill-up with some words), filters,
 * distance, open-now, disjunctive facet counts, sorting and paging — one SQL statement per page.
 * Owns: the SQL and its parameters (never any input spliced into SQL text). Does not own:
 * parameter checking (params.ts) or the response shape (hsds.ts).
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Bundle, FacetDef, Resource } from '../src/core/types.js';
import { compileSynonyms, FILL, nearPrefix, queryWords, WEIGHTS, type Synonyms } from '../src/core/query.js';
import { stemKeysOf } from '../src/core/search-index.js';
import { stemmerFor } from '../src/core/stem.js';
import { normalizeQuery, pick } from '../src/core/text.js';
import { BadRequest, LIMITS, type SearchParams } from './params.js';
import { LIVE } from './schema.js';

export interface Catalog {
  defaultLocale: string;
  locales: string[];
  /** `known`: every value id the data has (for open facets too), in load order. */
  facets: (FacetDef & { open: boolean; known: string[] })[];
  meta: Bundle['meta'];
  hash: string;
  synonyms: Bundle['synonyms'];
  syn: Map<string, Synonyms>;
  /** "facet=value" ↔ taxonomy_terms.no, the integer code in services.fv. */
  termNo: Map<string, number>;
  noTerm: Map<number, string>;
  pinned: Resource[];
  /** The place and hours row the element shows (load.ts localOf); null: neither applies. */
  local: { near: boolean; hours: boolean; timezone: string | null } | null;
  /** ZIP and city points for typed places (load.ts localOf); absent for data loaded before it existed. */
  places?: { zip: Record<string, [number, number]>; zip3: Record<string, [number, number]>; cities: Record<string, [number, number]> };
  /** Total and facet counts (by code) of browsing with no query, filter, place or hours. */
  browse: { total: number; counts: Record<string, number> };
}

export type Queryable = Pick<pg.Pool, 'query'>;

/** Facts about the live data the service needs on every request (cached by app.ts). */
export async function readCatalog(db: Queryable): Promise<Catalog> {
  const meta = await db.query(`select key, value from ${LIVE}.meta`);
  const m = Object.fromEntries(meta.rows.map((r) => [r.key, r.value]));
  const facets = await db.query(`select f.id, f.field, f.label, f.open,
      coalesce(json_agg(json_build_object('id', t.code, 'label', t.name) order by t.position) filter (where t.id is not null), '[]') as values
    from ${LIVE}.facets f left join ${LIVE}.taxonomy_terms t on t.taxonomy_id = f.id group by f.id order by min(f.position)`);
  const terms = await db.query(`select taxonomy_id || '=' || code as key, no from ${LIVE}.taxonomy_terms`);
  const pinned = await db.query(`select r.resource from ${LIVE}.services s join ${LIVE}.service_resources r on r.id = s.id where s.pinned order by s.position`);
  return {
    termNo: new Map(terms.rows.map((r) => [r.key, r.no])),
    noTerm: new Map(terms.rows.map((r) => [r.no, r.key])),
    pinned: pinned.rows.map((r) => r.resource),
    browse: m.browse,
    local: m.local ?? null,
    places: m.places,
    defaultLocale: m.meta.default_locale,
    locales: m.locales,
    meta: m.meta,
    hash: m.hash,
    synonyms: m.synonyms,
    syn: new Map(),
    facets: facets.rows.map((r) => ({ id: r.id, field: r.field, label: r.label, open: r.open, values: r.open ? undefined : r.values, known: r.values.map((v: { id: string }) => v.id) })),
  };
}

/** The data locale serving a requested one: exact, base language, a sibling, else the default. */
export function dataLocale(cat: Catalog, wanted?: string): string {
  if (!wanted) return cat.defaultLocale;
  const map = Object.fromEntries(cat.locales.map((l) => [l, l]));
  return pick(map, wanted, cat.defaultLocale)?.value ?? cat.defaultLocale;
}

/** The live data changed since the catalog was read: re-read it and run the request again. */
export class StaleCatalog extends Error {}

/** One indexed-word lookup as MiniSearch runs it: prefix and typo (max edits) flags, and its weight. `ti`: its word in the alternative. */
interface Term { word: string; prefix: boolean; fuzzy: number; boost: number; ti: number }
/** One user word or synonym phrase: alternatives (each an AND of `nt` words, each any of its terms), or a 1–2 letter prefix being typed. */
type Unit = { alts: { nt: number; terms: Term[] }[] } | { short: string };

/** What the engine's planQuery asks of its index about a folded word, read from the lexicon. */
interface WordFacts { variants: string[]; known: boolean; starts: boolean }

async function wordFacts(db: Queryable, locale: string, asks: { f: string; keys: string[] }[]): Promise<WordFacts[]> {
  if (!asks.length) return [];
  const r = await db.query(
    `select q.i,
       (select coalesce(array_agg(x.word order by x.word), '{}') from ${LIVE}.lexicon x where x.locale = $1 and x.stems && string_to_array(q.keys, ' ') and x.word <> q.t) as variants,
       exists (select 1 from ${LIVE}.lexicon x where x.locale = $1 and x.word = q.t and x.seen is not null) as known,
       exists (select 1 from ${LIVE}.lexicon x where x.locale = $1 and x.word >= q.t and x.word < q.t || chr(1114111) and x.seen is not null) as starts
     from unnest($2::text[], $3::text[]) with ordinality q(t, keys, i) order by q.i`,
    [locale, asks.map((a) => a.f), asks.map((a) => a.keys.join(' '))]);
  return r.rows.map((x) => ({ variants: x.variants, known: x.known, starts: x.starts }));
}

/**
 * The engine's query plan (core/query.ts planQuery) with the lexicon as its index: a word matches
 * itself (a prefix when 3+ letters or being typed; typos when 4+ letters, beginning no indexed word
 * and with no other form or synonym) and, exactly, every indexed word of its stem; a synonym phrase
 * also matches the other members of its groups; a misspelled word being typed also matches up to
 * 24 own-text words whose start is near it; a 1–2 letter word being typed is a short prefix.
 */
export async function planUnits(db: Queryable, cat: Catalog, locale: string, text: string): Promise<Unit[]> {
  const toks = queryWords(normalizeQuery(text));
  if (toks.length > LIMITS.words) throw new BadRequest('search', `"search" has ${toks.length} words; at most ${LIMITS.words}.`);
  const stem = stemmerFor(locale);
  if (!cat.syn.has(locale)) cat.syn.set(locale, compileSynonyms({ synonyms: cat.synonyms } as Bundle, locale, stem));
  const syn = cat.syn.get(locale)!;
  const stems = toks.map((t) => stemKeysOf(stem, t.f)[0]);
  const plan: { own: typeof toks; hit?: { group: string[][] }; last: boolean }[] = [];
  for (let i = 0; i < toks.length;) {
    const hit = syn.get(stems[i])?.find((e) => e.toks.every((t, j) => stems[i + j] === t));
    const own = toks.slice(i, i + (hit ? hit.toks.length : 1));
    i += own.length;
    plan.push({ own, hit, last: i === toks.length });
  }
  // Every word the plan needs facts about, asked in one statement.
  const asks = new Map<string, { f: string; keys: string[] }>();
  const ask = (f: string, lower?: string) => { const k = `${f} ${lower ?? ''}`; if (!asks.has(k)) asks.set(k, { f, keys: stemKeysOf(stem, f, lower) }); return k; };
  for (const u of plan) { u.own.forEach((x) => ask(x.f, x.lower)); u.hit?.group.forEach((m) => m.forEach((w) => ask(w))); }
  const facts = new Map([...asks.keys()].map((k, i) => [k, i]));
  const got = await wordFacts(db, locale, [...asks.values()]);
  const fact = (f: string, lower?: string) => got[facts.get(`${f} ${lower ?? ''}`)!];
  const typo = (f: string, x: WordFacts, hit: unknown) => f.length > 3 && !x.variants.length && !hit && !x.starts;
  const units: Unit[] = [];
  for (const { own, hit, last } of plan) {
    const t = own[own.length - 1].f;
    if (last && !hit && t.length < 3) { units.push({ short: t }); continue; }
    const mine: Term[] = own.flatMap((x, ti) => {
      const fx = fact(x.f, x.lower);
      const fuzzy = typo(x.f, fx, hit) ? Math.min(2, Math.round(x.f.length * 0.2)) : 0;
      const w = fx.known ? WEIGHTS.stemOfKnown : WEIGHTS.stem;
      return [{ word: x.f, prefix: (last && ti === own.length - 1) || x.f.length > 2, fuzzy, boost: 1, ti },
        ...fx.variants.map((v) => ({ word: v, prefix: false, fuzzy: 0, boost: w, ti }))];
    });
    const alts = [{ nt: own.length, terms: mine }];
    for (const m of hit?.group ?? []) alts.push({ nt: m.length, terms: m.flatMap((w, ti) => [w, ...fact(w).variants].map((word) => ({ word, prefix: false, fuzzy: 0, boost: WEIGHTS.synonym, ti }))) });
    const lx = own[own.length - 1];
    if (last && typo(t, fact(t, lx.lower), hit)) {
      // The word being typed, misspelled: own-text words whose start is near it ("scren" → "screening").
      const d = t.length > 7 ? 2 : 1;
      const near = await db.query(`select word from ${LIVE}.lexicon where locale = $1 and seen is not null and left(word, 1) = $2 and length(word) >= $3 order by seen`, [locale, t[0], t.length - d]);
      const words = near.rows.map((x) => x.word as string).filter((w) => nearPrefix(t, w, d)).slice(0, 24);
      if (words.length) alts.push({ nt: 1, terms: words.map((word) => ({ word, prefix: false, fuzzy: 0, boost: WEIGHTS.typo, ti: 0 })) });
    }
    units.push({ alts });
  }
  return units;
}

/**
 * The words each term stands for, with MiniSearch's weights: exact 1; a longer word it starts
 * 0.375·|w|/(|w| + 0.3·extra letters); words within its typo budget 0.45·|w|/(|w| + edits).
 * Rows: unit, alternative, words in that alternative, word number, indexed word, weight × boost.
 */
async function expandTerms(db: Queryable, locale: string, units: Unit[]) {
  const flat: { k: number; a: number; nt: number; t: Term }[] = [];
  units.forEach((u, k) => { if ('alts' in u) u.alts.forEach((alt, a) => alt.terms.forEach((t) => flat.push({ k, a, nt: alt.nt, t }))); });
  const out: { k: number; a: number; nt: number; ti: number; word: string; w: number; ndoc?: number }[] = [];
  if (!flat.length) return out;
  const r = await db.query(
    `select q.i, l.word, l.ndoc, case when l.word = q.t then 1
                          when q.prefix and l.word > q.t and l.word < q.t || chr(1114111) then 0.375 * length(l.word) / (length(l.word) + 0.3 * (length(l.word) - length(q.t)))
                          else 0.45 * length(l.word) / (length(l.word) + levenshtein_less_equal(q.t, l.word, q.d)) end as w
       from unnest($2::text[], $3::boolean[], $4::int[]) with ordinality q(t, prefix, d, i)
       join lateral (
         select word, ndoc from ${LIVE}.lexicon where locale = $1 and word = q.t
         union select word, ndoc from ${LIVE}.lexicon where q.prefix and locale = $1 and word > q.t and word < q.t || chr(1114111)
         union select word, ndoc from ${LIVE}.lexicon where q.d > 0 and locale = $1 and length(word) between length(q.t) - q.d and length(q.t) + q.d
                 and levenshtein_less_equal(q.t, word, q.d) <= q.d and word <> q.t) l on true`,
    [locale, flat.map((f) => f.t.word), flat.map((f) => f.t.prefix), flat.map((f) => f.t.fuzzy)],
  );
  for (const row of r.rows) {
    const f = flat[Number(row.i) - 1];
    out.push({ k: f.k, a: f.a, nt: f.nt, ti: f.t.ti, word: row.word, w: Number(row.w) * f.t.boost, ndoc: row.ndoc });
  }
  return out;
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
  const short = units.findIndex((u) => 'short' in u);
  const run = (m: TextMatch) => runSql(db, cat, p, locale, m, wanted);
  // One word being typed with no filter, place or hours: a 1–2 letter prefix, or a 3–6 letter one
  // many services match (no other form, synonym or typo), may have its first 100 results and counts computed at load.
  const one = units.length === 1 ? units[0] : undefined;
  const lone = one && 'alts' in one && one.alts.length === 1 && one.alts[0].terms.length === 1 ? one.alts[0].terms[0] : undefined;
  const typed = one && ('short' in one ? one.short : lone?.prefix && !lone.fuzzy ? lone.word : undefined);
  const plain = !Object.keys(p.filters).length && p.lat === undefined && !p.openNow && p.sort === 'relevance' && p.page * p.perPage <= 100;
  let res = typed && plain && [...typed].length <= 6 ? await run({ kind: 'head', prefix: typed }) : undefined;
  // A 3–6 letter prefix without a precomputed head is scored here.
  if (res && res.total === 0 && [...typed!].length >= 3) res = undefined;
  const expanded = res ? [] : await expandTerms(db, locale, units);
  res ??= await run(units.length ? { kind: 'words', terms: expanded, short: short < 0 ? undefined : { k: short, p: (units[short] as { short: string }).short }, need: units.length } : { kind: 'none' });
  // No resource matches every word, but some match some words (the engine's fill-up).
  const relaxed = units.length > 1 && res.full === 0 && res.total > 0;
  if (p.page > 1 && p.page > Math.ceil(res.total / p.perPage)) {
    throw new BadRequest('page', `"page" ${p.page} is past the last page (${Math.max(1, Math.ceil(res.total / p.perPage))}) of ${res.total} results.`);
  }
  return { locale, relaxed, total: res.total, hits: res.hits, counts: res.counts, pinned: cat.pinned };
}

/** Up to this many postings, a short word after other words is looked up service by service; above, through its index. */
const FEW_POSTINGS = 8000;

type TextMatch =
  | { kind: 'none' }
  /** The engine's matching: expanded terms, an optional short prefix unit, and how many units must match. */
  | { kind: 'words'; terms: Awaited<ReturnType<typeof expandTerms>>; short?: { k: number; p: string }; need: number }
  /** A precomputed short prefix (short_heads). */
  | { kind: 'head'; prefix: string };

async function runSql(db: Queryable, cat: Catalog, p: SearchParams, locale: string, match: TextMatch, wanted: string[]) {
  const args: unknown[] = [];
  const arg = (v: unknown) => `$${args.push(v)}`;
  // Bound only when used: an unused parameter has no type and PostgreSQL refuses the statement.
  let locArg: string | undefined;
  const loc = () => (locArg ??= arg(locale));
  const facetNo = new Map(cat.facets.map((f, i) => [f.id, i]));
  const active = Object.entries(p.filters);
  // The first view (no query, filter, place or hours): counts were computed at load.
  const browsing = match.kind === 'none' && !active.length && p.lat === undefined && !p.openNow;
  let text = '';
  let from = `${LIVE}.services s`;
  let score = '0::float8';
  let headSql = '';
  let fullSql = 'null::int';
  if (match.kind === 'words') {
    const T = match.terms;
    const need = arg(match.need);
    // The 1–2 letter word being typed. When every word must match, only services another word
    // matched can count, so it is looked up among those (by position) instead of in the whole
    // directory: "free c" reads the "c" of free services, not every service with a word in "c".
    const postings = match.terms.reduce((n, t) => n + (t.ndoc ?? Infinity), 0);
    const among = match.need > 1 && postings <= FEW_POSTINGS ? `(select distinct pos from tw) w join ${LIVE}.service_text st on st.position = w.pos and` : `${LIVE}.service_text st where`;
    const shortSql = match.short
      ? `union all select ${arg(match.short.k)}::int, st.position, case when st.name_prefixes @> array[${arg(match.short.p)}::text] then 2 else 1 end
           from ${among} st.locale = ${loc()} and st.prefixes @> array[${arg(match.short.p)}::text]`
      : '';
    // Without multi-word phrases every alternative is one term: a unit's score is one sum.
    text = `
terms as (select * from unnest(${arg(T.map((x) => x.k))}::int[], ${arg(T.map((x) => x.a))}::int[], ${arg(T.map((x) => x.nt))}::int[],
                               ${arg(T.map((x) => x.ti))}::int[], ${arg(T.map((x) => x.word))}::text[], ${arg(T.map((x) => x.w))}::float8[]) t(k, a, nt, ti, word, w)),
${T.some((x) => x.nt > 1) ? `
th as (select t.k, t.a, t.nt, t.ti, d.pos, sum(t.w * d.sc) as s
         from terms t join ${LIVE}.lexicon l on l.locale = ${loc()} and l.word = t.word cross join lateral unnest(l.docs, l.scores) d(pos, sc)
        group by 1, 2, 3, 4, 5),
ta as (select k, a, pos, sum(s) as s from th group by k, a, nt, pos having count(*) = nt),
tw as (select k, pos, sum(s) as s from ta group by k, pos),` : `
tw as (select t.k, d.pos, sum(t.w * d.sc) as s
         from terms t join ${LIVE}.lexicon l on l.locale = ${loc()} and l.word = t.word cross join lateral unnest(l.docs, l.scores) d(pos, sc)
        group by 1, 2),`}
tu as (select k, pos, s from tw ${shortSql}),
tc as (select pos, sum(s) as s, count(*) as c from tu group by pos),
-- Fewer than FILL.below listed services match every word: those matching some words follow them.
tn as (select count(*)::int as n from tc join ${LIVE}.services s on s.position = tc.pos where not s.pinned and tc.c = ${need}),
tx as (select pos, s * c as score, c = ${need} as allw from tc, tn where c = ${need} or tn.n < ${arg(FILL.below)}),`;
    fullSql = '(select n from tn)';
    from = `tx join ${LIVE}.services s on s.position = tx.pos`;
    score = 'tx.score';
  } else if (match.kind === 'head') {
    const h = `${LIVE}.short_heads h where h.locale = ${loc()} and h.prefix = ${arg(match.prefix)}`;
    text = `hd as (select x.pos, x.sc from ${h.replace(' where ', ', unnest(h.head, h.head_scores) x(pos, sc) where ')}),`;
    from = `hd join ${LIVE}.services s on s.position = hd.pos`;
    score = 'hd.sc';
    headSql = h;
  }
  if (p.sort === 'name') from += ` join ${LIVE}.service_text t on t.service_id = s.id and t.locale = ${loc()}`;
  const here = p.lat !== undefined ? `ll_to_earth(${arg(p.lat)}::float8, ${arg(p.lon)}::float8)` : null;
  const distance = here
    ? `(select min(earth_distance(${here}, ll_to_earth(l.latitude, l.longitude))) from ${LIVE}.locations l where l.service_id = s.id and l.latitude is not null)`
    : 'null::float8';
  const where: string[] = ['not s.pinned'];
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

  // Facet values are integer codes (facet number × 65536 + value number); an unknown value is -1 and matches nothing.
  const passCols = active.map(([f, vals], k) => `s.fv && ${arg(vals.map((v) => cat.termNo.get(`${f}=${v}`) ?? -1))}::int[] as p${k}`);
  const passAll = active.length ? active.map((_, k) => `p${k}`).join(' and ') : 'true';
  // Disjunctive counts: a row failing only facet F still counts toward F's values.
  const others = (k: number) => active.map((_, j) => j).filter((j) => j !== k).map((j) => `p${j}`).join(' and ') || 'true';
  const countCase = active.length
    ? `case v / 65536 ${active.map(([f], k) => `when ${arg(facetNo.get(f))}::int then ${others(k)}`).join(' ')} else ${passAll} end`
    : 'true';
  const order = {
    relevance: match.kind === 'words' ? 'allw desc, score desc, position' : match.kind !== 'none' ? 'score desc, position' : 'position',
    name: 'sort_name collate "und-x-icu", position',
    verified: 'checked desc nulls last, position',
    distance: `distance nulls last, ${match.kind !== 'none' ? 'score desc, ' : ''}position`,
  }[p.sort];
  const limit = arg(p.perPage);
  const offset = arg((p.page - 1) * p.perPage);
  const counting = browsing || headSql ? '' : `(select coalesce(json_object_agg(v, n), '{}') from (
     select v, count(*)::int as n from m, unnest(m.fv) v
      where v / 65536 = any(${arg(wanted.map((f) => facetNo.get(f)))}::int[]) and ${countCase} group by v) c)`;
  const sql = `
with ${text}
m as ${browsing || headSql ? '' : 'materialized'} (
  select s.id, s.position, s.checked, s.fv, ${p.sort === 'name' ? 't.sort_name' : 'null as sort_name'}, ${score} as score, ${match.kind === 'words' ? 'tx.allw' : 'true'} as allw, ${distance} as distance
         ${passCols.length ? ', ' + passCols.join(', ') : ''}
    from ${from}
   where ${where.join(' and ')}),
f as (select * from m where ${passAll}),
page as (select *, row_number() over (order by ${order}) as rn from f order by ${order} limit ${limit} offset ${offset})
select ${browsing ? arg(cat.browse.total) + '::int' : headSql ? `coalesce((select h.total from ${headSql}), 0)` : '(select count(*) from f)::int'} as total,
  coalesce((select json_agg(json_build_object(
      'id', page.id, 'score', page.score, 'distance', page.distance, 'open_now', ${openNow}, 'resource', r.resource,
      'location', (select to_jsonb(l) - 'service_id' from ${LIVE}.locations l where l.service_id = page.id
                   order by ${here ? `earth_distance(${here}, ll_to_earth(l.latitude, l.longitude)) nulls last, ` : ''}l.id limit 1))
    order by page.rn) from page join ${LIVE}.services s on s.id = page.id join ${LIVE}.service_resources r on r.id = page.id), '[]') as hits,
  ${browsing ? `'{}'::json` : headSql ? `coalesce((select h.counts from ${headSql}), '{}')` : counting} as counts,
  ${fullSql} as nall,
  (select value #>> '{}' from ${LIVE}.meta where key = 'hash') as gen`;
  // Named: each connection plans a statement shape once (planning costs more than running it here).
  const r = await db.query({ name: `rf_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`, text: sql, values: args });
  const row = r.rows[0];
  // The statement read another generation than the catalog describes (a load swapped data in).
  if (row.gen !== cat.hash) throw new StaleCatalog();
  const counts: Record<string, number> = {};
  const wantedNo = new Set(wanted.map((f) => facetNo.get(f)));
  const byCode = Object.entries(browsing ? cat.browse.counts : (row.counts as Record<string, number>)).filter(([no]) => wantedNo.has(Math.floor(Number(no) / 65536)));
  for (const [no, n] of byCode) counts[cat.noTerm.get(Number(no))!] = n;
  return { total: row.total as number, hits: row.hits as Hit[], counts, full: row.nall as number | null };
}
