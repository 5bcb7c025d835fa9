/**
 * The remote source (`api=`): the finder's view from the search service's answers instead of a
 * bundle (the contract is in docs/api.md, "For the element").
 * Owns: finder state → request URL (one function, `searchParams`), checking an answer with the
 * bundle's own rules (schema text limits, safe link schemes; bad resources are dropped, bad shapes
 * rejected with a located message), and answered pages → the same FinderView `model.view` gives.
 * Does not own: requests, debouncing, aborting (ui/remote-source.ts), nor anything shown.
 */
import type { FacetView } from './facets.js';
import { LoadError } from './load.js';
import { normalizeBundle } from './normalize.js';
import { resourceView, type ResourceView } from './resource-view.js';
import { foldForSearch, wordRanges, words } from './text.js';
import type { Bundle, FacetDef } from './types.js';
import { validateBundle } from './validate.js';
import type { FinderState, FinderView, HitView, StatusView } from './view-model.js';

/** The finder state plus what paging and the place/hours controls add. */
export interface RemoteState extends FinderState {
  /** Results per request ("Show more" asks for the next page). */
  pageSize: number;
  /** The visitor's place, when the UI has one (meters for `radius`). */
  near?: { lat: number; lon: number; radius?: number };
  openNow?: boolean;
}

/** One checked answer: the cards of one page, and what the whole search found. */
export interface RemotePage {
  /** What the whole search found: the view's `status` (one object per search, for announcements). */
  status: StatusView;
  /** The data locale the service answered in. */
  locale: string;
  hits: ResourceView[];
  pinned: ResourceView[];
  facets: FacetView[];
  /** Resources of this page left out as invalid. */
  invalid: number;
}

/** Most items a page may carry (the service's own per_page limit). */
const MAX_ITEMS = 100;
/** Longest facet or value label kept (the bundle schema's label limit). */
const MAX_LABEL = 200;

/**
 * The search the state asks for, as query parameters (no paging): the one place where view state
 * becomes the service's parameters. Two states with the same parameters are the same search.
 */
export function searchParams(s: RemoteState): URLSearchParams {
  const p = new URLSearchParams({ search: s.query.trim(), locale: s.lang, facets: 'all' });
  if (!p.get('search')) p.delete('search');
  if (!s.lang) p.delete('locale');
  for (const [facet, values] of Object.entries(s.filters).sort()) for (const v of values) p.append('taxonomy_term_id', `${facet}:${v}`);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.near) {
    p.set('lat', String(s.near.lat));
    p.set('lon', String(s.near.lon));
    if (s.near.radius) p.set('radius', String(Math.round(s.near.radius)));
  }
  if (s.openNow) p.set('open_now', 'true');
  return p;
}

