/**
 * The database layout of the search service. Owns: the DDL of one data generation (a schema that a
 * load fills and then swaps in as `rf_live`), the extensions every generation uses, and the
 * migrations of data already live.
 * Does not own: filling the tables (load.ts) or querying them (search.ts).
 */

/** The schema searches read. A load builds a new schema and renames it to this in one transaction. */
export const LIVE = 'rf_live';
/** Extensions every generation uses; safe to run again. */
export const SHARED_DDL = `
create extension if not exists pg_trgm;
create extension if not exists cube;
create extension if not exists earthdistance;
create extension if not exists fuzzystrmatch;
`;

/**
 * Tables of one generation, created empty in schema `s`. Columns for locations (lat/lon), schedules
 * and taxonomy parents exist now even where today's bundles leave them empty.
 */
export function generationDdl(s: string): string {
  return `
create schema ${s};
create table ${s}.meta (key text primary key, value jsonb not null);
create table ${s}.facets (
  id text primary key, position int not null, field text not null, label jsonb not null, open boolean not null);
create table ${s}.taxonomy_terms (
  id text primary key,            -- "facet:value", e.g. "category:housing"
  taxonomy_id text not null,      -- the facet id
  code text not null,             -- the value id
  name jsonb,                     -- localized label (null for open facets: the label is derived)
  description jsonb,
  parent_id text,                 -- hierarchical facets (nullable until bundles carry parents)
  position int not null,
  no int not null unique);        -- facet number × 65536 + value number: the code in services.fv
create table ${s}.services (
  id text primary key,
  position int not null,          -- bundle order: the order of browsing without a query
  pinned boolean not null default false,
  status text,
  checked text,                   -- link_check.checked, for sort=verified
  always_open boolean not null default false,
  fv int[] not null);             -- facet values it has, as taxonomy_terms.no (facet number × 65536 + value number)
-- The bundle resources, verbatim, apart from the narrow rows searches scan.
create table ${s}.service_resources (id text primary key references ${s}.services(id), resource jsonb not null);
create table ${s}.service_text (
  service_id text not null references ${s}.services(id),
  position int not null,
  locale text not null,
  sort_name text not null,
  name_prefixes text[] not null,  -- 1–2 letter starts of name words (the engine's short-prefix lookups)
  prefixes text[] not null,       -- … of name and facet-label/keyword words
  primary key (locale, service_id));
-- The engine's inverted index: every indexed word with the services containing it and a
-- precomputed BM25+ score per service (MiniSearch's formula, field boosts included).
create table ${s}.lexicon (
  locale text not null,
  word text collate "C" not null,
  ndoc int not null,
  docs int[] not null,            -- service positions
  scores float8[] not null,       -- score of an exact match of this word, per service
  seen int,                       -- order of first use in the locale's own text; null: only in other locales' names/labels (alt)
  stems text[] not null,          -- its stem keys (core/search-index.ts stemKeysOf): a query word matches every word of its stem
  primary key (locale, word));
-- Every 1–2 letter prefix, and every 3–6 letter prefix that many services match (load.ts
-- prefixHeads), precomputed without filters: the total, facet counts and the first
-- 100 results. They match a large share of the directory, and people type them on every search.
create table ${s}.short_heads (
  locale text not null,
  prefix text not null,
  total int not null,
  counts jsonb not null,          -- facet value code → count
  head int[] not null,            -- service positions, best first
  head_scores float8[] not null,  -- 1–2 letters: 2 a name word starts so, 1 a facet-label or keyword word does; 3–6: the words path's score
  primary key (locale, prefix));
create table ${s}.locations (
  id text primary key,
  service_id text not null references ${s}.services(id),
  name jsonb,
  latitude double precision,
  longitude double precision,
  address jsonb,
  timezone text);
create table ${s}.schedules (
  id serial primary key,
  service_id text not null references ${s}.services(id),
  location_id text references ${s}.locations(id),
  freq text,                      -- WEEKLY | MONTHLY (HSDS 3.0)
  byday text[],                   -- {MO,TU}
  opens_at time,
  closes_at time,
  timezone text,                  -- IANA zone name
  valid_from date,
  valid_to date,
  description jsonb);
`;
}

/**
 * Changes to data already live, applied by every load before anything else (each one safe to run
 * again), so a service reading a generation loaded by an older version sees today's layout.
 * 1. `service_text.doc` (a weighted tsvector with a GIN index per locale) is no longer built or
 *    read: ranking comes from the lexicon's precomputed scores, which match the in-browser engine
 *    and Postgres's own ts_rank does not. Dropping the column drops its indexes; the text-search
 *    configurations it was built with (schema `rf_shared`) go too.
 */
export const LIVE_MIGRATIONS = `
alter table if exists ${LIVE}.service_text drop column if exists doc;
drop schema if exists rf_shared cascade;
`;

/** Indexes, built after the rows are in (faster than maintaining them row by row). */
export function indexDdl(s: string): string {
  return `
create index services_facets on ${s}.services using gin (fv);
create index lexicon_trgm on ${s}.lexicon using gin (word gin_trgm_ops);
create index lexicon_stems on ${s}.lexicon using gin (stems);
create index service_text_prefixes on ${s}.service_text using gin (prefixes);
create unique index service_text_position on ${s}.service_text (locale, position);
create unique index services_position on ${s}.services (position);
create index locations_earth on ${s}.locations using gist (ll_to_earth(latitude, longitude)) where latitude is not null;
create index locations_service on ${s}.locations (service_id);
create index schedules_service on ${s}.schedules (service_id);
analyze ${s}.services; analyze ${s}.service_resources; analyze ${s}.service_text; analyze ${s}.lexicon; analyze ${s}.locations;
`;
}
