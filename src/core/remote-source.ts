/**
 * The remote source (`api=`): the finder's view from the search service's answers instead of a
 * bundle (the contract is in docs/api.md, "For the element").
 * Owns: finder state → request URL (one function, `searchParams`), checking an answer with the
 * bundle's own rules (schema text limits, safe link schemes; bad resources are dropped, bad shapes
 * rejected with a located message), and answered pages → the same FinderView `model.view` gives.
 * Does not own: requests, debouncing, aborting (ui/remote-source.ts), nor anything shown.
 */
import type { FacetView } from './facets.js';
import type { Resource } from './types.js';
import { localPart } from '../parts/index.js';
import { LoadError } from './load.js';
import { normalizeBundle } from './normalize.js';
import { resourceView, type ResourceView } from './resource-view.js';
import { foldForSearch, wordRanges, words } from './text.js';
import type * as Validator from './validate.js';
import type { FinderState, FinderView, HitView, StatusView } from './view-model.js';

/** The finder state plus paging. */
export interface RemoteState extends FinderState {
  /** Results per request ("Show more" asks for the next page). */
  pageSize: number;
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
  /** The place and hours row the service's data supports (its `local`); undefined: neither. */
  local?: RemoteLocal;
  /** The page's resources, as checked (for place lines). */
  resources: Resource[];
  /** Per card id, the answer's `distance`: meters to its nearest site, when a point was given. */
  meters: Map<unknown, unknown>;
}

/** Which place controls apply, and the zone hours are read in (as the service sent them: only read for truth; the zone is checked where used). */
export interface RemoteLocal {
  near: boolean;
  hours: boolean;
  timezone?: unknown;
}

/** Most items a page may carry (the service's own per_page limit). */
const MAX_ITEMS = 100;

/**
 * The search the state asks for, as query parameters (no paging): the one place where view state
 * becomes the service's parameters. Two states with the same parameters are the same search.
 */
export function searchParams(s: RemoteState): URLSearchParams {
  const p = new URLSearchParams({ facets: 'all' });
  const set = (k: string, v: unknown) => v && p.set(k, String(v));
  set('search', s.query.trim());
  set('locale', s.lang);
  for (const [facet, values] of Object.entries(s.filters).sort()) for (const v of values) p.append('taxonomy_term_id', `${facet}:${v}`);
  if (s.sort !== 'relevance') set('sort', s.sort);
  // The place: the service takes meters; the state's radius is in its distance unit (miles by default).
  set('lat', s.near?.[0]);
  set('lon', s.near?.[1]);
  set('radius', s.near && s.radius && Math.round(s.radius * (s.unit === 'km' ? 1000 : 1609.344)));
  set('open_now', s.openNow);
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
const items = (x: unknown) => (Array.isArray(x) ? x.filter(isObj) : []);

/**
 * Checks one answer of `GET /service_at_locations` and builds its cards. Resources and facets go
 * through the same validation as a bundle's (text limits, ids, safe links; invalid resources are
 * dropped and counted), with the answer's facets as the bundle's facets (badges get their labels).
 * Throws a LoadError (`shape`) when the answer is not a search page. The validator is passed in:
 * the one-file build loads it on demand (the full validator is a sibling part).
 */
export function readSearchPage(json: unknown, { validateBundle, formatProblem }: Pick<typeof Validator, 'validateBundle' | 'formatProblem'>): RemotePage {
  const { contents, pinned = [], facets = [], locale, total_items: total } = isObj(json) ? json : {};
  if (!Array.isArray(contents) || contents.length > MAX_ITEMS || !Array.isArray(pinned) || !Array.isArray(facets) || !Number.isSafeInteger(total) || (total as number) < 0 || !/^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(String(locale))) {
    throw new LoadError('shape', 'The search service answered, but not with a search page (see docs/api.md).');
  }
  const label = (text: unknown) => ({ [String(locale)]: text });
  const raw = items(facets);
  const defs = raw.map((f) => ({ id: f.id, ...(f.field ? { field: f.field } : {}), label: label(f.label), values: items(f.values).map((v) => ({ id: v.id, label: label(v.label) })) }));
  const meta = { title: 'api', default_locale: locale, locales: [locale], updated: '2000-01-01' };
  const resources = [...pinned, ...contents.map((c) => (isObj(c) ? c.resource : c))];
  const { bundle, problems } = validateBundle({ format_version: 1, meta, facets: defs, resources });
  if (!bundle) throw new LoadError('shape', `The search service's answer: ${problems.map(formatProblem).join(' ')}`);
  const normalized = normalizeBundle(bundle, problems);
  const text = normalized.in(bundle.meta.default_locale).text;
  const answered = new Map(raw.flatMap((f) => items(f.values).map((v) => [`${f.id}:${v.id}`, v])));
  const pinnedIds = new Set(pinned.map((r) => isObj(r) && r.id));
  const got = isObj(json) && isObj(json.local) ? json.local : {};
  const views = bundle.resources.map((r) => resourceView(r, normalized, bundle.meta.default_locale));
  return {
    status: { total: total as number, relaxed: isObj(json) && json.relaxed === true },
    locale: bundle.meta.default_locale,
    hits: views.filter((v) => !pinnedIds.has(v.id)),
    pinned: views.filter((v) => pinnedIds.has(v.id)),
    facets: (bundle.facets ?? []).map((f) => ({
      id: f.id,
      label: text(f.label)!.text,
      values: (f.values ?? []).map((v) => {
        const { count, selected } = answered.get(`${f.id}:${v.id}`)!;
        return { id: v.id, label: text(v.label)!.text, count: Number.isSafeInteger(count) ? (count as number) : 0, selected: selected === true };
      }),
    })),
    invalid: resources.length - bundle.resources.length,
    local: got.near || got.hours ? (got as unknown as RemoteLocal) : undefined,
    resources: bundle.resources,
    meters: new Map(items(contents).map((c) => [isObj(c.resource) && c.resource.id, c.distance])),
  };
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
  const now = state.now ?? Date.now();
  const unit = state.unit ?? 'mi';
  const hits = pages.flatMap((p) => p.hits.map((v) => {
    const hit = highlight(v, state.query);
    // Distance (from the service, in meters), address and hours of a card, worded by the local part when it is loaded.
    const place = p.local && localPart?.remotePlace(p.resources.find((r) => r.id == v.id)!, p.meters.get(v.id), now, p.local.timezone, unit);
    return place ? { ...hit, place } : hit;
  }));
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
    // Bundle-only helpers the service does not send: results elsewhere, loosening, did-you-mean.
    anywhere: [],
    anywhereTotal: 0,
    loosen: [],
    suggestions: [],
  };
}