/** The request for page `page` (1-based) of the state's search at `api` (the service's base URL). */
export function searchUrl(api: string, s: RemoteState, page: number): string {
  const p = searchParams(s);
  p.set('per_page', String(Math.min(Math.max(1, s.pageSize), MAX_ITEMS)));
  p.set('page', String(page));
  return `${api.replace(/\/+$/, '')}/service_at_locations?${p}`;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const bad = (where: string, what: string): never => {
  throw new LoadError('shape', `The search service's answer: "${where}" ${what}.`);
};
const count = (x: unknown, where: string) => (Number.isSafeInteger(x) && (x as number) >= 0 ? (x as number) : bad(where, 'is not a whole number ≥ 0'));
const list = (x: unknown, where: string, max = MAX_ITEMS) => (Array.isArray(x) && x.length <= max ? x : bad(where, `is not a list of at most ${max}`));
const label = (x: unknown, where: string) => (typeof x === 'string' && x ? [...x].slice(0, MAX_LABEL).join('') : bad(where, 'is not a text'));

/** Facet views, checked: ids and labels are text (cut to the schema's length), counts whole numbers. */
function readFacets(raw: unknown): FacetView[] {
  return list(raw ?? [], 'facets', 50).map((f, i) => {
    const at = `facets[${i}]`;
    if (!isObj(f)) return bad(at, 'is not an object');
    return {
      id: label(f.id, `${at}.id`),
      label: label(f.label, `${at}.label`),
      values: list(f.values, `${at}.values`, 1000).map((v, j) => {
        const vat = `${at}.values[${j}]`;
        if (!isObj(v)) return bad(vat, 'is not an object');
        return { id: label(v.id, `${vat}.id`), label: label(v.label, `${vat}.label`), count: count(v.count, `${vat}.count`), selected: v.selected === true };
      }),
    };
  });
}

/**
 * Checks one answer of `GET /service_at_locations` and builds its cards. The resources go through
 * the same validation as a bundle's (invalid ones are dropped and counted, unsafe links removed),
 * with the answer's facets as the bundle's facets (so badges get their labels).
 * Throws a LoadError (`shape`) naming the first malformed field.
 */
export function readSearchPage(json: unknown): RemotePage {
  if (!isObj(json)) return bad('(answer)', 'is not an object');
  const locale = typeof json.locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(json.locale) ? json.locale : bad('locale', 'is not a language tag');
  const contents = list(json.contents, 'contents');
  const pinned = list(json.pinned ?? [], 'pinned', 20);
  const facets = readFacets(json.facets);
  const resources = [...pinned, ...contents.map((c, i) => (isObj(c) ? c.resource : bad(`contents[${i}]`, 'is not an object')))];
  const defs: FacetDef[] = facets.map((f, i) => ({
    id: f.id,
    ...fieldOf((json.facets as unknown[])[i]),
    label: { [locale]: f.label },
    values: f.values.map((v) => ({ id: v.id, label: { [locale]: v.label } })),
  }));
  const meta = { title: 'api', default_locale: locale, locales: [locale], updated: '2000-01-01' };
  const { bundle, problems } = validateBundle({ format_version: 1, meta, facets: defs, resources });
  const valid: Bundle = bundle ?? { format_version: 1, meta, resources: [] };
  const normalized = normalizeBundle(valid, problems);
  const pinnedIds = new Set(pinned.map((r) => (isObj(r) ? r.id : undefined)));
  const views = valid.resources.map((r) => resourceView(r, normalized, locale));
  return {
    status: { total: count(json.total_items, 'total_items'), relaxed: json.relaxed === true },
    locale,
    hits: views.filter((v) => !pinnedIds.has(v.id)),
    pinned: views.filter((v) => pinnedIds.has(v.id)),
    facets,
    invalid: resources.length - valid.resources.length,
  };
}

/** A facet's resource field, when the service names one (`field`, e.g. "resource_type" for facet "type"). */
function fieldOf(f: unknown): Pick<FacetDef, 'field'> {
  return isObj(f) && typeof f.field === 'string' && /^[a-z_]{1,40}$/.test(f.field) ? { field: f.field as FacetDef['field'] } : {};
}

/** Ranges of the displayed words that start with a word of the query (the service sends no ranges). */
function highlight(view: ResourceView, query: string): HitView {
  const typed = words(foldForSearch(query));
  const mark = (s: string | undefined) => (s && typed.length ? wordRanges(s, (w) => typed.some((t) => w.startsWith(t))) : []);
  const matches: HitView['matches'] = {};
  for (const [field, s] of [['name', view.name.text], ['organization', view.organization?.text], ['description', view.summary.text]] as const) {
    const r = mark(s);
    if (r.length) matches[field] = r;
  }
  return { view, matches };
}

/** Facets in the `facets` attribute's order (all, in the service's order, when it is empty). */
function ordered(facets: FacetView[], attr: string): FacetView[] {
  const ids = attr.split(/[\s,]+/).filter(Boolean);
  return ids.length ? ids.map((id) => facets.find((f) => f.id === id)).filter((f) => f !== undefined) : facets;
}

/**
 * The view of the pages answered so far for one search (page 1 first), in the shape `model.view`
 * returns. `known` holds every card seen, by id, for the shortlist. The status is the first page's,
 * so it is a new object exactly when a new search was answered.
 */
export function remoteView(pages: RemotePage[], state: RemoteState, known: ReadonlyMap<string, ResourceView>): FinderView {
  const first = pages[0]!;
  const hits = pages.flatMap((p) => p.hits).map((v) => highlight(v, state.query));
  return {
    locale: first.locale,
    title: state.heading,
    pinned: first.pinned,
    hits,
    facets: ordered(pages[pages.length - 1]!.facets, state.facets),
    status: first.status,
    hasMore: hits.length < first.status.total && pages[pages.length - 1]!.hits.length > 0,
    shortlist: state.shortlist.map((id) => known.get(id)).filter((v) => v !== undefined),
    saved: new Set(state.shortlist),
    indexing: false,
  };
}
